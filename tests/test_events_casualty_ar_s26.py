"""Session 26 (2026-12-07), issue 6, engineer events_ar10: the guards session 25 (events_ar9)
asked of its Arabic casualty-attack rule (``casualty_attacks``). An attack told by its dead is
no attack by unknown attackers when its clause is dated long before publication or its doer
follows the noun in the genitive («هجوم المتشددين»). The kept attack fails on main; the
guards hold what the rule leaves alone. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import PUBLISHED, doc_with

from khabar.doc import DateMention, Doc
from khabar.events.participant_words import UNKNOWN_ATTACKERS
from khabar.events.stage import find_events

OPENING = "وصل الوفد إلى المدينة صباح أمس. وكان الطقس حارا جدا. وتستمر الزيارة ثلاثة أيام. "
"""Three sentences before the attack's: it gains nothing from an early place in the text."""
TOLL = "وأعلن مسؤول محلي عن مقتل ضابطي شرطة في هجوم بمدينة أورفة"


def _doc(text: str, names: list[tuple[str, str]]) -> Doc:
    doc = doc_with(text, "ar", names, {})
    doc.published = PUBLISHED
    return doc


def _doers(doc: Doc) -> list[str | None]:
    return [(e.actor.text or e.actor.name_en) if e.actor else None
            for e in find_events(doc) if e.type == "ASSAULT"]


def test_an_attack_told_by_its_dead_today_is_kept() -> None:
    assert _doers(_doc(OPENING + TOLL + ".", [("أورفة", "LOC")])) == [UNKNOWN_ATTACKERS]


def test_a_toll_dated_long_before_publication_is_no_attack_of_the_day() -> None:
    when = "في الثالث من مارس 2024"
    text = f"{OPENING}{TOLL} {when}."
    doc = _doc(text, [("أورفة", "LOC")])
    at = text.index(when)
    doc.dates.append(DateMention(at, at + len(when), text=when, value="2024-03-03"))
    assert UNKNOWN_ATTACKERS not in _doers(doc)


@pytest.mark.parametrize("doer", ["المتشددين", "المسلحين"])
def test_a_doer_in_the_genitive_is_no_unknown_attacker(doer: str) -> None:
    text = OPENING + f"وقال مسؤول إن 1280 شخصا قتلوا خلال هجوم {doer} على مدينة سنجار."
    assert UNKNOWN_ATTACKERS not in _doers(_doc(text, [("سنجار", "LOC")]))
