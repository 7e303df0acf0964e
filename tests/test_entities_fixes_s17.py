"""Review fixes of session 17 (2026-12-06), engineer fixes (review_a's left items):
a body's name read after a noun of kind does not spread to mentions that act as a person,
and a kunya names the group only right after the noun (entities/arabic_kind_persons).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_kind_persons import kind_persons
from khabar.entities.words import words


def _mentions(text: str, name: str, sources: tuple[str, ...]) -> list[Entity]:
    out, start = [], -1
    for source in sources:
        start = text.index(name, start + 1)
        out.append(Entity(start, start + len(name), type="PER", text=name, key="per:x",
                          source=source))
    return out


def _types(text: str, kept: list[Entity]) -> list[str]:
    return [e.type for e in kind_persons(text, words(text), kept)]


def test_a_kunya_names_the_group_only_after_its_noun() -> None:
    text = "وشعرت مجموعة أبو هريرة بالخطر، وكان أبو هريرة قد غادر المدينة."
    assert _types(text, _mentions(text, "أبو هريرة", ("crf", "crf"))) == ["ORG", "PER"]


@pytest.mark.parametrize(("text", "name", "sources", "why"), [
    ("وقع اتفاقا مع مجموعة علي بابا، ويقول علي بابا إن السوق كبيرة.", "علي بابا",
     ("crf", "crf"), "a speech verb before the later mention"),
    ("وقع اتفاقا مع مجموعة علي بابا، وقال علي بابا إن السوق كبيرة.", "علي بابا",
     ("crf", "crf"), "a speech verb with «و» glued"),
    ("وقع اتفاقا مع مجموعة علي بابا، واستقبل الشيخ علي بابا الوفد.", "علي بابا",
     ("crf", "title"), "a mention found by a title"),
])
def test_a_mention_acting_as_a_person_stays(text: str, name: str,
                                            sources: tuple[str, ...], why: str) -> None:
    assert _types(text, _mentions(text, name, sources)) == ["ORG", "PER"], why


def test_a_plain_later_mention_still_changes() -> None:
    text = "وقع اتفاقا مع مجموعة علي بابا، وارتفعت أسهم علي بابا أمس."
    assert _types(text, _mentions(text, "علي بابا", ("crf", "crf"))) == ["ORG", "ORG"]


def _grown(text: str, surname: str) -> list[str]:
    from khabar.entities.persian_given_before import given_names_before
    start = text.index(surname)
    found = [Entity(start, start + len(surname), type="PER", text=surname,
                    key=f"per:{surname}", source="crf")]
    return [e.text for e in given_names_before(text, words(text), found)]


@pytest.mark.parametrize(("text", "surname", "name"), [
    ("پرچم بر فراز رضایی به اهتزاز درآمد.", "رضایی", "رضایی"),  # «بر فراز» 'atop'
    ("در این دیدار فراز رضایی سخن گفت.", "رضایی", "فراز رضایی"),  # the given name
])
def test_the_noun_of_a_compound_preposition_is_no_given_name(text: str, surname: str,
                                                             name: str) -> None:
    assert _grown(text, surname) == [name]


def _kept_fa(text: str, name: str) -> list[str]:
    from khabar.entities.persian_word_persons import drop_word_persons
    from khabar.kb.entries import load_kb
    start = text.index(name)
    found = [Entity(start, start + len(name), type="PER", text=name, key=f"per:{name}",
                    source="crf")]
    return [e.text for e in drop_word_persons(text, found, load_kb())]


@pytest.mark.parametrize(("text", "name", "why"), [
    ("این کتاب ترجمه از: محمد. پویان است.", "پویان", "a translator on a credit line"),
    ("این فیلم به کارگردانی م. پویان ساخته شد.", "پویان", "a credit of credit_words_fa"),
    ("منابع: رهنمای رودپشتی ،فریدون. تاریخ ایران.", "رهنمای رودپشتی",
     "a bibliography: surname, a comma, a given name"),
])
def test_a_credited_person_stays(text: str, name: str, why: str) -> None:
    assert _kept_fa(text, name) == [name], why


@pytest.mark.parametrize(("text", "name"), [
    ("کریستین داوید دار فانی را وداع گفت.", "فانی"),  # no credit word before
    ("ترجمه\nدار فانی را وداع گفت.", "فانی"),  # a credit word on another line
    ("نمایش لوبیای سحرآمیز، بازی شد.", "لوبیای سحرآمیز"),  # a comma, no given name after
])
def test_a_common_word_without_credit_still_goes(text: str, name: str) -> None:
    assert _kept_fa(text, name) == []


def _agreed(text: str, found: list[Entity]) -> list[str]:
    from khabar.entities.name_types import agree_name_types
    return [e.type for e in agree_name_types(text, words(text), found)]


def test_a_kunya_after_a_body_noun_does_not_spread_its_type() -> None:
    text = "وشعرت مجموعة أبو هريرة بالخطر، وكان أبو هريرة قد غادر المدينة."
    found = _mentions(text, "أبو هريرة", ("crf", "crf"))
    found[0] = Entity(found[0].start, found[0].end, type="ORG", text="أبو هريرة",
                      key="org:x", source="crf")
    assert _agreed(text, found) == ["ORG", "PER"]


def test_a_speech_verb_is_a_person_s_evidence() -> None:
    text = "وأعلنت جماعة حسن بابا مسؤوليتها، ويقول حسن بابا إن الهجوم انتهى."
    found = _mentions(text, "حسن بابا", ("crf", "crf"))
    found[0] = Entity(found[0].start, found[0].end, type="ORG", text="حسن بابا",
                      key="org:x", source="crf")
    assert _agreed(text, found) == ["ORG", "PER"]
