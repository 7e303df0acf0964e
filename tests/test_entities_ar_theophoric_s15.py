"""The tagger's persons and bodies in «الله» that are no compound name, session 15
(2026-12-06), issue 5 (entities/arabic_theophoric). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_theophoric import drop_false_theophoric
from khabar.entities.words import words


def _kept(text: str, name: str, kind: str, source: str = "crf") -> list[tuple[str, str]]:
    start = text.index(name)
    e = Entity(start, start + len(name), type=kind, text=name, key="x", source=source)
    return [(x.type, x.text) for x in drop_false_theophoric(words(text), [e])]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("فتقول «حسبي الله ونعم الوكيل».", "حسبي الله", "ORG"),
    ("وقال: نحمد الله في المملكة على ما نحن فيه.", "نحمد الله", "PER"),
    ("معبرين عن خالص التعازي، سائلين الله عز وجل أن يتغمدها برحمته.", "سائلين الله", "PER"),
    ("وصل أول فوج من حجاج بيت الله الحرام.", "حجاج بيت الله", "PER"),
])
def test_a_phrase_about_god_is_no_name(text: str, name: str, kind: str) -> None:
    assert _kept(text, name, kind) == []


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("وقال حسن نصر الله في خطاب متلفز.", "حسن نصر الله", "PER"),
    ("وسجل ماجد عبد الله هدفين.", "ماجد عبد الله", "PER"),
    ("وأعلنت جماعة أنصار الله سيطرتها.", "أنصار الله", "ORG"),
    ("واستقبل الوزير ونصر الله الحضور.", "ونصر الله", "PER"),  # a proclitic on the head
])
def test_a_compound_name_in_god_stays(text: str, name: str, kind: str) -> None:
    assert _kept(text, name, kind) == [(kind, name)]


def test_the_rules_persons_are_left_to_their_own_guards() -> None:
    text = "وقال: نحمد الله في المملكة."
    assert _kept(text, "نحمد الله", "PER", source="title") == [("PER", "نحمد الله")]


def test_god_alone_is_not_this_rules() -> None:
    """Only a name of two words or more is read here; the word before a lone «الله»
    is outside the entity."""
    assert _kept("وقال الله تعالى في كتابه.", "الله", "PER") == [("PER", "الله")]
