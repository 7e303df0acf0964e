"""Session 28 (2026-12-07), issue 6, engineer events_ar13: the three guards session 27
(events_ar11) named from the wrongs of its check of the Arabic casualty-attack rule
(``casualty_attacks``).

- a toll told as feared or to come is no attack («سيتبعها ما بعدها من تفجير وقتل» in an opinion
  piece; «سوف», «قد يؤدي», «يخشى»): ``future_toll_frames_ar.txt``;
- a toll in a city beside an attack told in the province it lies in («أبها» in «منطقة عسير»)
  retells that attack: the places are compared by GeoNames admin1 division;
- a toll whose teller was dropped («وأعلن حزب العمال عن مقتل ... في غارات») says nothing of who
  attacked, so it does not merge into, and make surer, a record with a named doer.

The feared-frame and merging guards hold what main does (main keeps no toll-told attack):
they fail with the rule and without them, as the division guard does; the module fails on
main at import. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import PUBLISHED, doc_with

from khabar.doc import Event
from khabar.entities.words import phrase_key
from khabar.events.casualty_attacks import future_frames
from khabar.events.participant_words import UNKNOWN_ATTACKERS
from khabar.events.stage import find_events
from khabar.kb.places import same_division

OPENING = "وصل الوفد إلى المدينة صباح أمس. وكان الطقس حارا جدا. وتستمر الزيارة ثلاثة أيام. "
"""Three sentences before the toll's: it gains nothing from an early place in the text."""
RESOLVED = (18.2, 42.5)
"""Where the gazetteer put every place: places resolved, so the toll's is compared."""
ASIR = {"منطقة عسير": ("iso3166-2:SA-14", "SAU"), "أبها": ("geonames:110690", "SAU"),
        "الرياض": ("geonames:108410", "SAU")}


def _assaults(text: str, names: list[tuple[str, str]],
              kb: dict[str, tuple[str | None, str | None]] | None = None) -> list[Event]:
    doc = doc_with(text, "ar", names, kb or {}, resolved_at=RESOLVED)
    doc.published = PUBLISHED
    return [e for e in find_events(doc) if e.type == "ASSAULT"]


def _doers(events: list[Event]) -> list[str | None]:
    return [(e.actor.name_en or e.actor.text) if e.actor else None for e in events]


def test_a_told_toll_keeps_its_attack() -> None:
    text = OPENING + "وأعلن مسؤول محلي عن مقتل ضابطي شرطة في هجوم بالمدينة."
    assert _doers(_assaults(text, [])) == [UNKNOWN_ATTACKERS]


@pytest.mark.parametrize("sentence", [
    "ويرى الكاتب أن هذا الخطاب سيتبعها هجوم ومقتل العشرات.",
    "وقال مسؤول محلي إن الخطاب سوف يتبعه هجوم ومقتل العشرات في المدينة.",
    "ويخشى مسؤول محلي مقتل العشرات في هجوم بالمدينة.",
    "وقد يؤدي هجوم على المدينة إلى مقتل العشرات.",
])
def test_a_feared_toll_keeps_no_attack(sentence: str) -> None:
    assert _assaults(OPENING + sentence, []) == []


def test_may_is_listed_with_its_imperfect_only() -> None:
    # «وقد قتل ثلاثة»: «قد» with a perfect tells news
    assert {phrase_key(w) for w in ("قد يؤدي", "سيتبعها", "سوف")} <= future_frames()
    assert phrase_key("قد") not in future_frames()


ASIR_ATTACK = "هاجم مسلحون من حزب العمال الكردستاني مركزا للشرطة في منطقة عسير أمس. "
TOLL = "وأعلن مسؤول محلي عن مقتل ضابطي شرطة في هجوم بمدينة {}."


def test_a_toll_in_a_city_of_the_attacks_province_retells_it() -> None:
    names = [("حزب العمال الكردستاني", "ORG"), ("منطقة عسير", "LOC"), ("أبها", "LOC")]
    text = ASIR_ATTACK + OPENING + TOLL.format("أبها")
    assert _doers(_assaults(text, names, ASIR)) == ["Gunmen"]


def test_a_toll_in_a_city_of_another_province_is_another_attack() -> None:
    names = [("حزب العمال الكردستاني", "ORG"), ("منطقة عسير", "LOC"), ("الرياض", "LOC")]
    text = ASIR_ATTACK + OPENING + TOLL.format("الرياض")
    assert _doers(_assaults(text, names, ASIR)) == ["Gunmen", UNKNOWN_ATTACKERS]


def test_a_city_lies_in_its_province_by_geonames_admin1() -> None:
    assert same_division(110690, "SA-14")  # Abha, the seat
    assert same_division(105072, "SA-14")  # Khamis Mushait
    assert not same_division(108410, "SA-14")  # Riyadh
    assert not same_division(110690, "SA-01")


def test_a_toll_whose_teller_was_dropped_makes_no_named_doer_surer() -> None:
    text = ("شنت طائرات تنظيم الدولة الإسلامية غارات على مواقع في جبل قنديل أمس. " + OPENING
            + "وأعلن حزب العمال الكردستاني عن مقتل خمسة من عناصره في غارات على المنطقة.")
    names = [("تنظيم الدولة الإسلامية", "ORG"), ("جبل قنديل", "LOC"),
             ("حزب العمال الكردستاني", "ORG")]
    events = _assaults(text, names)
    assert _doers(events) == ["تنظيم الدولة الإسلامية"]
    assert len(events[0].mentions) == 1
