"""Two-digit years, months given by number, and the fast paths of the date finder."""

from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.meta import find_dates
from khabar.meta import lexicon as lx
from khabar.meta.calendars import full_year
from khabar.meta.grammar import digit_starts

REFERENCE = datetime(2013, 2, 12, 10, 0, tzinfo=ZoneInfo("Asia/Tehran"))  # 24 Bahman 1391

# (text, lang, span, value, reason)
SHORT_YEARS = [
    ("۱۵ خرداد ۸۲، در تهران", "fa", "۱۵ خرداد ۸۲", "2003-06-05",
     "Jalali 82 near 1391 is 1382 (a comma ends the date)"),
    ("دوم خرداد 76", "fa", "دوم خرداد 76", "1997-05-23", "ordinal day, year at the end"),
    ("3 فوریه 82", "fa", "3 فوریه 82", "1982-02-03", "Gregorian 82 near 2013 is 1982"),
    ("في 5 مارس 05.", "ar", "5 مارس 05", "2005-03-05", "05 near 2013 is 2005"),
    ("اواخر مهر ۹۰", "fa", "اواخر مهر ۹۰", "2011-10-13", "a part of a month with a short year"),
]


@pytest.mark.parametrize(("text", "lang", "span", "value", "reason"), SHORT_YEARS)
def test_two_digit_years(text: str, lang: str, span: str, value: str, reason: str):
    found = find_dates(text, reference=REFERENCE, lang=lang)
    assert [(m.text, m.value) for m in found] == [(span, value)], reason
    assert found[0].confidence < 0.8, "a century chosen by a default is less certain"


@pytest.mark.parametrize(("text", "lang", "span", "reason"), [
    ("در ۱۵ خرداد ۸۲ نفر کشته شدند", "fa", "۱۵ خرداد", "a word follows: 82 people, not 1382"),
    ("3 فوریه 82 درصد", "fa", "3 فوریه", "82 percent"),
    ("۱۵ خرداد ۸۲/۵", "fa", "۱۵ خرداد", "a fraction, not a year"),
])
def test_two_digit_number_after_a_date_is_not_its_year(
    text: str, lang: str, span: str, reason: str
):
    assert [m.text for m in find_dates(text, reference=REFERENCE, lang=lang)] == [span], reason


def test_two_digit_year_needs_a_reference():
    assert find_dates("۱۵ خرداد ۸۲،", lang="fa") == []  # which century is unknown


def test_strict_month_name_takes_no_two_digit_year():
    assert find_dates("می 82.", reference=REFERENCE, lang="fa") == []  # می is also a verb prefix


@pytest.mark.parametrize(("short", "near", "year"), [
    (82, 2012, 1982), (5, 2012, 2005), (32, 2012, 2032), (33, 2012, 1933),
    (82, 1391, 1382), (3, 1403, 1403), (99, 1403, 1399), (0, 1999, 2000),
])
def test_full_year(short: int, near: int, year: int):
    assert full_year(short, near) == year


@given(st.integers(0, 99), st.integers(1100, 2500))
def test_full_year_lies_in_the_window(short: int, near: int):
    year = full_year(short, near)
    assert year % 100 == short
    assert near - 80 <= year <= near + 20


# (text, span, value, reason)
NUMERIC_MONTHS = [
    ("بداية شهر 3", "بداية شهر 3", "2013-03-01", "the start of month 3: March, first ten days"),
    ("في 15 من شهر 11 2023", "15 من شهر 11 2023", "2023-11-15", "day, of, month number, year"),
    ("يوم 20 شهر 2", "20 شهر 2", "2013-02-20", "no year: placed near the reference"),
]


@pytest.mark.parametrize(("text", "span", "value", "reason"), NUMERIC_MONTHS)
def test_month_by_number(text: str, span: str, value: str, reason: str):
    found = find_dates(text, reference=REFERENCE, lang="ar")
    assert [(m.text, m.value, m.calendar) for m in found] == [(span, value, "gregorian")], reason


@pytest.mark.parametrize(("text", "reason"), [
    ("لمدة شهر 3 أيام", "a unit follows: not a month"),
    ("شهر 13", "no month 13"),
    ("بداية شهر 3/5", "a fraction"),
])
def test_month_number_non_dates(text: str, reason: str):
    assert find_dates(text, reference=REFERENCE, lang="ar") == [], reason


def test_persian_month_word_is_not_a_month_number():
    assert find_dates("اوایل ماه 3", reference=REFERENCE, lang="fa") == []  # "3 ماه" is a count


@pytest.mark.parametrize(("text", "starts"), [
    ("1403/11/01", [0]),
    ("ساعت 10:30", [5]),
    ("نسخه 2.5 و 3,000", [5, 11]),
    ("abc", []),
])
def test_digit_starts(text: str, starts: list[int]):
    assert digit_starts(lx.for_matching(text)) == starts


def _chain(text: str) -> str:
    saved = lx.TRANSLATE_BELOW
    lx.TRANSLATE_BELOW = 0
    try:
        return lx.for_matching(text)
    finally:
        lx.TRANSLATE_BELOW = saved


@settings(max_examples=300)
@given(st.lists(st.sampled_from(sorted(chr(c) for c in lx.match_table()) + list(
    "abc 123\n\u200c\u0640ابپ۱٢ءأ")), max_size=60).map("".join))
def test_short_and_long_fold_agree(text: str):
    assert lx.for_matching(text) == _chain(text)
    assert len(lx.for_matching(text)) == len(text)


def test_fold_of_a_slice_is_the_slice_of_the_fold():
    """``sources`` folds ``raw`` once and slices it: the fold is character by character."""
    rnd = random.Random(4)
    text = "".join(rnd.choice("ابپ ۱٢ءأ\u200c\u0640ي\nكa1") for _ in range(2000))
    whole = lx.for_matching(text)
    for start in range(0, 2000, 37):
        assert lx.for_matching(text[start:start + 90]) == whole[start:start + 90]
