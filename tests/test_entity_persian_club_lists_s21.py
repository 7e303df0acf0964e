"""Clubs listed with their cities after a plural noun of kind («تیم‌های هسا اصفهان، پاس تهران
و سایپا تهران») are organisations, each with its city (bench/data/ENTITIES-GOLD.md: a club
keeps the city written after it); an item that is only a place is a provincial team and stays
a place (khabar.entities.persian_club_lists; issue 5, session 21 (2026-12-06), engineer
ent_fa_clubs). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.persian_club_lists import club_lists
from khabar.entities.words import words


def places(text: str, *names: str) -> list[Entity]:
    found = []
    for name in names:
        start = text.index(name)
        while any(e.start == start for e in found):
            start = text.index(name, start + 1)
        found.append(Entity(start, start + len(name), type="LOC", text=name, source="gazetteer"))
    return sorted(found, key=lambda e: e.start)


def orgs(text: str, found: list[Entity]) -> list[str]:
    return [e.text for e in club_lists(text, words(text), found) if e.type == "ORG"]


@pytest.mark.parametrize(("text", "cities", "clubs"), [
    ("در لیگ برتر تیم‌های هسا اصفهان، پاس تهران و سایپا تهران ثبت نام کرده اند.",
     ("اصفهان", "تهران", "تهران"), ["هسا اصفهان", "پاس تهران", "سایپا تهران"]),
    # provincial teams (a place alone) stay places, the list goes on past them
    ("در لیگ تیم‌های لرستان، ایلام، پاس تهران، شهید عطایی زنجان و فتح یاران زنجان اعلام "
     "آمادگی کردند.",
     ("لرستان", "ایلام", "تهران", "زنجان", "زنجان"),
     ["پاس تهران", "شهید عطایی زنجان", "فتح یاران زنجان"]),
    # a lead of examples after the head
    ("در لیگ باشگاه‌های بزرگی همچون نفت آبادان، استقلال اهواز و ذوب آهن اصفهان حضور دارند.",
     ("آبادان", "اهواز", "اصفهان"), ["نفت آبادان", "استقلال اهواز", "ذوب آهن اصفهان"]),
    # the last item glued to «و» (a Hamshahri habit): the «و» left out
    ("در لیگ تیم‌های هسا اصفهان، پاس تهران وسایپا تهران ثبت نام کردند.",
     ("اصفهان", "تهران", "تهران"), ["هسا اصفهان", "پاس تهران", "سایپا تهران"]),
])
def test_clubs_in_a_list_keep_their_cities(text: str, cities: tuple[str, ...],
                                           clubs: list[str]) -> None:
    assert orgs(text, places(text, *cities)) == clubs


@pytest.mark.parametrize(("text", "cities"), [
    # one name only, the rest places: an adjective before a city, no list of clubs
    ("در لیگ تیم‌های منتخب تهران، اصفهان و شیراز بازی کردند.", ("تهران", "اصفهان", "شیراز")),
    # a pair with no comma is the pair rule's (persian_club_pairs)
    ("در لیگ تیم‌های پاس تهران و سایپا تهران بازی کردند.", ("تهران", "تهران")),
    # no sport word: not a sports report
    ("تیم‌های هسا اصفهان، پاس تهران و سایپا تهران آمدند.", ("اصفهان", "تهران", "تهران")),
    # a category or a sport before the city is no club's name
    ("در لیگ تیم‌های جوانان تهران، نوجوانان اصفهان و امید شیراز بازی کردند.",
     ("تهران", "اصفهان", "شیراز")),
])
def test_no_club_list(text: str, cities: tuple[str, ...]) -> None:
    assert orgs(text, places(text, *cities)) == []


def test_the_pipeline_reads_the_listed_clubs() -> None:
    doc = khabar.process("گروه ورزشی: در لیگ برتر تکواندو تیم‌های هسا اصفهان، پاس تهران و "
                         "سایپا تهران ثبت نام کرده اند.", meta={"date": "2004-05-17"})
    names = [e.text for e in doc.entities if e.type == "ORG"]
    assert {"هسا اصفهان", "پاس تهران", "سایپا تهران"} <= set(names)
