"""A Persian speaker of no known country who acts by saying («ما ... را محکوم می‌کنیم»)
is of the report's country, as any other actor (events/persian_datelines.home_party, now
also for the speakers of performatives and stated demands; session 14 (2026-12-06),
issue 6). Sentences written for these tests; entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "تبریز": ("geonames:113646", "IRN"), "تهران": ("geonames:112931", "IRN"),
    "عربستان": ("geonames:102358", "SAU"), "یمن": ("geonames:69543", "YEM"),
    "ترکیه": ("geonames:298795", "TUR")}
PLACES = [("تبریز", "LOC"), ("تهران", "LOC")]


def _accuse(text: str, names: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    doc = doc_with(text, "fa", names, KB)
    [event] = [e for e in find_events(doc) if e.type == "ACCUSE"]
    assert event.actor is not None
    return event.actor.text, event.actor.country


def test_a_speaker_of_no_country_acts_for_the_reports_country() -> None:
    text = ("علی احمدی نماینده مردم تبریز در مجلس امروز در تهران گفت: ما حمله عربستان به یمن"
            " را به شدت محکوم می‌کنیم. وی افزود: مردم تبریز و تهران از مردم یمن حمایت می‌کنند.")
    names = [("علی احمدی", "PER"), *PLACES, ("عربستان", "LOC"), ("یمن", "LOC"), *PLACES,
             ("یمن", "LOC")]
    assert _accuse(text, names) == ("علی احمدی", "IRN")


def test_a_speaker_with_a_country_keeps_it() -> None:
    text = ("وزیر خارجه ترکیه امروز در تهران گفت: ما حمله عربستان به یمن را به شدت محکوم"
            " می‌کنیم. وی افزود: مردم تبریز و تهران از مردم یمن حمایت می‌کنند.")
    names = [("وزیر خارجه ترکیه", "PER"), ("تهران", "LOC"), ("عربستان", "LOC"), ("یمن", "LOC"),
             *PLACES, ("یمن", "LOC")]
    kb = {**KB, "وزیر خارجه ترکیه": ("per:x", "TUR")}
    doc = doc_with(text, "fa", names, kb)
    [event] = [e for e in find_events(doc) if e.type == "ACCUSE"]
    assert event.actor is not None and event.actor.country == "TUR"


def test_a_quoted_demand_is_the_speakers_of_the_reports_country() -> None:
    """«دولت پاکستان باید ...» in a quote: the speaker demands it (stated_acts_fa)."""
    text = ("علی احمدی نماینده مردم تبریز در مجلس امروز در تهران گفت: «دولت پاکستان باید"
            " تروریست‌ها را تحویل دهد.» وی افزود: مردم تبریز و تهران از این اقدام حمایت می‌کنند.")
    names = [("علی احمدی", "PER"), *PLACES, ("دولت پاکستان", "ORG"), *PLACES]
    doc = doc_with(text, "fa", names, {**KB, "دولت پاکستان": ("org:pak-gov", "PAK")})
    [event] = [e for e in find_events(doc) if e.type == "REQUEST"]
    assert event.actor is not None and event.target is not None
    assert (event.actor.country, event.target.country) == ("IRN", "PAK")
