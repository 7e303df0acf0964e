"""Persian clubs named bare by a list in a sports report (khabar.entities.persian_listed_clubs),
the word of the whole country closing a listed national body's name and Azad University's
short name (khabar.entities.persian_units, ``scope_words_fa.txt``, ``orgs_fa.txt``); issue 5,
session 23 (2026-12-07), engineer ent_fa6 (ENTITIES-GOLD.md, orgs23: «برق شیراز»,
«فجرسپاسی», «سازمان مدیریت و برنامه ریزی کشور», «دانشگاه آزاد» missed). Sentences written
for these tests; the tagger's and the gazetteer's entities are given by hand."""

from __future__ import annotations

import pytest
from doc_builders import tagged

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_listed_clubs import add_listed_clubs
from khabar.entities.persian_units import add_listed_orgs
from khabar.kb.entries import KnowledgeBase


def place(text: str, name: str, at: int = 0) -> Entity:
    start = text.index(name, at)
    return Entity(start, start + len(name), type="LOC", text=name, source="gazetteer")


def clubs(text: str, kept: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in add_listed_clubs(text, words(text), kept)]


def test_a_listed_club_takes_the_city_the_gazetteer_read_after_it() -> None:
    text = "در دربی شیراز بازی برق شیراز و فجرسپاسی در ورزشگاه حافظیه برگزار شد."
    found = clubs(text, [place(text, "شیراز"), place(text, "شیراز", text.index("برق"))])
    assert ("ORG", "برق شیراز") in found
    assert ("ORG", "فجرسپاسی") in found
    assert ("LOC", "شیراز") in found  # the derby's town stays a place
    assert found.count(("LOC", "شیراز")) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("پرسپولیس در هفته چهارم لیگ برتر شکست خورد.", "پرسپولیس"),
    # spaces and ZWNJ do not count
    ("صبا باتری میزبان ابومسلم در لیگ برتر است.", "صبا باتری"),
    ("بازیکنان ذوب‌آهن امروز تمرین کردند.", "ذوب‌آهن"),
])
def test_a_bare_listed_club_in_a_sports_report(text: str, name: str) -> None:
    assert ("ORG", name) in clubs(text, [])


def test_a_person_the_tagger_read_gives_way() -> None:
    text = "صبا باتری میزبان ابومسلم در لیگ برتر است."
    found = clubs(text, [tagged(text, "ابومسلم", "PER")])
    assert ("ORG", "ابومسلم") in found and ("PER", "ابومسلم") not in found


def test_not_read_outside_a_sports_report() -> None:
    text = "سهام ذوب آهن و پرسپولیس در بورس عرضه شد."
    assert clubs(text, []) == []


def test_a_longer_organisation_holding_the_name_is_kept() -> None:
    text = "سهام سیمان سپاهان در روز بازی لیگ فوتبال عرضه شد."
    assert clubs(text, [tagged(text, "سیمان سپاهان", "ORG")]) == [("ORG", "سیمان سپاهان")]


def listed(text: str) -> list[str]:
    return [e.text for e in add_listed_orgs(text, words(text), [], KnowledgeBase.of([]))
            if e.type == "ORG"]


@pytest.mark.parametrize(("text", "name"), [
    ("هماهنگی سازمان مدیریت و برنامه ریزی کشور لازم است.",
     "سازمان مدیریت و برنامه ریزی کشور"),
    # «کشورمان» 'our country' is no part of the name
    ("هماهنگی سازمان مدیریت و برنامه ریزی کشورمان لازم است.",
     "سازمان مدیریت و برنامه ریزی"),
    ("دانشگاه آزاد به نفرات برتر کنکور بورس می‌دهد.", "دانشگاه آزاد"),
    ("دانشگاه آزاد اسلامی بورس می‌دهد.", "دانشگاه آزاد اسلامی"),
])
def test_listed_national_bodies(text: str, name: str) -> None:
    assert listed(text) == [name]


def test_a_club_named_whole_is_named_again_by_its_short_name() -> None:
    text = ("بازی برق شیراز و سپاهان در لیگ برتر برگزار شد. برق بهترین شرایط را داشت، "
            "اما این برق در ورزشگاه قطع شد.")
    found = add_listed_clubs(text, words(text), [place(text, "شیراز")])
    bare = [e.start for e in found if e.type == "ORG" and e.text == "برق"]
    assert bare == [text.index("برق بهترین")]  # not «این برق»
    assert "برق شیراز" in [e.text for e in found]


def test_a_short_name_alone_names_no_club() -> None:
    text = "برق ورزشگاه در بازی لیگ برتر قطع شد."
    assert clubs(text, []) == []


def test_a_short_name_read_as_a_person_alone_becomes_the_club() -> None:
    text = "سپاهان میزبان صبا باتری است. صبا اگرچه بازیکنی را ندارد، در لیگ امیدوار است."
    k = text.index("صبا اگرچه")
    person = Entity(k, k + 3, type="PER", text="صبا", source="crf")
    found = clubs(text, [person])
    assert ("PER", "صبا") not in found and found.count(("ORG", "صبا")) == 1
