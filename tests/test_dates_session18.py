"""find_dates, session 18 (2026-12-06), issue 4: relative day phrases read as a whole."""

from __future__ import annotations

from datetime import datetime

import pytest

from khabar.meta import find_dates

REFERENCE = datetime(2015, 7, 21, 12, 0)  # a Tuesday

# (text, lang, mention, day, reason)
RELATIVE_DAYS = [
    ("أقامت الوزارة أمس الأول حفلا", "ar", "أمس الأول", "2015-07-19",
     "«أمس الأول» is the day before yesterday (= «أول أمس»), not yesterday"),
    ("نفذت الشرطة مساء امس الاول حملة", "ar", "مساء امس الاول", "2015-07-19",
     "the same without hamza, as scraped text often writes it"),
    ("اختتمت اللجنة البارحة الأولى فعاليات المهرجان", "ar", "البارحة الأولى", "2015-07-19",
     "«البارحة الأولى»: the night before last, not «البارحة» (yesterday)"),
    ("وقال في تصريح الليلة الماضية إن", "ar", "الليلة الماضية", "2015-07-20",
     "«الليلة الماضية» is last night, not «الليلة» (tonight)"),
    ("شب گذشته دیدار نهایی برگزار شد", "fa", "شب گذشته", "2015-07-20",
     "«شب گذشته» is last night (= «دیشب»)"),
]


@pytest.mark.parametrize("text,lang,mention,day,reason", RELATIVE_DAYS)
def test_relative_day_phrases(text: str, lang: str, mention: str, day: str, reason: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang=lang)
    assert [(m.text, m.value[:10]) for m in found] == [(mention, day)], reason
    assert all(text[m.start:m.end] == m.text for m in found)


# (text, mention, day, reason): Arabic ordinal days above ten, as news writes them
ORDINAL_DAYS = [
    ("أبرم في يوم الثلاثاء الرابع عشر من شهر يوليو", "يوم الثلاثاء الرابع عشر من شهر يوليو",
     "2015-07-14", "«الرابع عشر» is the 14th, not «عشر» (10)"),
    ("في الحادي عشر من سبتمبر", "الحادي عشر من سبتمبر", "2015-09-11", "11th: «الحادي»"),
    ("الموافق السادس والعشرين من شهر يونيو 2015م", "السادس والعشرين من شهر يونيو 2015م",
     "2015-06-26", "unit ordinal + و + the tens"),
    ("يوم الحادي و العشرين من يوليو", "الحادي و العشرين من يوليو", "2015-07-21",
     "«و» written apart"),
    ("في الحادي والثلاثين من ديسمبر 2015", "الحادي والثلاثين من ديسمبر 2015", "2015-12-31",
     "31st"),
    ("في العشرين من يوليو", "العشرين من يوليو", "2015-07-20", "20th: the tens alone"),
]


@pytest.mark.parametrize("text,mention,day,reason", ORDINAL_DAYS)
def test_arabic_ordinal_days(text: str, mention: str, day: str, reason: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang="ar")
    assert [(m.text, m.value[:10]) for m in found] == [(mention, day)], reason


def test_twenty_of_an_age_is_no_date() -> None:
    assert find_dates("شاب في العشرين من عمره", reference=REFERENCE, lang="ar") == []


# (text, lang, expected [(mention, day)], reason)
PARTS_AND_DAYS = [
    ("در هفته اول اردیبهشت ماه", "fa", [],
     "an ordinal after «هفته» qualifies the week: no 1 Ordibehesht"),
    ("دهه اول محرم", "fa", [], "the first decade of Muharram is no 1 Muharram"),
    ("نیمه دوم مهر", "fa", [], "the second half of Mehr is no 2 Mehr"),
    ("في النصف الثاني من يوليو", "ar", [], "the second half of July is no 2 July"),
    ("الأسبوع الثالث من يوليو", "ar", [], "the third week of July is no 3 July"),
    ("روز دوم مهر", "fa", [("دوم مهر", "2015-09-24")], "«روز» is a day: its ordinal is one"),
    ("بدءا من 20 من الشهر الجاري", "ar", [("20 من الشهر الجاري", "2015-07-20")],
     "a day of the current month, not the whole month"),
    ("وحتى الخامس من الشهر المقبل", "ar", [("الخامس من الشهر المقبل", "2015-08-05")],
     "an ordinal day of next month"),
    ("صدرت يوم الرابع عشر من هذا الشهر", "ar", [("الرابع عشر من هذا الشهر", "2015-07-14")],
     "«هذا الشهر» with a compound ordinal"),
    ("في وقت سابق من الشهر الجاري", "ar", [("الشهر الجاري", "2015-07-01")],
     "no day before «من»: the month stays a month"),
]


