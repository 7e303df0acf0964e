"""A name of an organisation that is a common noun in context (entities/common_noun_orgs)."""

import pytest

from khabar.doc import Entity
from khabar.entities.common_noun_orgs import drop_common_noun_orgs
from khabar.entities.words import words


def _org(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="ORG", text=name)


def _kept(text: str, name: str, lang: str) -> list[str]:
    return [e.text for e in drop_common_noun_orgs(words(text), [_org(text, name)], lang)]


@pytest.mark.parametrize("text", [
    "وهبطت الطائرة في القاعدة الجوية شمال البلاد.",
    "وتفقد القائد القاعدة البحرية في المدينة.",
    "وقال إن القاعدة الشعبية للحزب تتسع.",
    "وانسحب الجنود من القاعدة الأميركية أمس.",
])
def test_an_arabic_base_with_its_adjective_is_no_organisation(text: str) -> None:
    assert _kept(text, "القاعدة", "ar") == []


@pytest.mark.parametrize("text", [
    "وأعلنت القاعدة مسؤوليتها عن الهجوم.",
    "وقال إن الحرب على القاعدة مستمرة.",
    "واتهم القاعدة الوزير بالكذب.",
])
def test_al_qaeda_stays(text: str) -> None:
    assert _kept(text, "القاعدة", "ar") == ["القاعدة"]


def test_the_persian_idiom_as_a_rule_is_no_organisation() -> None:
    assert _kept("این طرح علی القاعده باید تا پایان سال اجرا شود.", "القاعده", "fa") == []


def test_persian_al_qaeda_stays() -> None:
    assert _kept("گروه القاعده مسئولیت حمله را پذیرفت.", "القاعده", "fa") == ["القاعده"]


def test_the_pipeline_drops_the_persian_idiom() -> None:
    import khabar

    doc = khabar.process("وزیر گفت که علی القاعده باید این موضوع بررسی شود.")
    assert "القاعده" not in [e.text for e in doc.entities]
    doc = khabar.process("سخنگوی وزارت خارجه ایران گفت گروه القاعده مسئول حمله است.")
    assert "org:al-qaeda" in [e.kb_id for e in doc.entities]
