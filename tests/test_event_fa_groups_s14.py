"""An unnamed group opening a Persian clause (events/persian_groups.py, session 14
(2026-12-06), issue 6): after an agency's credit «فارس:» the clause still opens with the
group, and with no country named beside it, nor a city, nor a dateline, the group is of
the country the report is clearly of (home_bodies.home_of), as a person is
(persian_datelines.home_party). Sentences written for these tests; entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Event
from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "اصفهان": ("geonames:418863", "IRN"), "شیراز": ("geonames:115019", "IRN"),
    "تبریز": ("geonames:113646", "IRN")}
LATER = " این دیدار پس از سفر به اصفهان و شیراز و تبریز انجام می‌شود."
PLACES = [("اصفهان", "LOC"), ("شیراز", "LOC"), ("تبریز", "LOC")]


def _meeting(text: str, names: list[tuple[str, str]]) -> Event:
    events = [e for e in find_events(doc_with(text, "fa", names, KB))
              if e.type in ("AGREE", "CONSULT")]
    assert events, text
    return events[0]


def test_a_group_after_an_agency_credit_is_the_actor_of_the_reports_country() -> None:
    text = "فارس: جمعی از دانشجویان بعد از ظهر امروز با رئیس مجلس دیدار می‌کنند." + LATER
    event = _meeting(text, [("فارس", "ORG"), ("رئیس مجلس", "PER"), *PLACES])
    assert event.actor is not None and event.actor.text == "دانشجویان"
    assert event.actor.country == "IRN"


def test_a_group_of_a_named_country_keeps_it() -> None:
    text = "فارس: جمعی از دانشجویان عراقی امروز با رئیس مجلس دیدار می‌کنند." + LATER
    event = _meeting(text, [("فارس", "ORG"), ("رئیس مجلس", "PER"), *PLACES])
    assert event.actor is not None and event.actor.country == "IRQ"