@pytest.mark.parametrize("text,lang,expected,reason", PARTS_AND_DAYS)
def test_parts_and_days_of_months(text: str, lang: str, expected: list[tuple[str, str]],
                                  reason: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang=lang)
    assert [(m.text, m.value[:10]) for m in found] == expected, reason
    assert all(text[m.start:m.end] == m.text for m in found)


# (text, mention, value, until, reason): a month glossed with the other series' name
GLOSSED_MONTHS = [
    ("انطلقت في 18 ديسمبر (كانون الأول) 2010 وأطاحت", "18 ديسمبر (كانون الأول) 2010",
     "2010-12-18", None, "the year after the gloss belongs to the date (was the nearest 18 Dec)"),
    ("في 25 يوليو (تموز) الماضي", "25 يوليو (تموز) الماضي", "2014-07-25", None,
     "«الماضي» after the gloss, as after «25 يوليو»"),
    ("في 5 سبتمبر (أيلول) عام 2013", "5 سبتمبر (أيلول) عام 2013", "2013-09-05", None,
     "«عام» + year after the gloss"),
    ("التي بدأت في مارس (آذار) الماضي", "مارس (آذار) الماضي", "2015-03-01", "2015-03-31",
     "a month with a modifier after the gloss"),
    ("في فيينا في 14 تموز/يوليو 2015", "14 تموز/يوليو 2015", "2015-07-14", None,
     "the gloss after a slash"),
    ("في نيسان (أبريل) 2013", "نيسان (أبريل) 2013", "2013-04-01", "2013-04-30",
     "Levantine name first, Egyptian gloss"),
]


@pytest.mark.parametrize("text,mention,value,until,reason", GLOSSED_MONTHS)
def test_glossed_months(text: str, mention: str, value: str, until: str | None,
                        reason: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang="ar")
    assert [(m.text, m.value[:10], m.until) for m in found] == [(mention, value, until)], reason
    assert all(text[m.start:m.end] == m.text for m in found)


# (text, lang, mention, first day, last day, reason): a part of a named month + "last"/"next"
MONTH_PARTS = [
    ("حتى إسقاطها في أواخر ديسمبر (كانون الأول) الماضي", "ar",
     "أواخر ديسمبر (كانون الأول) الماضي", "2014-12-21", "2014-12-31",
     "«الماضي»: the last December, not the nearest (the coming one)"),
    ("أواخر يوليو الماضي", "ar", "أواخر يوليو الماضي", "2014-07-21", "2014-07-31",
     "late July has not passed on 21 July: the one before"),
    ("مطلع سبتمبر المقبل", "ar", "مطلع سبتمبر المقبل", "2015-09-01", "2015-09-10", "next"),
    ("اواخر مهر گذشته", "fa", "اواخر مهر گذشته", "2014-10-13", "2014-10-22",
     "Persian «گذشته» after the month"),
]


@pytest.mark.parametrize("text,lang,mention,first,last,reason", MONTH_PARTS)
def test_month_parts_with_modifier(text: str, lang: str, mention: str, first: str, last: str,
                                   reason: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang=lang)
    assert [(m.text, m.value[:10], m.until) for m in found] == [(mention, first, last)], reason


# (text, expected [(mention, first day)], reason): a two-digit Jalali year after «سال»
SHORT_YEARS = [
    ("این طرح در سال ۹۴ به تصویب رسید", [("سال ۹۴", "2015-03-21")],
     "a function word closes the year's noun phrase: the year 1394"),
    ("فعالیت اش را از سال 63 با روزنامه آغاز کرد", [("سال 63", "1984-03-21")],
     "63 is 1363 near 1394 (the century of «خرداد ۸۲»)"),
    ("بودجه سال 85، 713 میلیارد ریال است", [("سال 85", "2006-03-21")], "a comma after it"),
    ("هر سال 20 درصد رشد", [], "a count after «سال» is no year"),
    ("دانش‌آموزان سال 3 دبیرستان", [], "a school year is no year either"),
]


@pytest.mark.parametrize("text,expected,reason", SHORT_YEARS)
def test_short_jalali_years(text: str, expected: list[tuple[str, str]], reason: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang="fa")
    assert [(m.text, m.value[:10]) for m in found] == expected, reason
    assert all(m.grain == "year" and m.calendar == "jalali" for m in found)


@pytest.mark.parametrize("text,mention,day", [
    ("في الثالث والرابع من يوليو", "والرابع من يوليو", "2015-07-04"),  # و glued on
    ("الموعد المحدد الثاني والعشرون من شهر ديسمبر", "الثاني والعشرون من شهر ديسمبر",
     "2015-12-22"),  # the nominative, not «والعشرون» (the 20th)
])
def test_ordinal_days_after_and(text: str, mention: str, day: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang="ar")
    assert [(m.text, m.value[:10]) for m in found] == [(mention, day)]
