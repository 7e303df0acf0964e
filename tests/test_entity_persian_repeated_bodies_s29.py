"""A Persian body named by a head noun and its description alone, which the article writes
twice with its end seen, is an organisation (``persian_repeated_bodies``, issue 5, session
29 (2026-12-07), engineer ent_fa15): «شرکت کنترل ترافیک» of the studied set orgs23, which no
place closes and the tagger missed."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_repeated_bodies import repeated_bodies
from khabar.entities.words import words


def _place(text: str, name: str, at: int = 0) -> Entity:
    start = text.index(name, at)
    return Entity(start, start + len(name), type="LOC", text=name, source="gazetteer")


def _orgs(text: str, *kept: Entity) -> list[str]:
    return [e.text for e in repeated_bodies(text, words(text), list(kept)) if e.type == "ORG"]


@pytest.mark.parametrize(("text", "expected"), [
    # the studied miss: a verb's noun («معرفی شد») after the second writing is no part of it
    ("مدیرعامل شرکت کنترل ترافیک افزود: چراغ‌ها هوشمند می‌شوند. مهندس بهروز به عنوان "
     "مدیرعامل جدید شرکت کنترل ترافیک معرفی شد.",
     ["شرکت کنترل ترافیک", "شرکت کنترل ترافیک"]),
    # two writings that go on differently end the name where they part
    ("سازمان بین‌المللی کار اعلام کرد که بیکاری افزایش یافته است. سازمان بین‌المللی کار، "
     "پیش‌بینی می‌کند.",
     ["سازمان بین‌المللی کار", "سازمان بین‌المللی کار"]),
    # a «و» inside the name is read, as in a described body's chain
    ("گزارش سازمان توسعه و همکاری‌های اقتصادی منتشر شد. اعضای سازمان توسعه و همکاری‌های "
     "اقتصادی، سی کشورند.",
     ["سازمان توسعه و همکاری‌های اقتصادی", "سازمان توسعه و همکاری‌های اقتصادی"]),
])
def test_a_description_written_twice_names_a_body(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize("text", [
    # written once
    "مدیرعامل شرکت کنترل ترافیک افزود: چراغ‌ها هوشمند می‌شوند.",
    # one word after the head is as often an adjective of kind
    "رئیس شورای عالی گفت. اعضای شورای عالی آمدند.",
    # the end is never seen: a compound verb's noun («معرفی می شوند») both times
    "دانشجویانی که از طرف سازمان سنجش معرفی می شوند. دانشجویانی که از طرف سازمان سنجش "
    "معرفی می شوند.",
    # the object's «را» both times: the last word is the object
    "حزب کارگر اکثریت را در پارلمان دارد. در انتخابات پیشین حزب کارگر اکثریت را کسب کرد.",
    # a word that refers back makes the head a common noun
    "ضمانت را از شرکت مذکور دریافت نکرده است. شرکت مذکور دریافت کرد.",
    # a court named by its kind
    "پرونده به دادگاه تجدید نظر رفت. رای دادگاه تجدید نظر، قطعی است.",
    # a unit in its parent's genitive: the parent is the name
    "بودجه سازمان فرهنگی هنری شهرداری تهران کم است. امنای سازمان فرهنگی هنری شهرداری "
    "تهران آمدند.",
])
def test_no_body(text: str) -> None:
    assert _orgs(text) == []


def test_a_place_closes_the_chain() -> None:
    # the gazetteer's place ends the name
    text = ("دانشجویان دانشگاه تکنولوژی پکن، همایشی دارند. همایش در دانشگاه تکنولوژی "
            "پکن برگزار شد.")
    places = [_place(text, "پکن"), _place(text, "پکن", text.index("پکن") + 3)]
    assert _orgs(text, *places) == ["دانشگاه تکنولوژی پکن", "دانشگاه تکنولوژی پکن"]


@pytest.mark.parametrize("text", [
    "سهام شرکت گسترش سرمایه گذاری ایران خودرو عرضه شد. سهم شرکت گسترش سرمایه گذاری ایران "
    "خودرو در بورس عرضه شد.",
    # «و» and a word of a chain after the place: the name may go on («... تهران و حومه»)
    "شرکت راه آهن شهری ایران و حومه اعلام کرد. بودجه شرکت راه آهن شهری ایران و حومه کم است.",
])
def test_a_name_going_on_after_its_place_is_left_alone(text: str) -> None:
    places = [_place(text, "ایران"), _place(text, "ایران", text.index("ایران") + 5)]
    assert _orgs(text, *places) == []


def test_a_name_after_a_noun_of_kind_stays_the_taggers() -> None:
    text = "محققان شرکت داروسازی سی اس ال گفتند. مقامات شرکت داروسازی سی اس ال تأیید کردند."
    start = text.index("داروسازی")
    tagged = Entity(start, start + len("داروسازی"), type="ORG", text="داروسازی", source="crf")
    assert _orgs(text, tagged) == ["داروسازی"]


def test_the_pipeline_reads_the_studied_miss() -> None:
    import khabar

    text = ("معاون شهردار تهران در مراسم معارفه مدیرعامل جدید شرکت کنترل ترافیک افزود: تونل "
            "رسالت تجهیز می‌شود. در این مراسم مهندس بهروز رسماً به عنوان مدیرعامل جدید شرکت "
            "کنترل ترافیک معرفی شد.")
    doc = khabar.process(text, meta={})
    orgs = [doc.text[e.start:e.end] for e in doc.entities if e.type == "ORG"]
    assert orgs.count("شرکت کنترل ترافیک") == 2
