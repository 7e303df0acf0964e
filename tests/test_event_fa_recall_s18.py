"""Issue 6, session 18 (2026-12-06): «فراخواندن» is SANCTION (recalling or summoning a
diplomat, EVENT-CONVENTIONS) only with an ambassador, a chargé d'affaires or a diplomat as its
object; the bare «فراخوان*» row also read the noun «فراخوان» ('a call': a festival's call for
entries, a public call), all 13 of its events in 2,000 unlabelled Fars/Hamshahri articles
wrong. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.events.lexicon import clause_words, find_triggers
from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def _types(text: str) -> list[str]:
    return [h.trigger.type for h in find_triggers(text, clause_words(text), "fa")]


@pytest.mark.parametrize("text", [
    "فراخوان جشنواره فیلم فجر امروز منتشر شد.",
    "شرکت ملی پالایش طی فراخوانی به شرکت‌های کامپیوتری آمادگی خود را اعلام کرد.",
    "منوچهر تمام موبدان را به تختگاه فراخواند.",
])
def test_a_call_is_no_sanction(text: str) -> None:
    assert "SANCTION" not in _types(text)


@pytest.mark.parametrize("text", [
    "عربستان سفیر خود را از تهران فراخواند.",
    "هلند سفیرش را از ایران فراخواند.",
    "با فراخواندن سفیر آن کشور مراتب اعتراض اعلام شد.",
])
def test_recalling_an_ambassador_is_a_sanction(text: str) -> None:
    assert "SANCTION" in _types(text)


def test_the_recalling_state_acts() -> None:
    doc = simple_doc("عربستان سفیر خود را از تهران فراخواند.", "fa", published=PUBLISHED,
                     with_entities=True)
    events = [e for e in find_events(doc, 4) if e.type == "SANCTION"]
    assert events and events[0].actor is not None and events[0].actor.text == "عربستان"
