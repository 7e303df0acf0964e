"""find_dates, session 18 (2026-12-06), issue 4: a part of the day before a day word or
weekday («صباح اليوم», «مساء أمس», «فجر الأحد», «صبح امروز», «عصر دیروز») is part of the
mention; its value stays the day."""

from __future__ import annotations

from datetime import datetime

import pytest

from khabar.meta import find_dates

REFERENCE = datetime(2015, 7, 21, 12, 0)  # a Tuesday

# (text, lang, mention, day)
WIDENED = [
    ("وصل الوزير صباح اليوم إلى الرياض", "ar", "صباح اليوم", "2015-07-21"),
    ("اندلع حريق مساء أمس في حي", "ar", "مساء أمس", "2015-07-20"),
    ("سقطت الطائرة بعد ظهر أمس في المطار", "ar", "بعد ظهر أمس", "2015-07-20"),
    ("وتواصلت العمليات فجر الأحد ضد", "ar", "فجر الأحد", "2015-07-19"),
    ("تغادر البعثة مساء اليوم الاثنين", "ar", "مساء اليوم الاثنين", "2015-07-21"),
    ("ومساء الأحد، قتل", "ar", "مساء الأحد", "2015-07-19"),
    ("التقى الوفد مساء يوم الأربعاء الماضي", "ar", "مساء يوم الأربعاء الماضي", "2015-07-15"),
    ("وزیر صبح امروز در جمع کشاورزان گفت", "fa", "صبح امروز", "2015-07-21"),
    ("احمدی نژاد عصر دیروز وارد ریاض شد", "fa", "عصر دیروز", "2015-07-20"),
    ("او بعد از ظهر امروز در نشست گفت", "fa", "بعد از ظهر امروز", "2015-07-21"),
    ("بامداد روز شنبه هر هفته", "fa", "بامداد روز شنبه", "2015-07-18"),
]


@pytest.mark.parametrize("text,lang,mention,day", WIDENED)
def test_day_part_opens_the_mention(text: str, lang: str, mention: str, day: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang=lang)
    assert [(m.text, m.value[:10]) for m in found] == [(mention, day)]
    assert text[found[0].start:found[0].end] == mention


def test_day_part_after_an_hour_stays_the_hours() -> None:
    """«السادسة مساء اليوم»: «مساء» tells the hour's half of the day, not the day's."""
    text = "من الثانية إلى السادسة مساء اليوم السبت"
    found = find_dates(text, reference=REFERENCE, lang="ar")
    assert [m.text for m in found] == ["اليوم السبت"]


@pytest.mark.parametrize("text,mentions", [
    ("ساعت 10 صبح روز سه شنبه", ["ساعت 10 صبح", "روز سه شنبه"]),
    ("ساعت ده و نیم صبح امروز", ["ساعت ده و نیم صبح", "امروز"]),
])
def test_day_part_inside_an_earlier_time_is_not_taken_twice(text: str, mentions: list[str]) -> None:
    """«ساعت ده و نیم صبح امروز»: «صبح» belongs to the time before it (mentions never overlap)."""
    found = find_dates(text, reference=REFERENCE, lang="fa")
    assert [m.text for m in found] == mentions


def test_night_words_are_not_widened() -> None:
    """«ليلة الأحد» names the evening before the weekday as often as its night."""
    found = find_dates("وقع الحادث ليلة الأحد", reference=REFERENCE, lang="ar")
    assert [m.text for m in found] == ["الأحد"]


@pytest.mark.parametrize("text,lang,mention", [
    ("آقای خاتمی پیش از ظهر یکشنبه تهران را ترک کرد", "fa", "پیش از ظهر یکشنبه"),
    ("غادر باريس قبل ظهر أمس بعد زيارة", "ar", "قبل ظهر أمس"),
])
def test_before_noon_is_one_part_of_the_day(text: str, lang: str, mention: str) -> None:
    """«پیش از ظهر» (forenoon) is one part of the day, not «ظهر» (noon)."""
    assert [m.text for m in find_dates(text, reference=REFERENCE, lang=lang)] == [mention]
