"""Persian targets (session 14 (2026-12-06), issue 6).

Two subjects joined by «و»: an attack by both is done together to someone else, not by one
to the other; a reciprocal pronoun («یکدیگر», «با هم»: reciprocal_words_fa.txt) makes any
act one done to each other (events/persian_targets.co_subject). A request is made of the
party its own «از» names (persian_addressees.py). Sentences written for these tests;
entities given by hand, so the rules are tested apart from the tagger."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.doc import Event
from khabar.events.stage import find_events

COUNTRIES: dict[str, tuple[str, str | None]] = {
    "ایران": ("geonames:130758", "IRN"), "آلمان": ("geonames:2921044", "DEU"),
    "فرانسه": ("geonames:3017382", "FRA"), "عراق": ("geonames:99237", "IRQ"),
    "سوریه": ("geonames:163843", "SYR")}


def _events(text: str, entities: list[tuple[str, str]]) -> list[Event]:
    return find_events(doc_with(text, "fa", entities, COUNTRIES))


@pytest.mark.parametrize("text", [
    # two forces attacking together: the second is no target
    "ارتش فرانسه و ارتش آلمان به مواضع شبه نظامیان حمله کردند.",
    "فرانسه و آلمان مواضع شبه نظامیان را بمباران کردند.",
    # «یکدیگر» as the genitive of «همکاری», not the attack's argument
    "ارتش فرانسه و ارتش آلمان با همکاری یکدیگر به مواضع شبه نظامیان حمله کردند.",
])
def test_an_attack_by_two_subjects_has_no_target_from_the_second(text: str) -> None:
    [event] = [e for e in _events(text, [("فرانسه", "LOC"), ("آلمان", "LOC")])
               if e.type == "ASSAULT"]
    assert event.actor is not None and event.actor.country == "FRA"
    assert event.target is None or event.target.country != "DEU"


@pytest.mark.parametrize("text, kind", [
    ("فرانسه و آلمان یکدیگر را متهم کردند.", "ACCUSE"),          # each accused the other
    ("ارتش فرانسه و ارتش آلمان با هم درگیر شدند و به یکدیگر حمله کردند.", "ASSAULT"),
])
def test_a_reciprocal_pronoun_makes_the_second_subject_the_target(text: str, kind: str) -> None:
    [event] = [e for e in _events(text, [("فرانسه", "LOC"), ("آلمان", "LOC")])
               if e.type == kind]
    assert event.actor is not None and event.actor.country == "FRA"
    assert event.target is not None and event.target.country == "DEU"


def test_a_meeting_of_two_subjects_still_has_the_second_as_target() -> None:
    [event] = _events("فرانسه و آلمان در برلین دیدار کردند.", [("فرانسه", "LOC"), ("آلمان", "LOC")])
    assert event.type == "CONSULT" and event.target is not None
    assert event.target.country == "DEU"


@pytest.mark.parametrize("text", [
    "فرانسه از آلمان خواست که با عراق مذاکره کند.",
    "وزیر خارجه فرانسه دیروز از آلمان خواست تا محاصره‌ای را که علیه عراق برقرار کرده لغو کند.",
])
def test_a_request_is_made_of_the_party_its_own_from_names(text: str) -> None:
    """«X از Y خواست که با Z ...»: Y is asked, Z is in what is asked for
    (events/persian_addressees.py)."""
    [event] = _events(text, [("فرانسه", "LOC"), ("آلمان", "LOC"), ("عراق", "LOC")])
    assert event.type == "REQUEST" and event.target is not None
    assert event.target.country == "DEU"
