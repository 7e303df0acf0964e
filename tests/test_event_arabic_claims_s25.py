"""Session 25 (2026-12-07), issue 6, engineer events_ar9: an Arabic claim of responsibility
gives its claimant to the attack told before it with no doer (``events/arabic_claims.py``),
instead of standing as an attack of its own. The claim cases fail on main (the attack keeps
"Unknown attackers"); the guard cases hold what is left as read: a group's record of
attacks, no party claiming, blame laid on another, an attack whose doer is named. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import PUBLISHED, doc_with

from khabar.doc import Event
from khabar.events.participant_words import UNKNOWN_ATTACKERS
from khabar.events.stage import find_events

BOMBING = "قتل شرطي وأصيب اخر بالرصاص أمس في هجوم وقع في شارع في مدينة لوغار."


def _attacks(text: str, names: list[tuple[str, str]]) -> list[Event]:
    doc = doc_with(text, "ar", names, {})
    doc.published = PUBLISHED
    return [e for e in find_events(doc) if e.type == "ASSAULT"]


def _doers(text: str, names: list[tuple[str, str]]) -> list[str | None]:
    return [(e.actor.text or e.actor.name_en) if e.actor else None for e in _attacks(text, names)]


@pytest.mark.parametrize(
    ("claim", "claimant"),
    [
        ("وأعلنت حركة طالبان مسؤوليتها عن الهجوم في بيان.", "حركة طالبان"),
        ("وأعلنت حركة طالبان في بيان مسؤوليتها عنه.", "حركة طالبان"),
        ("وتبنت حركة طالبان التفجير في بيان على موقعها.", "حركة طالبان"),
        # verb, object, subject: «وتبنت الهجوم جماعة X»
        ("وتبنت التفجير حركة طالبان في بيان على موقعها.", "حركة طالبان"),
        ("وتبنى تنظيم داعش مسؤولية التفجير في بيان.", "تنظيم داعش"),
    ],
)
def test_the_claimant_is_the_doer_of_the_attack_told_before(claim: str, claimant: str) -> None:
    names = [("لوغار", "LOC"), (claimant, "ORG")]
    assert _doers(f"{BOMBING} {claim}", names) == [claimant]


def test_a_claim_is_no_attack_of_its_own() -> None:
    names = [("لوغار", "LOC"), ("حركة طالبان", "ORG")]
    attacks = _attacks(f"{BOMBING} وأعلنت حركة طالبان مسؤوليتها عن الهجوم في بيان.", names)
    assert len(attacks) == 1


@pytest.mark.parametrize(
    ("claim", "names"),
    [
        # a group's record, not this attack
        ("وأعلنت حركة طالبان مسؤوليتها عن الكثير من الهجمات في الأشهر الأخيرة.",
         [("حركة طالبان", "ORG")]),
        # nobody claimed it
        ("ولم تعلن أي جهة مسؤوليتها عن الهجوم.", []),
        # blame laid on another: an accusation, the doer unknown
        ("وحمل مسؤول أفغاني حركة طالبان مسؤولية الهجوم.", [("حركة طالبان", "ORG")]),
        # the verbal noun «تبني» ('adopting'), no claim
        ("ودعا المجلس إلى تبني خطة جديدة لمنع الهجوم.", [("المجلس", "ORG")]),
    ],
)
def test_no_claimant_without_a_claim_of_the_attack(claim: str,
                                                   names: list[tuple[str, str]]) -> None:
    doers = _doers(f"{BOMBING} {claim}", [("لوغار", "LOC"), *names])
    assert doers and doers[0] == UNKNOWN_ATTACKERS


def test_a_named_doer_is_kept() -> None:
    text = ("هاجم مسلحون من حركة الشباب قاعدة عسكرية في مدينة لوغار أمس. "
            "وأعلن تنظيم داعش مسؤوليته عن الهجوم.")
    names = [("حركة الشباب", "ORG"), ("لوغار", "LOC"), ("تنظيم داعش", "ORG")]
    assert "تنظيم داعش" not in _doers(text, names)
