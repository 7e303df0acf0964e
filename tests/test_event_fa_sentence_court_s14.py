"""A Persian sentence told with no court («X به پنج سال حبس محکوم شد») is passed by the
state's authorities where it happens, as an arrest told with no agent is
(events/arguments.authorities, COURT_MODES; session 14 (2026-12-06), issue 6). Sentences
written for these tests; entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {"عراق": ("geonames:99237", "IRQ")}


def test_a_sentence_with_no_court_is_the_authorities_of_its_place() -> None:
    text = "علی رضایی دیروز در دادگاهی در عراق به پنج سال حبس محکوم شد."
    doc = doc_with(text, "fa", [("علی رضایی", "PER"), ("عراق", "LOC")], KB)
    [event] = [e for e in find_events(doc) if e.type == "SANCTION"]
    assert event.actor is not None and event.actor.country == "IRQ"
    assert event.target is not None and event.target.text == "علی رضایی"
