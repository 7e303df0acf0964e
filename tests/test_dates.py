"""find_dates: Jalali, Hijri and Gregorian expressions, zones, relative dates, spans."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.doc import Doc
from khabar.meta import dates_json, find_dates
from khabar.meta.lexicon import for_matching, known_langs, lexicon
from khabar.meta.stage import date_mentions

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
TEHRAN = ZoneInfo("Asia/Tehran")


def only(text: str, **kwargs: object):
    found = find_dates(text, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


# (text, lang, expected value, calendar, reason)
ABSOLUTE = [
    ("دوشنبه 1 بهمن 1403 - 09:53:26", "fa", "2025-01-20T09:53:26+03:30", "jalali",
     "news dateline: weekday, Latin digits, time with seconds, Tehran winter offset"),
    ("۲۰ مهر ۱۴۰۰ - ۲۰:۵۳", "fa", "2021-10-12T20:53+03:30", "jalali",
     "Persian digits; Iran's daylight saving had ended on 31 Shahrivar"),
    ("۱ بهمن ۱۴۰۳", "fa", "2025-01-20", "jalali", "date only"),
    ("1403/11/01", "fa", "2025-01-20", "jalali", "all-digit, year first: 14xx is Jalali in fa"),
    ("۱۴۰۳-۱۱-۰۱", "fa", "2025-01-20", "jalali", "Persian digits and dashes"),
    ("01/11/1403", "fa", "2025-01-20", "jalali", "all-digit, day first"),
    ("بیست و سوم اردیبهشت ۱۳۸۹", "fa", "2010-05-13", "jalali", "day as composed number words"),
    ("سی ام اسفند ۱۳۸۷", "fa", "2009-03-20", "jalali", "30 Esfand exists in leap year 1387"),
    ("12 دی‌ماه 1402", "fa", "2024-01-02", "jalali", "month name + ZWNJ + ماه"),
    ("پنجشنبه 26 شهريور 1394", "fa", "2015-09-17", "jalali", "Arabic yeh in a Persian month"),
    ("اول خرداد 1403", "fa", "2024-05-21", "jalali", "اول as the first day"),
    ("20 رجب 1446 هـ", "ar", "2025-01-20", "hijri", "Hijri month name and era marker"),
    ("1 محرم 1446 ه.ق", "fa", "2024-07-07", "hijri", "Persian Hijri marker ه.ق"),
    ("۱۵ شعبان ۱۴۴۵", "fa", "2024-02-25", "hijri", "a Hijri month name decides even in Persian"),
    ("1446/07/20 هـ", "fa", "2025-01-20", "hijri", "era marker overrides the Persian default"),
    ("١٤٤٦/٠٧/٢٠", "ar", "2025-01-20", "hijri", "all-digit 14xx in Arabic text is Hijri"),
    ("14-09-1432 هـ، 09:40 مساءً", "ar", "2011-08-14T21:40+04:30", "hijri",
     "day-first Hijri with era, Arabic comma and PM; Tehran was on summer time in 2011"),
    ("1 رمضان 1445 هـ", "ar", "2024-03-11", "hijri", "Ramadan 1445 began on 11 March 2024"),
    ("الإثنين ٢٠ يناير ٢٠٢٥ - ٠٣:٥٦ بتوقيت غرينتش", "ar", "2025-01-20T03:56+00:00",
     "gregorian", "Arabic-Indic digits, Egyptian month name, GMT zone words"),
    ("20 كانون الثاني 2025", "ar", "2025-01-20", "gregorian", "Levantine month name"),
    ("الأول من شباط 2013", "ar", "2013-02-01", "gregorian", "ordinal word + من + Levantine"),
    ("في 29 يوليو 1938 غزت", "ar", "1938-07-29", "gregorian", "historical date in a sentence"),
    ("7 يناير، 2015، الساعة 11:00 صباحاً", "ar", "2015-01-07T11:00+03:30", "gregorian",
     "commas, الساعة, صباحاً (tanwin) and the default Tehran zone"),
    ("12 ژانویه 2024", "fa", "2024-01-12", "gregorian", "Persian transliterated month"),
    ("۵ می ۲۰۲۰", "fa", "2020-05-05", "gregorian", "می is May only beside a year"),
    ("12October 2021", "fa", "2021-10-12", "gregorian", "English month glued to the day"),
    ("January 20, 2025", "en", "2025-01-20", "gregorian", "English month first"),
    ("Monday, January 20, 2025 09:53 GMT", "en", "2025-01-20T09:53+00:00", "gregorian",
     "weekday, comma and GMT"),
    ("2025-01-20 09:53", None, "2025-01-20T09:53+03:30", "gregorian", "ISO-like date and time"),
    ("20 جنوری 2025", "ur", "2025-01-20", "gregorian", "Urdu month name"),
]


@pytest.mark.parametrize(("text", "lang", "value", "calendar", "reason"), ABSOLUTE)
def test_absolute_dates(text: str, lang: str | None, value: str, calendar: str, reason: str):
    match = only(text, lang=lang)
    assert (match.value, match.calendar) == (value, calendar), reason
    assert text[match.start:match.end] == match.text


@pytest.mark.parametrize(("text", "value", "until", "native"), [
    ("تیرماه ۱۳۹۷", "2018-06-22", "2018-07-22", "1397-04"),
    ("في يناير 2025", "2025-01-01", "2025-01-31", "2025-01"),
    ("ربيع الأول 1446", "2024-09-04", "2024-10-03", "1446-03"),
])
def test_month_grain(text: str, value: str, until: str, native: str):
    match = only(text)
    assert (match.value, match.until, match.native, match.grain) == (value, until, native, "month")


def test_range_of_days():
    match = only("از ۱۰ تا ۱۵ خرداد ۱۴۰۳ برگزار شد")
    assert (match.value, match.until, match.text) == ("2024-05-30", "2024-06-04",
                                                      "۱۰ تا ۱۵ خرداد ۱۴۰۳")


def test_invalid_day_is_not_a_day():
    # 1402 is not a leap year, so 30 Esfand does not exist; at most the month is read
    assert all(m.grain != "day" for m in find_dates("30 اسفند 1402"))
    assert only("30 اسفند 1403").value == "2025-03-20"  # 1403 is a leap year


# (text, reason): nothing here is a date
NOT_DATES = [
    ("ما می‌رویم", "the Persian verb prefix می is not May"),
    ("این کار 5 می شود", "می without a year is not May"),
    ("دمای هوا 10 صفر", "صفر (zero, or the month Safar) needs a year"),
    ("قیمت 1403 تومان و 2024 دلار", "bare numbers are not dates"),
    ("نتیجه 2:1 بود و نسخه 1.2.3", "a score and a version number"),
    ("تلفن 021-1234-5678", "a phone number"),
    ("شماره 1403/123", "a reference number"),
    ("ساعت 10 صبح", "a time with no date and no reference"),
    ("دیروز و فردا", "relative words with no reference"),
]


@pytest.mark.parametrize(("text", "reason"), NOT_DATES)
def test_not_dates(text: str, reason: str):
    assert find_dates(text) == [], reason


# (text, Tehran offset, reason)
TEHRAN_DST = [
    ("1 تیر 1400 - 12:00", "+04:30", "summer 2021: Iran still kept daylight saving"),
    ("1 تیر 1402 - 12:00", "+03:30", "summer 2023: daylight saving abolished in 2022"),
    ("30 شهریور 1400 - 12:00", "+04:30", "last day of daylight saving in 2021"),
    ("31 شهریور 1400 - 12:00", "+03:30", "first day of standard time in 2021"),
    ("1 فروردین 1401 - 12:00", "+03:30", "Nowruz 1401, still standard time"),
    ("2 فروردین 1401 - 12:00", "+04:30", "daylight saving began on 2 Farvardin 1401"),
    ("15 يوليو 2021 - 10:00", "+04:30", "a Gregorian date in the Tehran zone"),
    ("30 شهریور 1400 - 22:59", "+04:30", "an hour before clocks went back at midnight"),
    ("30 شهریور 1400 - 23:30", "+04:30", "23:00-24:00 came twice that night: the earlier one"),
    ("31 شهریور 1400 - 00:30", "+03:30", "after the change"),
    ("1 فروردین 1401 - 23:59", "+03:30", "a minute before clocks went forward"),
    ("2 فروردین 1401 - 01:00", "+04:30", "the first wall-clock hour of summer time"),
    ("2 فروردین 1401 - 00:30", "+03:30",
     "a wall-clock time that never existed keeps the offset before the change"),
    ("30 شهریور 1401 - 23:30", "+04:30", "the last summer time Iran kept (2022)"),
    ("2 فروردین 1402 - 12:00", "+03:30", "no summer time began in 1402"),
]


@pytest.mark.parametrize(("text", "offset", "reason"), TEHRAN_DST)
def test_tehran_daylight_saving(text: str, offset: str, reason: str):
    assert only(text).value.endswith(offset), reason


@pytest.mark.parametrize(("text", "tz", "value"), [
    ("1 تیر 1400 - 12:00 به وقت تهران", "+00:00", "2021-06-22T12:00+04:30"),
    ("15 يوليو 2021 - 10:00 GMT", "Asia/Tehran", "2021-07-15T10:00+00:00"),
    ("15 يوليو 2021 - 10:00 بتوقيت مكة المكرمة", "Asia/Tehran", "2021-07-15T10:00+03:00"),
    ("15 يوليو 2021 - 10:00", "Asia/Damascus", "2021-07-15T10:00+03:00"),
    ("2025-01-20 09:53:26+03:30", "+00:00", "2025-01-20T09:53:26+03:30"),
])
def test_zones(text: str, tz: str, value: str):
    assert only(text, tz=tz).value == value


def test_unknown_zone_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        find_dates("1 بهمن 1403", tz="Mars/Olympus")


def test_weekday_conflict_lowers_confidence():
    right = only("دوشنبه ۲۵ اسفند ۱۳۹۹")  # 2021-03-15 was a Monday
    wrong = only("سه‌شنبه ۲۵ اسفند ۱۳۹۹")
    assert right.value == wrong.value == "2021-03-15"
    assert not right.weekday_conflict and wrong.weekday_conflict
    assert wrong.confidence < right.confidence


REFERENCE = datetime(2025, 1, 21, 10, 0, tzinfo=TEHRAN)  # a Tuesday; 2 Bahman 1403

# (text, lang, value, grain, reason)
RELATIVE = [
    ("امروز", "fa", "2025-01-21", "day", "today"),
    ("دیروز", "fa", "2025-01-20", "day", "yesterday"),
    ("پس‌فردا", "fa", "2025-01-23", "day", "the day after tomorrow, with ZWNJ"),
    ("أمس", "ar", "2025-01-20", "day", "yesterday"),
    ("غداً", "ar", "2025-01-22", "day", "tomorrow, with tanwin"),
    ("منذ يومين", "ar", "2025-01-19", "day", "dual: two days ago"),
    ("منذ 3 أيام", "ar", "2025-01-18", "day", "three days ago"),
    ("منذ ثلاثة أيام", "ar", "2025-01-18", "day", "number word"),
    ("سه روز پیش", "fa", "2025-01-18", "day", "three days ago"),
    ("5 روز دیگر", "fa", "2025-01-26", "day", "in five days"),
    ("2 ساعت قبل", "fa", "2025-01-21T08:00+03:30", "hour", "hours give a time"),
    ("روز گذشته", "fa", "2025-01-20", "day", "روز گذشته is yesterday in Persian news"),
    ("هفته گذشته", "fa", "2025-01-11", "week", "Iranian weeks start on Saturday"),
    ("الأسبوع الماضي", "ar", "2025-01-12", "week", "Arab weeks start on Sunday here"),
    ("ماه گذشته", "fa", "2024-12-21", "month", "the previous Jalali month (Dey 1403)"),
    ("الشهر الماضي", "ar", "2024-12-01", "month", "the previous Gregorian month"),
    ("امسال", "fa", "2024-03-20", "year", "this (Jalali) year began on 1 Farvardin 1403"),
    ("الاثنين المقبل", "ar", "2025-01-27", "day", "next Monday"),
    ("جمعه گذشته", "fa", "2025-01-17", "day", "last Friday"),
    ("روز دوشنبه", "fa", "2025-01-20", "day", "a bare weekday: the nearest one"),
    ("10 مهر", "fa", "2024-10-01", "day", "no year: the nearest 10 Mehr"),
    ("20 يناير الماضي", "ar", "2025-01-20", "day", "no year, placed by الماضي"),
    ("فردا ساعت 10 صبح", "fa", "2025-01-22T10:00+03:30", "minute", "tomorrow at 10 a.m."),
]


@pytest.mark.parametrize(("text", "lang", "value", "grain", "reason"), RELATIVE)
def test_relative_dates(text: str, lang: str, value: str, grain: str, reason: str):
    match = only(text, reference=REFERENCE, lang=lang)
    assert (match.value, match.grain) == (value, grain), reason
    assert match.calendar in ("relative", "jalali", "gregorian")


# (text, value, until, reason): a count with گذشته/آینده, or after ظرف/طی, is a stretch
STRETCHES = [
    ("در 15 ماه گذشته", "2023-10-21", "2025-01-21", "the past fifteen months, not a point"),
    ("دو روز گذشته", "2025-01-19", "2025-01-21", "the past two days"),
    ("سه هفته آینده", "2025-01-21", "2025-02-11", "the next three weeks"),
    ("ظرف 10 روز", "2025-01-21", "2025-01-31", "within ten days"),
    ("طی ۲۴ ساعت گذشته", "2025-01-20T10:00+03:30", "2025-01-21",
     "the stretch word wins over طی; hours give the start time"),
]


@pytest.mark.parametrize(("text", "value", "until", "reason"), STRETCHES)
def test_stretches(text: str, value: str, until: str, reason: str):
    match = only(text, reference=REFERENCE, lang="fa")
    assert (match.value, match.until) == (value, until), reason
    assert match.calendar == "relative"


@pytest.mark.parametrize(("text", "lang", "reason"), [
    ("منذ 2500 عام", "ar", "beyond the calendar's range: nothing, no crash"),
    ("9999 سال پیش", "fa", "beyond the calendar's range: nothing, no crash"),
    ("9999 سال گذشته", "fa", "a stretch beyond the calendar's range"),
    ("چند روز گذشته", "fa", "a few past days: no count, no stretch"),
    ("در 5 روز", "fa", "در is too vague to read as 'within'"),
    ("امام جمعه تهران", "fa", "Friday-prayer leader: not a weekday"),
    ("چهارشنبه سوری", "fa", "a festival name"),
    ("چند روز پیش", "fa", "a few days ago: no single date"),
    ("في اليوم التالي", "ar", "the next day of the story, not of the reference"),
    ("5 سال قبل از انقلاب", "fa", "counted from another event"),
])
def test_relative_non_dates(text: str, lang: str, reason: str):
    assert find_dates(text, reference=REFERENCE, lang=lang) == [], reason


def test_weekday_beside_today_is_checked():
    assert not only("اليوم (الثلاثاء)", reference=REFERENCE, lang="ar").weekday_conflict
    assert only("اليوم (الاثنين)", reference=REFERENCE, lang="ar").weekday_conflict


def test_relative_need_a_reference():
    assert find_dates("منذ 3 أيام", lang="ar") == []


def test_absolute_before_relative_when_they_overlap():
    found = find_dates("يوم الاثنين في 20 يناير 2025", reference=REFERENCE, lang="ar")
    assert [(m.text, m.value) for m in found] == [
        ("يوم الاثنين في 20 يناير 2025", "2025-01-20")
    ]


def test_dates_json():
    line = "الإثنين ٢٠ يناير ٢٠٢٥ - ٠٣:٥٦ بتوقيت غرينتش، وأمس"
    record = dates_json(line, reference="2025-01-21T10:00:00+03:30")
    assert [m["calendar"] for m in record["matches"]] == ["gregorian", "relative"]
    for m in record["matches"]:
        assert set(m) == {"text", "start", "end", "value", "calendar", "confidence", "grain",
                          "until", "native", "weekday_conflict"}
        assert line[m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize("lang", [None, *sorted(known_langs())])
def test_lexicon_loads_for_every_language(lang: str | None):
    lex = lexicon(lang)
    assert lex.lookup("month", "بهمن" if lang in (None, "fa") else "January") is not None


def test_matching_fold_keeps_offsets():
    text = "سه‌شنبه ۲۵ اسفند ۱۳۹۹، غداً — ك ي"
    assert len(for_matching(text)) == len(text)


# Regression cases from the bundled example articles (examples/articles).
def _example(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_example_dateline_fa():
    first = find_dates(_example("000"), lang="fa")[0]
    assert (first.text, first.value) == ("دوشنبه 1 بهمن 1403 - 09:53:26",
                                         "2025-01-20T09:53:26+03:30")


def test_example_jalali_with_gregorian_echo():
    found = {m.text: m for m in find_dates(_example("001"), lang="fa")}
    assert found["۲۰ مهر ۱۴۰۰ - ۲۰:۵۳"].value[:10] == found["12October 2021"].value
    assert found["تیرماه ۱۳۹۷"].grain == "month"


def test_example_dateline_ar():
    first = find_dates(_example("002"), lang="ar")[0]
    assert first.value == "2025-01-20T03:56+00:00"


def test_hijri_thirtieth_of_a_29_day_month_is_the_next_day():
    """Sighting calendars can give a month 30 days where Umm al-Qura gives 29."""
    from khabar.meta.calendars import month_bounds

    bounds = month_bounds("hijri", 1433, 2)
    assert bounds is not None
    last = only("29 صفر 1433 هـ", lang="ar")
    assert last.value == bounds[1].isoformat()  # Safar 1433 has 29 days in Umm al-Qura
    rolled = only("30 صفر 1433 هـ", lang="ar")
    assert datetime.fromisoformat(rolled.value).toordinal() == bounds[1].toordinal() + 1


# (text, value, conflict, reason): 1 Ramadan 1445 is Monday 2024-03-11 by Umm al-Qura
HIJRI_WEEKDAYS = [
    ("الاثنين 1 رمضان 1445 هـ", "2024-03-11", False, "the weekday agrees"),
    ("الثلاثاء 1 رمضان 1445 هـ", "2024-03-12", False,
     "a sighting a day later: the written weekday moves the date by one day"),
    ("الأحد 1 رمضان 1445 هـ", "2024-03-10", False, "a sighting a day earlier"),
    ("الخميس 1 رمضان 1445 هـ", "2024-03-11", True, "three days off: a conflict, reported"),
]


@pytest.mark.parametrize(("text", "value", "conflict", "reason"), HIJRI_WEEKDAYS)
def test_hijri_weekday_allows_for_moon_sighting(text: str, value: str, conflict: bool,
                                                reason: str):
    match = only(text, lang="ar")
    assert (match.value, match.weekday_conflict) == (value, conflict), reason


def test_jalali_weekday_is_never_moved():
    wrong = only("سه‌شنبه ۲۵ اسفند ۱۳۹۹")  # Monday 2021-03-15: the arithmetic is exact
    assert (wrong.value, wrong.weekday_conflict) == ("2021-03-15", True)


def test_stage_mentions_carry_grain_and_until():
    doc = Doc(raw="وزیر هفته گذشته گفت.", lang="fa", published="2025-01-21T10:00:00+03:30")
    doc.text = doc.raw
    (mention,) = date_mentions(doc, "Asia/Tehran")
    assert (mention.grain, mention.value, mention.until) == ("week", "2025-01-11", "2025-01-17")
    assert not mention.weekday_conflict


def test_stage_mentions_point_into_text():
    doc = Doc(raw=_example("002"), lang="ar", published="2025-01-20T03:56:00+00:00")
    mentions = date_mentions(doc, "Asia/Tehran")
    assert [m.calendar for m in mentions] == ["gregorian", "relative"]  # "اليوم الاثنين"
    for m in mentions:
        assert doc.text[m.start:m.end] == m.text
    assert mentions[1].value == "2025-01-20"


_PIECES = st.sampled_from([
    "1", "۲۰", "١٤٤٦", "/", "-", ":", " ", "\u200c", "\n", "بهمن", "مهر", "يناير", "رجب",
    "هـ", "دوشنبه", "امروز", "منذ", "أيام", "ساعت", "تا", "ماه", "گذشته", "می", "x", "،",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_spans_always_point_at_their_text(text: str):
    for match in find_dates(text, reference=REFERENCE):
        assert text[match.start:match.end] == match.text
        datetime.fromisoformat(match.value)


@pytest.mark.parametrize(
    ("text", "lang", "until"),
    [
        ("در فوریه 1999 توافقی امضا شد.", "fa", "1999-02-28"),  # a common year: 28 days
        ("في فبراير 1999 وقع الاتفاق.", "ar", "1999-02-28"),
        ("في فبراير 2000 وقع الاتفاق.", "ar", "2000-02-29"),  # a leap year
    ],
)
def test_february_is_a_month_in_every_year(text: str, lang: str, until: str) -> None:
    month = only(text, lang=lang)
    assert (month.grain, month.until) == ("month", until)
