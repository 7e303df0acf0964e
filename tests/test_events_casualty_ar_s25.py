"""Arabic attacks told by their dead, session 25 (2026-12-07), issue 6, engineer events_ar9
(``events/casualty_attacks.py``, Arabic only; session 24's Persian rules are not shipped).

- an attack noun with its dead and no doer is told as having happened, sure enough to be
  kept («وأعلن مسؤول محلي عن مقتل ضابطي شرطة في هجوم», its teller no attacker, was dropped
  under the confidence floor on main: the case fails there);
- guards (pass on main too): a toll recalled («في الذكرى العاشرة لهجمات لندن ... قتلى»),
  a clash's dead («مقتل ... خلال الاشتباكات بين الطرفين») and a doer after the noun
  («بانفجار لغم زرعه الحوثيون») add no attack by unknown attackers.

Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import PUBLISHED, doc_with

from khabar.events.participant_words import UNKNOWN_ATTACKERS
from khabar.events.stage import find_events


def _doers(text: str, names: list[tuple[str, str]]) -> list[str | None]:
    doc = doc_with(text, "ar", names, {})
    doc.published = PUBLISHED
    return [(e.actor.name_en or e.actor.text) if e.actor else None
            for e in find_events(doc) if e.type == "ASSAULT"]


OPENING = "وصل الوفد إلى المدينة صباح أمس. وكان الطقس حارا جدا. وتستمر الزيارة ثلاثة أيام. "
"""Three sentences before the attack's: it gains nothing from an early place in the text."""


def test_an_attack_told_by_its_dead_is_kept() -> None:
    text = OPENING + "وأعلن مسؤول محلي عن مقتل ضابطي شرطة في هجوم بمدينة أورفة."
    assert _doers(text, [("أورفة", "LOC")]) == [UNKNOWN_ATTACKERS]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("حلت أمس الذكرى العاشرة لهجمات لندن، التي سقط فيها 52 قتيلا.",
         [("لندن", "LOC")]),
        ("وأفاد مصدر بمقتل ثمانية عشر مسلحا خلال الاشتباكات بين الطرفين في مدينة عدن.",
         [("عدن", "LOC")]),
    ],
)
def test_a_recalled_or_clash_toll_adds_no_unknown_attack(text: str,
                                                        names: list[tuple[str, str]]) -> None:
    assert UNKNOWN_ATTACKERS not in _doers(text, names)


def test_the_toll_floor_is_the_stage_floor() -> None:
    """An attack told by its toll is lifted to the floor the stage keeps drafts at, no higher
    (``casualty_attacks.TOLL_FLOOR``)."""
    from khabar.events.casualty_attacks import TOLL_FLOOR
    from khabar.events.stage import MIN_CONFIDENCE

    assert TOLL_FLOOR == MIN_CONFIDENCE
