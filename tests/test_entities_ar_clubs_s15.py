"""Arabic sports clubs named by their city, session 15 (2026-12-06), issue 5
(entities/arabic_clubs): a noun of kind before a place, a transcribed club word before or
after it; the riyal, a country and a name that goes on are no club. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_clubs import club_names
from khabar.entities.words import words


def _loc(text: str, name: str, source: str = "gazetteer", nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(start, start + len(name), type="LOC", text=name, key="x", source=source)


def _found(text: str, kept: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in club_names(text, words(text), kept)]


@pytest.mark.parametrize(("text", "place", "club"), [
    ("وخسر ريال مدريد أمام فريق محلي.", "مدريد", "ريال مدريد"),
    ("وانضم اللاعب إلى أتلتيكو مدريد الموسم الماضي.", "مدريد", "أتلتيكو مدريد"),
    ("وتعادل بايرن ميونيخ مع ضيفه.", "ميونيخ", "بايرن ميونيخ"),
    ("وقع اللاعب لريال مدريد أمس.", "مدريد", "ريال مدريد"),  # the proclitic left out
])
def test_a_club_word_before_a_city_makes_one_club(text: str, place: str, club: str) -> None:
    assert _found(text, [_loc(text, place)]) == [("ORG", club)]


def test_a_club_word_after_a_city_makes_one_club() -> None:
    text = "وفاز ليدز يونايتد على ضيفه."
    assert _found(text, [_loc(text, "ليدز")]) == [("ORG", "ليدز يونايتد")]


@pytest.mark.parametrize(("text", "place"), [
    ("رفضت إدارة نادي الخليج العروض المقدمة.", "الخليج"),  # a definite noun opens a phrase
    ("ولعب فريق برشلونة مباراته الأولى.", "برشلونة"),
    ("وقال رئيس نادي روما الإيطالي إن الصفقة تمت.", "روما"),  # a nationality adjective
])
def test_a_place_after_a_noun_of_kind_is_the_club(text: str, place: str) -> None:
    assert _found(text, [_loc(text, place, "crf")]) == [("ORG", place)]


def test_a_name_that_goes_on_after_the_place_is_no_club_here() -> None:
    """«نادي الرياض الأدبي» is Riyadh's literary club, whose name is longer than the city."""
    text = "وأقام نادي الرياض الأدبي أمسية شعرية."
    assert _found(text, [_loc(text, "الرياض")]) == [("LOC", "الرياض")]


@pytest.mark.parametrize(("text", "place"), [
    ("وتبرع المحسن بمليون ريال مكة لصالح الجمعية.", "مكة"),  # the currency of an amount
    ("كان همه جمع ريال فلسطين والتبرع للجائع.", "فلسطين"),  # a country: the currency
])
def test_the_riyal_is_no_club(text: str, place: str) -> None:
    assert _found(text, [_loc(text, place)]) == [("LOC", place)]


def test_no_club_word_no_club() -> None:
    text = "وصل الوفد إلى مدريد أمس."
    assert _found(text, [_loc(text, "مدريد")]) == [("LOC", "مدريد")]


def test_a_noun_of_kind_needs_the_place_kept_as_a_place() -> None:
    """A place the earlier rules did not keep as a LOC (dropped, or read as part of a
    person) makes no club after «نادي»; only a transcribed club word reads the index."""
    text = "وقال رئيس نادي مكة إن الموسم بدأ."
    assert _found(text, []) == []


def _entity(text: str, name: str, kind: str, source: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key="x", source=source)


def test_the_taggers_one_word_body_before_city_is_the_clubs_city() -> None:
    """The place index lacks Manchester; the tagger read «مانشستر» as a body alone."""
    text = "يبدو ان مانشستر سيتي اقترب من حسم الصفقة."
    assert _found(text, [_entity(text, "مانشستر", "ORG", "crf")]) == [
        ("ORG", "مانشستر سيتي")]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("وافتتح مشروع القطيف سيتي أمس.", "القطيف", "LOC"),  # a definite name: no club's city
    ("ووصل الوفد إلى بنما سيتي أمس.", "بنما", "LOC"),  # a country: its capital
    ("وقال سالم سيتي إن الفريق جاهز.", "سالم", "PER"),  # a person is no city
    ("وأعلنت شركة أبراج سيتي أرباحها.", "شركة أبراج", "ORG"),  # a body of two words
])
def test_no_club_after_a_definite_name_a_country_or_a_person(text: str, name: str,
                                                              kind: str) -> None:
    assert _found(text, [_entity(text, name, kind, "crf")]) == [(kind, name)]
