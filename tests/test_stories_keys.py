"""Story keys: which language-neutral keys two reports share, and how much each weighs."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from khabar.settings import Settings
from khabar.stories.cluster import (
    StoryCandidate,
    best_story,
    blocking_keys,
    candidate_from_record,
    key_weight,
    record_keys,
    title_numbers,
)

ISLAMABAD, KARACHI = "geonames:1176615", "geonames:1174872"


@pytest.mark.parametrize(
    ("title", "numbers"),
    [
        ("سیل در میانمار ۴۶ کشته برجا گذاشت", {"46"}),
        ("46 قتيلاً و200 ألف متضرر بسبب فيضانات بورما", {"46", "200"}),
        ("مقتل ٢٥ مسلحا في حلب", {"25"}),
        ("۱٬۲۰۰ زائر و 1,200 حاج", {"1200"}),
        ("تولید ۱۲٫۵ میلیون تن گندم", {"12.5"}),
        ("بودجه 1404 و موازنة 2025 و 1446 هـ", set()),
        ("مقتل 3 جنود", set()),
        ("مراسم ۱۵ خرداد با ۲۰ هزار شرکت‌کننده", {"20"}),
        ("23 يوليو: 40 قتيلاً", {"40"}),
        ("هجوم في يوليو 23", set()),
        ("«إعمار» تسجل نمواً بنسبة 12% و«موبايلي» تخسر 945 مليون", {"945"}),
        ("رشد ۱۰ درصد صادرات و ارتفاع 15 بالمئة", set()),
        ("افزایش ۳۲ درصدی بارش و ۱۴۰درصدی کشفیات", set()),
        ("جلسه ۱۳۹۴/۰۵/۱۲ ساعت ۱۰:۳۰ و رشد ۵/۲۷ برابر با ۴۰ کشته", {"40"}),
        ("2015/07/23: 23/7 و 30 قتيلا", {"30"}),
        ("باران در گلستان بارید/ ۴۶ کشته و ۱۲ / ۲۰ زخمی", {"46", "12", "20"}),
        (None, set()),
    ],
)
def test_headline_numbers(title: str | None, numbers: set[str]) -> None:
    """Digits of any script meet; years, single digits, days of a named month and rates are
    no figure of a happening."""
    assert title_numbers(title) == numbers


def _record(article_id: str, lang: str, title: str, keys: list[str]) -> dict[str, Any]:
    return {"id": article_id, "lang": lang, "title": title, "published": "2015-08-04",
            "text": f"{article_id} {title}",
            "entities": [{"type": "LOC", "kb_id": key} for key in keys]}


@pytest.mark.parametrize(
    ("fa_title", "joined", "reason"),
    [
        ("سیل در کراچی ۴۶ کشته برجا گذاشت", True,
         "one city and the same toll in both headlines: one happening told in two scripts"),
        ("سیل در کراچی ۱۲ کشته برجا گذاشت", False,
         "one city and another toll: one shared city is too little"),
    ],
)
def test_a_headline_toll_is_a_key_in_any_script(fa_title: str, joined: bool,
                                                reason: str) -> None:
    ar = candidate_from_record(_record("ar", "ar", "46 قتيلاً في فيضانات كراتشي", [KARACHI]))
    fa = candidate_from_record(_record("fa", "fa", fa_title, [KARACHI]))
    assert (best_story(fa, [("s", ar)], Settings()) == "s") is joined, reason


def test_headline_numbers_are_keys_but_find_no_neighbours() -> None:
    """A number alone never joins, so the store does not look neighbours up by it."""
    candidate = candidate_from_record(_record("a", "ar", "46 قتيلاً", [KARACHI]))
    assert "num:46" in record_keys(_record("a", "ar", "46 قتيلاً", []))
    assert "num:46" in candidate.keys and "num:46" not in blocking_keys(candidate)
    assert key_weight("num:46") == 1.0


def _keyed(name: str, keys: set[str]) -> StoryCandidate:
    return StoryCandidate(name, date(2015, 7, 21), frozenset(keys), "ar", None, ())


@pytest.mark.parametrize(
    ("shared", "joined", "reason"),
    [
        ({"region:middle-east", ISLAMABAD}, False,
         "a region and a city: the Middle East is named by a week's essays and news alike"),
        ({KARACHI, ISLAMABAD}, True, "two cities in common are enough"),
    ],
)
def test_regions_weigh_as_little_as_countries(shared: set[str], joined: bool,
                                              reason: str) -> None:
    assert key_weight("region:middle-east") == key_weight("geonames:130758") < 1.0
    a, b = _keyed("a", shared), _keyed("b", shared)
    assert (best_story(a, [("s", b)], Settings()) == "s") is joined, reason
