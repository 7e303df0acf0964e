"""Two Persian teams named as a pair after «دو تیم» or «تیم‌های» are both organisations
(khabar.entities.persian_club_pairs; issue 5, session 17 (2026-12-06), engineer ent_clubs).
Sentences written for these tests; the tagger's entities are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_club_pairs import club_pairs
from khabar.entities.persian_clubs import add_club_repeats
from khabar.entities.words import words

SPORT = " این دیدار در لیگ برتر فوتبال است."


def tagged(text: str, name: str, kind: str = "ORG") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, source="crf")


def orgs(text: str, *given: tuple[str, str]) -> list[str]:
    text += SPORT
    found = club_pairs(text, words(text), [tagged(text, n, k) for n, k in given])
    for e in found:
        assert text[e.start:e.end] == e.text
    return sorted(e.text for e in found if e.type == "ORG")


@pytest.mark.parametrize(("text", "given", "want"), [
    # a person the tagger read in the second name is the team; the first name too
    ("دو تیم گیتی پسند و فیروز صفه در ورزشگاه به مصاف هم رفتند.",
     [("فیروز صفه", "PER")], ["فیروز صفه", "گیتی پسند"]),
    # the second name ends at a place (a club keeps its city) or at a stop word
    ("تیم‌های راه‌آهن و استقلال خوزستان فردا بازی می‌کنند.",
     [("راه‌آهن", "ORG"), ("خوزستان", "LOC")], ["استقلال خوزستان", "راه‌آهن"]),
    ("تیم‌های پرسپولیس و نفت آبادان کرمان به مصاف هم رفتند.",
     [("پرسپولیس", "ORG")], ["نفت آبادان کرمان", "پرسپولیس"]),
    # the sport after the head is no part of the name
    ("تیم‌های فوتسال صبای قم و مقاومت البرز بازی کردند.",
     [("صبای قم", "ORG"), ("البرز", "LOC")], ["صبای قم", "مقاومت البرز"]),
    # a second name that may run on (no stop, mark or place within three words) is not read
    ("تیم‌های فوتسال صبای قم و مقاومت نیروی هوایی کشور بازی کردند.",
     [("صبای قم", "ORG")], ["صبای قم"]),
    # an organisation starting the second name gives its extent
    ("تیم‌های استقلال و داماش گیلان مقابل هم قرار می‌گیرند.",
     [("استقلال", "ORG"), ("داماش گیلان", "ORG")], ["استقلال", "داماش گیلان"]),
])
def test_pairs_read(text: str, given: list[tuple[str, str]], want: list[str]) -> None:
    assert orgs(text, *given) == want


@pytest.mark.parametrize(("text", "given"), [
    # neither name touches a person or an organisation: an adjective pair
    ("تیم‌های محسوس و نا محسوس در شهر مستقر شدند.", []),
    # a team category opens the first name: a national team
    ("دو تیم ملی کره جنوبی و ازبکستان بازی کردند.", [("کره جنوبی", "LOC")]),
    # a name that is only a place: provincial teams
    ("تیم‌های زنجان و آذربایجان شرقی دوم شدند.", [("زنجان", "LOC"), ("آذربایجان شرقی", "ORG")]),
    # an entity starts inside the name (an adjective before it)
    ("تیم‌های قعرنشین شهرداری سمنان و بابلسر مقابل هم هستند.", [("شهرداری سمنان", "ORG")]),
    # an entity runs out of the name (the tagger's span over both)
    ("تیم‌های استقلال و پرسپولیس در تهران بازی کردند.", [("استقلال و پرسپولیس", "ORG")]),
    # a list with a comma is no pair
    ("تیم‌های فولاد، سپاهان و پیکان کمک گرفتند.", [("پیکان", "ORG")]),
    # a team category alone is no team («تیم [امید]»)
    ("دو تیم امید و جوانان در اردو هستند.", [("امید", "ORG")]),
    # a word that opens a new phrase before «و»: no name
    ("تیم‌های اعزامی از سپاهان و ذوب آهن در اردو هستند.", [("ذوب آهن", "ORG")]),
])
def test_pairs_not_read(text: str, given: list[tuple[str, str]]) -> None:
    text_all = text + SPORT
    before = sorted(n for n, k in given if k == "ORG")
    assert all(n in text_all for n, _ in given)
    assert orgs(text, *given) == before


def test_a_given_name_read_alone_gives_no_extent() -> None:
    # at this stage a given name may be read alone; the name runs to the stop word
    assert orgs("دو تیم گیتی پسند و فیروز صفه در سالن بازی کردند.", ("فیروز", "PER")) == [
        "فیروز صفه", "گیتی پسند"]


def test_no_sport_no_pair() -> None:
    text = "دو تیم گیتی پسند و فیروز صفه در شهر هستند."
    given = [tagged(text, "فیروز صفه", "PER")]
    assert club_pairs(text, words(text), given) == given


def test_pair_spreads_to_bare_mentions() -> None:
    text = ("دو تیم گیتی پسند و فیروز صفه در سالن بازی کردند. فیروز صفه در فصل نقل و"
            " انتقال فعال بود." + SPORT)
    tokens = words(text)
    found = add_club_repeats(text, tokens, club_pairs(text, tokens, [
        tagged(text, "فیروز صفه", "PER")]))
    assert [e.text for e in found if e.type == "ORG"] == ["گیتی پسند", "فیروز صفه", "فیروز صفه"]


def test_mention_leaves_a_tatweel_dash_out() -> None:
    text = "دو تیم گیتی پسند و فیروز صفه در سالن بازی کردند. گیتی پسند ـ فیروز صفه (سالن)" + SPORT
    tokens = words(text)
    found = add_club_repeats(text, tokens, club_pairs(text, tokens, [
        tagged(text, "فیروز صفه", "PER")]))
    assert "گیتی پسند" in [e.text for e in found if e.start > text.index("(") - 30]
    assert all(not e.text.endswith("ـ") and not e.text.endswith(" ") for e in found)
