"""Clock times in words, bare years, parts of a month and holidays (khabar.meta.periods)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.meta import find_dates
from khabar.meta.periods import holiday_day, year_bounds

REFERENCE = datetime(2025, 1, 20, 12, 0)  # a Monday; 1 Bahman 1403; 20 Rajab 1446


def only(text: str, **kwargs: object):
    found = find_dates(text, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


# (text, lang, expected value, reason)
WORDED_TIMES = [
    ("ساعت ده صبح", "fa", "2025-01-20T10:00+03:30", "Persian cardinal as the hour"),
    ("ساعت ده و نیم شب", "fa", "2025-01-20T22:30+03:30", "half past, at night"),
    ("ساعت ۱۰ و ربع", "fa", "2025-01-20T10:15+03:30", "digits with a quarter"),
    ("ساعت یک بعد از ظهر", "fa", "2025-01-20T13:00+03:30", "one in the afternoon"),
    ("الساعة العاشرة مساء", "ar", "2025-01-20T22:00+03:30", "feminine ordinal hour, PM"),
    ("الساعة الثالثة وربع العصر", "ar", "2025-01-20T15:15+03:30",
     "و glued to the fraction, العصر as afternoon"),
    ("الساعة ثلاثة وثمانية عشرة دقيقة صباحا", "ar", "2025-01-20T03:18+03:30",
     "cardinal hour and a composed teen of minutes"),
    ("الساعة الحادية عشرة والنصف", "ar", "2025-01-20T11:30+03:30", "two-word hour, half"),
    ("الساعة الثانية عشرة إلا ربعا", "ar", "2025-01-20T11:45+03:30",
     "a quarter to twelve counts back into the previous hour"),
]


@pytest.mark.parametrize(("text", "lang", "value", "reason"), WORDED_TIMES)
def test_clock_times_in_words(text: str, lang: str, value: str, reason: str) -> None:
    match = only(text, lang=lang, reference=REFERENCE)
    assert match.value == value, reason
    assert match.text == text


def test_worded_time_after_a_date_gives_a_date_time() -> None:
    match = only("دوشنبه 1 بهمن 1403 ساعت یازده صبح", lang="fa")
    assert (match.value, match.calendar) == ("2025-01-20T11:00+03:30", "jalali")


@pytest.mark.parametrize(("text", "why"), [
    ("ساعت بیست و پنج", "no hour 25 in words either"),
    ("الساعة", "an hour word alone is no time"),
])
def test_not_worded_times(text: str, why: str) -> None:
    assert find_dates(text, lang="fa" if "ساعت" in text else "ar", reference=REFERENCE) == [], why


# (text, lang, value, until, calendar, reason)
YEARS = [
    ("سال ۱۴۰۳", "fa", "2024-03-20", "2025-03-20", "jalali", "a Jalali year: 1 Farvardin on"),
    ("در سال 1357 انقلاب شد", "fa", "1978-03-21", "1979-03-20", "jalali", "historical year"),
    ("عام 2024", "ar", "2024-01-01", "2024-12-31", "gregorian", "a Gregorian year"),
    ("سال 2020 میلادی", "fa", "2020-01-01", "2020-12-31", "gregorian", "era word after it"),
    ("عام 1445 هـ", "ar", "2023-07-19", "2024-07-06", "hijri", "a Hijri year by its marker"),
]


@pytest.mark.parametrize(("text", "lang", "value", "until", "calendar", "reason"), YEARS)
def test_bare_years(text: str, lang: str, value: str, until: str, calendar: str,
                    reason: str) -> None:
    match = only(text, lang=lang)
    assert (match.value, match.until, match.calendar, match.grain) == (
        value, until, calendar, "year"), reason


def test_a_year_inside_a_full_date_is_no_separate_match() -> None:
    match = only("1 فروردین سال 1403", lang="fa")
    assert (match.value, match.grain) == ("2024-03-20", "day")


@given(st.integers(min_value=1300, max_value=1499))
def test_jalali_years_follow_each_other(year: int) -> None:
    this, following = year_bounds("jalali", year), year_bounds("jalali", year + 1)
    assert this is not None and following is not None
    assert (following[0] - this[1]).days == 1
    assert 365 <= (this[1] - this[0]).days + 1 <= 366


# (text, lang, reference, value, until, reason)
MONTH_PARTS = [
    ("اوایل مهر ۱۴۰۳", "fa", None, "2024-09-22", "2024-10-01", "first ten days of Mehr"),
    ("اواسط مهر ۱۴۰۳", "fa", None, "2024-10-02", "2024-10-11", "days 11-20"),
    ("اواخر اسفند ۱۴۰۳", "fa", None, "2025-03-11", "2025-03-20", "21 to the end of Esfand"),
    ("أواخر شهر مارس", "ar", REFERENCE, "2025-03-21", "2025-03-31",
     "no year: the nearest March, with شهر between"),
    ("منتصف يناير 2025", "ar", None, "2025-01-11", "2025-01-20", "mid-January"),
]


@pytest.mark.parametrize(("text", "lang", "reference", "value", "until", "reason"), MONTH_PARTS)
def test_parts_of_a_month(text: str, lang: str, reference: datetime | None, value: str,
                          until: str, reason: str) -> None:
    match = only(text, lang=lang, reference=reference)
    assert (match.value, match.until) == (value, until), reason


def test_a_part_of_a_month_without_year_or_reference_is_skipped() -> None:
    assert find_dates("اواخر بهمن", lang="fa") == []


# (text, lang, reference, value, calendar, reason)
HOLIDAYS = [
    ("نوروز ۱۴۰۴", "fa", None, "2025-03-21", "jalali", "Nowruz of a stated Jalali year"),
    ("عيد الفطر 2013", "ar", None, "2013-08-08", "hijri",
     "a Hijri holiday in a Gregorian year: 1 Shawwal 1434"),
    ("عید فطر سال ۱۴۰۳", "fa", None, "2024-04-10", "hijri",
     "a Hijri holiday in a Jalali year (Persian usage)"),
    ("عید قربان", "fa", REFERENCE, "2025-06-06", "hijri",
     "no year: the nearest Eid al-Adha to the reference"),
    ("روز قدس", "fa", datetime(2024, 4, 1), "2024-04-05", "hijri",
     "the last Friday of Ramadan 1445"),
    ("شب یلدا", "fa", REFERENCE, "2024-12-20", "jalali", "30 Azar"),
    ("نیمه شعبان", "fa", REFERENCE, "2025-02-14", "hijri",
     "a holiday wins over the part-of-month reading of the same words"),
    ("Christmas 2024", "en", None, "2024-12-25", "gregorian", "English"),
]


@pytest.mark.parametrize(("text", "lang", "reference", "value", "calendar", "reason"), HOLIDAYS)
def test_holidays(text: str, lang: str, reference: datetime | None, value: str, calendar: str,
                  reason: str) -> None:
    match = only(text, lang=lang, reference=reference)
    assert (match.value, match.calendar) == (value, calendar), reason


def test_dahe_fajr_is_a_stretch() -> None:
    match = only("دهه فجر ۱۴۰۳", lang="fa")
    assert (match.value, match.until) == ("2025-01-31", "2025-02-10")


@pytest.mark.parametrize(("text", "why"), [
    ("یلدا به مدرسه رفت", "یلدا alone is a given name"),
    ("أربعين شخصا", "أربعين is the number forty in Arabic"),
])
def test_holiday_names_that_are_other_words(text: str, why: str) -> None:
    lang = "ar" if "شخصا" in text else "fa"
    assert find_dates(text, lang=lang, reference=REFERENCE) == [], why


@given(st.integers(min_value=1400, max_value=1480))
def test_quds_day_is_a_friday_in_ramadan(year: int) -> None:
    day = holiday_day("hijri", year, 9, "last:4")
    assert day is not None and day.weekday() == 4
    assert holiday_day("hijri", year, 10, "1") - day <= (date(2000, 1, 8) - date(2000, 1, 1))


WEDNESDAY = datetime(2025, 1, 22, 12, 0)


# (text, lang, value, reason): the reference is Wednesday 22 January 2025
BARE_WEEKDAYS = [
    ("وزیر خارجه روز دوشنبه با همتای خود دیدار کرد.", "fa", "2025-01-20",
     "no future word: the nearest Monday (two days back)"),
    ("وزیر خارجه روز دوشنبه با همتای خود دیدار خواهد کرد.", "fa", "2025-01-27",
     "خواهد later in the sentence: the next Monday"),
    ("سوف يزور الرئيس دمشق يوم الاثنين.", "ar", "2025-01-27", "سوف before the weekday"),
    ("وسوف يزور الرئيس دمشق يوم الاثنين.", "ar", "2025-01-27", "سوف with و joined"),
    ("سيعود غدا. زار الرئيس دمشق يوم الاثنين.", "ar", "2025-01-20",
     "a future word in another sentence does not count"),
    ("The minister will visit Tehran on Wednesday.", "en", "2025-01-22",
     "a future weekday that is today's is today"),
]


@pytest.mark.parametrize(("text", "lang", "value", "reason"), BARE_WEEKDAYS)
def test_bare_weekday_with_and_without_a_future_word(text: str, lang: str, value: str,
                                                      reason: str) -> None:
    found = find_dates(text, lang=lang, reference=WEDNESDAY)
    assert found[-1].value == value, reason  # the weekday is the sentence's last date


# (text, lang, values, reason)
TIME_RANGES = [
    ("من الساعة 3 الى الساعة 4 بعد العصر", "ar", ["T15:00", "T16:00"],
     "the afternoon written after the second time applies to the first"),
    ("من الساعة الثالثة الى الساعة الرابعة مساءا", "ar", ["T15:00", "T16:00"], "in words"),
    ("از ساعت 10 تا 12 ظهر", "fa", ["T10:00", "T12:00"],
     "22:00 would come after noon: the first time stays in the morning"),
    ("از ساعت 9 صبح تا 5 عصر", "fa", ["T09:00", "T17:00"], "each has its own part of day"),
]


@pytest.mark.parametrize(("text", "lang", "values", "reason"), TIME_RANGES)
def test_a_part_of_the_day_shared_by_a_time_range(text: str, lang: str, values: list[str],
                                                   reason: str) -> None:
    found = find_dates(text, lang=lang, reference=WEDNESDAY)
    assert [m.value[10:16] for m in found] == values, reason


# (text, lang, value, until, reason): the reference is Wednesday 22 January 2025
RELATIVE_PARTS = [
    ("مطلع الشهر الجاري", "ar", "2025-01-01", "2025-01-10", "the first ten days of this month"),
    ("منتصف الشهر المقبل", "ar", "2025-02-11", "2025-02-20", "the middle of next month"),
    ("أواخر العام الماضي", "ar", "2024-09-01", "2024-12-31", "the last third of last year"),
    ("اواخر سال گذشته", "fa", "2023-11-22", "2024-03-19",
     "in Persian the year is Jalali (1402): Azar to Esfand"),
    ("اوایل ماه آینده", "fa", "2025-02-19", "2025-02-28",
     "22 January is 3 Bahman: next is the Jalali month Esfand 1403, days 1-10"),
    ("یکشنبه هفته گذشته", "fa", "2025-01-12", None,
     "a weekday of last week (the Persian week starts on Saturday)"),
    ("الأحد من الأسبوع المقبل", "ar", "2025-01-26", None,
     "a weekday of next week (a week starting on Sunday)"),
]


@pytest.mark.parametrize(("text", "lang", "value", "until", "reason"), RELATIVE_PARTS)
def test_parts_of_relative_periods(text: str, lang: str, value: str, until: str | None,
                                   reason: str) -> None:
    match = only(text, lang=lang, reference=WEDNESDAY)
    assert (match.value, match.until) == (value, until), reason
    assert match.text == text
