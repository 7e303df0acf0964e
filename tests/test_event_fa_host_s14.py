"""«میزبان» (host) tells a visit only as a predicate (session 14 (2026-12-06), issue 6):
«X میزبان Y بود/است/خواهد بود» (the guest Y is the actor, triggers_fa.tsv); after a noun it
describes that noun («کشور میزبان», «شهرهای میزبان المپیک», «تیم میزبان») and tells no act.
Sentences written for these tests; entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Event
from khabar.events.stage import find_events

COUNTRIES: dict[str, tuple[str, str | None]] = {
    "آلمان": ("geonames:2921044", "DEU"), "فرانسه": ("geonames:3017382", "FRA")}


def _events(text: str, entities: list[tuple[str, str]]) -> list[Event]:
    return find_events(doc_with(text, "fa", entities, COUNTRIES))


def test_a_host_with_its_copula_is_a_visit_by_the_guest() -> None:
    [event] = _events("فرانسه دیروز میزبان هیئتی از آلمان بود.",
                      [("فرانسه", "LOC"), ("آلمان", "LOC")])
    assert event.type == "CONSULT" and event.actor is not None and event.target is not None
    assert (event.actor.country, event.target.country) == ("DEU", "FRA")
    [event] = _events("فرانسه هفته آینده میزبان هیئتی از آلمان خواهد بود.",
                      [("فرانسه", "LOC"), ("آلمان", "LOC")])
    assert event.type == "AGREE" and event.future


def test_the_host_country_describes_a_noun() -> None:
    text = ("رئیس جمهور آلمان بر اساس رسوم کشور میزبان بدون مشایعت رئیس جمهور فرانسه"
            " از گارد سان دید.")
    assert _events(text, [("آلمان", "LOC"), ("فرانسه", "LOC")]) == []
