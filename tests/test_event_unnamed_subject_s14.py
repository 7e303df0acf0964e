"""An Arabic verb whose subject is a nominative dual or sound plural noun of unnamed people
(session 14 (2026-12-06), issue 6): «هاجمت امرأتان مسلحتان أمس القنصلية الأميركية» made the
consulate, the verb's object, the attacker. Sentences written for these tests, entities
given by hand."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.entities.gazetteer import Word
from khabar.entities.words import words
from khabar.events.arabic_subjects import unnamed_nominative
from khabar.events.stage import find_events

KB = {"رجب طيب اردوغان": ("per:erdogan", "TUR"), "داعش": ("org:isis", None),
      "القنصلية الأميركية": ("org:us-consulate", "USA"), "الشرطة التركية": ("org:tr-police", "TUR")}


def _sides(text: str, names: list[tuple[str, str]], kind: str) -> list[tuple[str | None, ...]]:
    events = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in events if e.type == kind]


def test_a_dual_subject_leaves_the_named_object_the_target() -> None:
    text = "هاجمت امرأتان مسلحتان أمس القنصلية الأميركية في إسطنبول."
    found = _sides(text, [("القنصلية الأميركية", "ORG")], "ASSAULT")
    assert found and all(actor != "القنصلية الأميركية" for actor, _ in found)
    assert {target for _, target in found} == {"القنصلية الأميركية"}


def test_a_plural_subject_leaves_the_named_object_the_target() -> None:
    """«اتهم معارضون X ... ضد داعش»: opponents accuse Erdogan; ISIS is no party."""
    text = "واتهم معارضون الرئيس التركي رجب طيب اردوغان باستغلال الحرب ضد داعش."
    found = _sides(text, [("رجب طيب اردوغان", "PER"), ("داعش", "ORG")], "ACCUSE")
    assert found == [(None, "رجب طيب اردوغان")]


def test_a_named_subject_is_read_as_before() -> None:
    text = "واتهم رجب طيب اردوغان داعش بتنفيذ الهجوم."
    found = _sides(text, [("رجب طيب اردوغان", "PER"), ("داعش", "ORG")], "ACCUSE")
    assert found == [("رجب طيب اردوغان", "داعش")]


def test_a_nationality_after_the_unnamed_subject_makes_it_that_countrys_nationals() -> None:
    """«واتهم ناشطون أمريكيون إيران»: American activists accuse Iran."""
    events = find_events(doc_with("واتهم ناشطون أمريكيون إيران بدعم الإرهاب.", "ar",
                                  [("إيران", "LOC")], kb={"إيران": ("geonames:130758", "IRN")}))
    found = [(e.actor.country if e.actor else None, e.target.text if e.target else None)
             for e in events if e.type == "ACCUSE"]
    assert found == [("USA", "إيران")]


def _word(text: str) -> Word:
    return words(text)[0]


@pytest.mark.parametrize(("word", "nominative"), [
    ("امرأتان", True), ("مسلحون", True), ("مسؤولون", True), ("فلسطينيون", True),
    ("مسلحين", False),    # accusative/genitive: an object
    ("المسلحون", False),  # definite: a name's or a title's word as often
    ("قانون", False),     # a singular noun in «ون»: three letters before it
    ("مليون", False),
    ("يطالبون", False),   # an imperfect verb
    ("ويحاربون", False),  # the same after «و»
    ("باكستان", False),   # «ستان»: a country, no dual
    ("طيران", False),     # a singular noun in «ان», no feminine dual
])
def test_nominative_forms(word: str, nominative: bool) -> None:
    assert unnamed_nominative(_word(word)) is nominative
