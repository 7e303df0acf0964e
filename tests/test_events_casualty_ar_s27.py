"""Session 27 (2026-12-07), issue 6, engineer events_ar11: the guards session 26 (events_ar10)
found its Arabic casualty-attack rule (``casualty_attacks``) needed on its check draw.

- an exchange of fire is fought by both sides, like a clash: the wounded told in its clause
  are no toll of an attack by unknown attackers, and the forces named before them stay its
  actor («اعتقلت قوات الاحتلال ... بينهم ثلاثة أصيبوا خلال تبادل لإطلاق النار»);
- a toll keeps an attack only where nothing else in the article tells one there: beside an
  attack told by a verb with its doer at its place it adds no second record by unknown
  attackers, unless its sentence turns to another story («من جهة ثانية», «وفي حادث آخر»:
  that case fails on main, which keeps no toll-told attack).

Both guards hold what main does (main has no casualty rule): they fail with the rule and
without them. The rule's own kept attack (tests/test_events_casualty_ar_s25.py,
tests/test_events_casualty_ar_s26.py) fails on main. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import PUBLISHED, doc_with

from khabar.events.casualty_attacks import exchange_words
from khabar.events.participant_words import UNKNOWN_ATTACKERS
from khabar.events.stage import find_events

OPENING = "وصل الوفد إلى المدينة صباح أمس. وكان الطقس حارا جدا. وتستمر الزيارة ثلاثة أيام. "
"""Three sentences before the attack's: it gains nothing from an early place in the text."""
TOLL = "وأعلن مسؤول محلي عن مقتل ضابطي شرطة في هجوم بمدينة ماردين."


def _doers(text: str, names: list[tuple[str, str]]) -> list[str | None]:
    doc = doc_with(text, "ar", names, {})
    doc.published = PUBLISHED
    return [(e.actor.name_en or e.actor.text) if e.actor else None
            for e in find_events(doc) if e.type == "ASSAULT"]


def test_the_wounded_of_an_exchange_of_fire_leave_its_side_the_actor() -> None:
    text = (OPENING + "وفي وقت لاحق اعتقلت قوات الاحتلال 19 شابا بينهم ثلاثة أصيبوا خلال "
            "تبادل لإطلاق النار في نابلس.")
    assert _doers(text, [("قوات الاحتلال", "ORG"), ("نابلس", "LOC")]) == ["قوات الاحتلال"]


def test_an_exchange_of_fire_is_read_past_its_proclitic() -> None:
    assert {"تبادل", "التبادل"} <= exchange_words()


ATTACK = "هاجم مسلحون من حزب العمال الكردستاني مركزا للشرطة في مدينة ماردين أمس. "
"""An attack told by a verb with its doer, at the toll's place."""
NAMES = [("حزب العمال الكردستاني", "ORG"), ("ماردين", "LOC"), ("ماردين", "LOC")]


def test_a_toll_beside_an_attack_told_by_a_verb_adds_no_second_record() -> None:
    assert _doers(ATTACK + OPENING + TOLL, NAMES) == ["Gunmen"]


@pytest.mark.parametrize("turn", ["من جهة ثانية، ", "وفي حادث آخر، "])
def test_a_toll_after_a_turn_to_another_story_is_another_attack(turn: str) -> None:
    text = ATTACK + OPENING + turn + TOLL.removeprefix("و")
    assert _doers(text, NAMES) == ["Gunmen", UNKNOWN_ATTACKERS]


def test_a_toll_alone_still_keeps_its_attack() -> None:
    assert _doers(OPENING + TOLL, [("ماردين", "LOC")]) == [UNKNOWN_ATTACKERS]
