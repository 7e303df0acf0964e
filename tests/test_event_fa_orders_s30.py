"""Persian arguments that are no party of the act (session 30 (2026-12-07), issue 6,
events_fa19).

A weekday or «امروز» the entity stage tagged as a person (a title before a weekday spreads
it as a surname) is no party to a Persian act: «حمله انتحاری روز سه‌شنبه علیه نظامیان
کانادایی» named Tuesday as the attacker (events/day_words_fa.txt). «جمعه» (Friday) stays a
name in Arabic text, where «جمعة» is a given name. And the one who ordered an act, named
after «به دستور»/«به حکم», is not whom it was done to: «به دستور دادستان X، Y آزاد شد»
released Y (events/persian_orders.py). A post after «یک» («یک سخنگوی طالبان») is held by someone
unnamed, who acts for the body, not by the person last named (events/arguments.resolve).
Sentences written for these tests; entities given by hand, so
the rules are tested apart from the tagger."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.doc import Entity, Event
from khabar.events.participant_words import is_participant
from khabar.events.stage import find_events

COUNTRIES: dict[str, tuple[str, str | None]] = {
    "طالبان": ("x:taliban", "AFG"), "آمریکا": ("geonames:6252001", "USA"),
    "عراق": ("geonames:99237", "IRQ")}


def _events(text: str, entities: list[tuple[str, str]], kind: str) -> list[Event]:
    return [e for e in find_events(doc_with(text, "fa", entities, COUNTRIES)) if e.type == kind]


@pytest.mark.parametrize("word", ["سه‌شنبه", "سه شنبه", "امروز", "دیروز", "جمعه"])
def test_a_day_tagged_as_a_person_is_no_persian_party(word: str) -> None:
    assert not is_participant(Entity(0, len(word), type="PER", text=word), "fa")


def test_friday_stays_an_arabic_name() -> None:
    assert is_participant(Entity(0, 4, type="PER", text="جمعة"), "ar")
    assert is_participant(Entity(0, 4, type="PER", text="محمد"), "fa")


WEEKDAY_ATTACK = ("تام اسمیت سخنگوی ناتو دیروز در کابل سخن گفت. یک سخنگوی طالبان شب گذشته "
                  "مسئولیت حمله انتحاری روز سه‌شنبه علیه نظامیان آمریکا را برعهده گرفت.")
WEEKDAY_ENTITIES = [("تام اسمیت", "PER"), ("ناتو", "ORG"), ("طالبان", "ORG"), ("سه‌شنبه", "PER"),
                    ("آمریکا", "LOC")]


def test_a_weekday_is_not_the_attacker() -> None:
    events = _events(WEEKDAY_ATTACK, WEEKDAY_ENTITIES, "ASSAULT")
    assert events
    assert all(e.actor is None or e.actor.text != "سه‌شنبه" for e in events)


def test_an_unnamed_spokesman_speaks_for_his_body() -> None:
    """«یک سخنگوی طالبان»: some spokesman of the Taliban, not the person last named."""
    [event] = _events(WEEKDAY_ATTACK, WEEKDAY_ENTITIES, "ASSAULT")
    assert event.actor is not None and event.actor.text == "طالبان"
    assert event.target is not None and event.target.country == "USA"


@pytest.mark.parametrize("text", [
    "ماموران دیروز به دستور بازپرس حسن محمدی بازداشت کردند.",
    "دیروز به دستور دادستان حسن محمدی بازداشت کردند.",
])
def test_the_orderer_is_not_the_one_arrested(text: str) -> None:
    [event] = _events(text, [("حسن محمدی", "PER")], "COERCE")
    assert event.target is None or event.target.text != "حسن محمدی"


def test_the_one_named_after_the_orderer_is_released() -> None:
    text = "به دستور دادستان حسن محمدی، علی رضایی روز گذشته از زندان آزاد شد."
    [event] = _events(text, [("حسن محمدی", "PER"), ("علی رضایی", "PER")], "RETREAT")
    assert event.target is not None and event.target.text == "علی رضایی"


def test_an_active_act_keeps_its_subject_as_actor() -> None:
    text = "به دستور رئیس‌جمهور آمریکا، ارتش آمریکا روز گذشته به عراق حمله کرد."
    events = _events(text, [("آمریکا", "LOC"), ("آمریکا", "LOC"), ("عراق", "LOC")], "ASSAULT")
    assert events and events[0].target is not None and events[0].target.country == "IRQ"
