"""Arabic attacks and the parties around them (issue 6, session 22 (2026-12-06), engineer
events_ar). Sentences written for these tests, on the pattern of wire copy.

- An attack told by its unnamed dead («قتل ثلاثة جنود ... بانفجار عبوة في جنوب شرق تركيا»)
  has them as its target, people of the country it happened in (``arabic_victims``); a victim
  told by a name keeps no stand-in.
- A country after «مع» that follows a noun of a border («على الحدود مع سوريا») is the other
  side of the line, not the act's partner or target (``arabic_names.across_border``).
- «رفض الكشف عن هويته» is a source who would not be named, no REJECT (other_senses_ar.tsv).
"""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Event
from khabar.events.stage import find_events


def events_of(text: str) -> list[Event]:
    doc = simple_doc(text, "ar", published="2015-08-06T09:00:00+03:00", with_entities=True)
    return find_events(doc)


def attack(text: str) -> Event:
    found = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert found, text
    return found[0]


@pytest.mark.parametrize(("text", "country"), [
    # the dead before the attack noun, the country after a noun of part
    ("قتل ثلاثة جنود وأصيب آخر أمس بانفجار عبوة في جنوب شرق تركيا في أحدث هجوم ينسب إلى "
      "متمردين.", "TUR"),
    # a passive «قتل» before a singular noun; the place a city of the country
    ("قتل شرطي وأصيب آخر بالرصاص أمس في هجوم وقع في أحد أحياء دياربكر.", "TUR"),
    # a count and «من» between the word of suffering and the noun
    ("أسفر هجوم انتحاري في سوق بشمال أفغانستان عن مقتل 15 من المدنيين.", "AFG"),
])
def test_unnamed_dead_are_the_attacks_target(text: str, country: str) -> None:
    event = attack(text)
    assert event.target is not None and event.target.country == country, event.target


def test_named_dead_get_no_stand_in() -> None:
    """«مقتل 51 من عناصر تنظيم داعش»: the dead are the group's, not the place's people."""
    event = attack("أفاد المرصد بمقتل 51 من عناصر تنظيم داعش في قصف في دير الزور في سوريا.")
    assert event.target is None or event.target.country != "SYR", event.target


def test_a_country_across_the_border_is_no_target() -> None:
    found = [e for e in events_of(
        "فجر انتحاري نفسه في المركز الثقافي في سوروتش على الحدود مع سوريا.")
        if e.type == "ASSAULT"]
    assert found and all(e.target is None or e.target.country != "SYR" for e in found), \
        [(e.trigger, e.target) for e in found]


def test_a_border_noun_with_an_adjective_parts_the_partner_too() -> None:
    from khabar.entities.words import words
    from khabar.events.arabic_names import across_border

    tokens = words("نشرت تركيا قوات على الحدود المشتركة مع سوريا")
    assert across_border(tokens, len(tokens) - 1, "with")
    tokens = words("بحث الوزير مع سوريا الوضع")
    assert not across_border(tokens, 3, "with")


def test_a_source_that_would_not_be_named_rejects_nothing() -> None:
    found = events_of("وقال مسؤول تركي رفض الكشف عن هويته إن التحقيق مستمر.")
    assert not [e for e in found if e.type == "REJECT"], [(e.type, e.trigger) for e in found]
