"""Issue 6, session 30 (2026-12-07), engineer events_fa18: a Persian release («آزاد کردن/شدن»)
or seizure («ربود*», «ربوده شدن») whose object is a thing (prices, rates, funds, goods, a car)
or an idiom's fixed word («گوی سبقت را ربود») is no RETREAT and no ASSAULT
(persian_senses.thing_taken, other_senses_fa.tsv kinds thing, idiom, governs); a person, a
group or a count of persons keeps the act. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.entities.words import words
from khabar.events.lexicon import find_triggers
from khabar.events.persian_readings import other_sense_fa
from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"
KINDS = ("RETREAT", "ASSAULT")


def first_hit_other(text: str) -> bool:
    tokens = words(text)
    hits = [h for h in find_triggers(text, tokens, "fa") if h.trigger.type in KINDS]
    assert hits
    return other_sense_fa(hits[0], tokens)


@pytest.mark.parametrize("text", [
    # a rate, funds, a substance freed: liberalised or given off, no one set free
    "دولت کره جنوبی اعلام کرد از سال 1993 کلیه نرخ‌های بهره در این کشور آزاد گردید.",
    "با تصمیم بانک مرکزی 35 درصد از منابع بانک‌ها آزاد شد.",
    "دانشمندان گفتند این مقدار کربن آزاد شده در جو می‌ماند.",
    # a thing stolen
    "دو سارق اتومبیل معلم را ربودند و گریختند.",
    # an idiom: took the lead, won hearts
    "شرکت ایران خودرو گوی سبقت را از رقبای خود ربود.",
    "سایت ebay گوی رقابت را از گوگل ربود.",
])
def test_a_thing_is_no_act(text: str) -> None:
    assert first_hit_other(text)


@pytest.mark.parametrize("text", [
    # persons, a count of persons: the act stays
    "دولت یمن بیش از دو هزار زندانی را آزاد کرد.",
    "دو زندانی سوئدی در ایران آزاد شدند.",
    "افراد مسلح پنج دیپلمات ایرانی را در اربیل ربودند.",
    # persons seized with a thing
    "افراد مسلح خودرو و شهروندان را ربودند.",
    # money governed by a preposition is no subject of the release
    "گروگان فرانسوی در ازای پول آزاد شد.",
    # a thing in another clause, past a comma
    "با وجود پرداخت وجوه، کودک ربوده شد.",
])
def test_a_person_keeps_the_act(text: str) -> None:
    assert not first_hit_other(text)


def test_the_event_goes() -> None:
    text = "سایت ebay در ماه ژولای گوی رقابت را از گوگل ربود."
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    assert "ASSAULT" not in [e.type for e in find_events(doc, 4)]
