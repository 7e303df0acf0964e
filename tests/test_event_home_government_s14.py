"""A bare person whose act is on a country's government is not given that country
(events/persian_datelines.home_party, session 14 (2026-12-06), issue 6): «دکتر سوزان لی برمن
... به پیمان‌شکنی دولت ایسلند ... اعتراض کرده است» in a report of Iceland made her
Icelandic, since the government has no KB id (only a country's own KB entry was checked).
A person of the country is no such party (tests/test_event_persian_home.py). Sentences
written for these tests; entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Event
from khabar.events.stage import find_events

PLACES: dict[str, tuple[str, str | None]] = {
    "ژاپن": ("geonames:1861060", "JPN"), "توکیو": ("geonames:1850147", "JPN")}


def _event(text: str, entities: list[tuple[str, str]], kind: str) -> Event:
    doc = doc_with(text, "fa", entities, PLACES)
    for entity in doc.entities:
        if entity.type == "LOC":
            entity.lat, entity.lon = 35.7, 139.7
    return next(e for e in find_events(doc) if e.type == kind)


def test_a_protest_to_the_government_is_from_outside_its_country() -> None:
    event = _event("سوزان لی برمن در توکیو به سیاست‌های دولت ژاپن در توکیو اعتراض کرد.",
                   [("سوزان لی برمن", "PER"), ("توکیو", "LOC"), ("ژاپن", "LOC"),
                    ("توکیو", "LOC")], "ACCUSE")
    assert event.actor is not None and event.actor.text == "سوزان لی برمن"
    assert event.target is not None and event.target.country == "JPN"
    assert event.actor.country is None

