"""Named stretches of time: bare years, parts of a month, and holidays.

- a year after a year word ("سال ۱۴۰۳", "عام 2024", "سنة 1445 هـ"): the whole year in
  the calendar the digits are read in (the rules of ``dates.numeric_calendar``), with
  ``grain="year"``, its first day as ``value`` and its last as ``until``;
- a part of a month ("اوایل مهر ۱۴۰۳", "منتصف شهر مارس", "أواخر يناير"): days 1-10,
  11-20 or 21 to the month's end, as a stretch (``grain="day"`` with ``until``);
- a holiday ("عید فطر", "نوروز ۱۴۰۴", "عيد الأضحى 2024", "روز قدس"), from
  ``resources/dates/holidays.tsv``: its day in its own calendar.

Without a year, a part of a month or a holiday is the occurrence nearest the reference
date (as for "۱۵ خرداد"), and nothing without a reference. With a reference, also:

- a part of a relative month or year ("مطلع الشهر الجاري", "اواخر سال گذشته"): a third
  of it (days 1-10, 11-20, 21-end; months 1-4, 5-8, 9-12);
- a weekday of a relative week ("یکشنبه هفته گذشته", "الأحد من الأسبوع المقبل").
- a day of a relative month ("21 من الشهر الجاري", "الخامس من الشهر المقبل").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from khabar.meta import calendars as cal
from khabar.meta.dates import (
    HIJRI_FACTOR,
    NAMED_CONFIDENCE,
    NUMERIC_CONFIDENCE,
    YEARLESS_FACTOR,
    Context,
    DateMatch,
    Found,
    Handler,
    check_weekday,
    day_of,
    month_of,
    numeric_calendar,
    qualified_ordinal,
    year_of,
)
from khabar.meta.relative import civil_calendar, period

YEAR_CONFIDENCE = 0.8
HOLIDAY_CONFIDENCE = 0.85


def _match(f: Found, ctx: Context, first: date, last: date, calendar: str, confidence: float,
           grain: str, native: str | None) -> DateMatch:
    return DateMatch(
        ctx.text[f.start:f.end], f.start, f.end, first.isoformat(), calendar,
        round(confidence, 3), grain=grain, until=last.isoformat() if last > first else None,
        native=native,
    )


def year_bounds(calendar: str, year: int) -> tuple[date, date] | None:
    """First and last Gregorian day of ``year`` in ``calendar``."""
    first = cal.to_gregorian(calendar, year, 1, 1)
    following = cal.to_gregorian(calendar, year + 1, 1, 1)
    if first is None or following is None:
        return None
    return first, following - timedelta(days=1)


def _stated_year(f: Found, ctx: Context) -> tuple[str, int, float] | None:
    """(calendar, year, confidence) of the year written in the match, if any."""
    if not f.get("year"):
        return None
    year = int(str(f.get("year")))
    calendar, confidence = numeric_calendar(year, ctx.lookup("era", f.get("era")), ctx)
    return (calendar, year, confidence) if calendar is not None else None


def _year(f: Found, ctx: Context) -> DateMatch | None:
    """"سال ۱۴۰۳", "عام 2024": the whole year."""
    stated = _stated_year(f, ctx)
    bounds = year_bounds(stated[0], stated[1]) if stated else None
    if stated is None or bounds is None:
        return None
    calendar, year, confidence = stated
    ambiguity = confidence / NUMERIC_CONFIDENCE  # below 1 when a default chose the calendar
    return _match(f, ctx, *bounds, calendar, YEAR_CONFIDENCE * ambiguity, "year", f"{year:04d}")


def _month_part(f: Found, ctx: Context) -> DateMatch | None:
    """"اوایل مهر ۱۴۰۳", "أواخر شهر مارس", "منتصف فبراير الماضي": ten days or so of a
    month (one that "last" or "next" points to, or the nearest)."""
    found = month_of(f, ctx)
    part = ctx.lookup("month_part", f.get("part"))
    if found is None or part is None:
        return None
    calendar, month, strict = found
    year, factor = year_of(f, ctx, calendar, strict)
    if factor == 0.0:
        return None
    confidence = NAMED_CONFIDENCE * factor * (HIJRI_FACTOR if calendar == "hijri" else 1.0)
    if year is None:
        near = ctx.ref_date
        if strict or near is None:
            return None
        from khabar.meta.dates import year_for

        mod = ctx.lookup("mod_after", f.get("mod"))  # "أواخر يونيو الماضي": the last one
        first_of_part = year_for(calendar, month, part[0], near, None, mod)
        native = cal.from_gregorian(calendar, first_of_part) if first_of_part else None
        if native is None:
            return None
        year, confidence = native[0], confidence * YEARLESS_FACTOR
    bounds = cal.month_bounds(calendar, year, month)
    if bounds is None:
        return None
    first_day, last_day = part
    first = bounds[0] + timedelta(days=first_day - 1)
    last = bounds[1] if last_day is None else bounds[0] + timedelta(days=last_day - 1)
    return _match(f, ctx, first, last, calendar, confidence, "day", f"{year:04d}-{month:02d}")


def holiday_day(calendar: str, year: int, month: int, day: str) -> date | None:
    """The Gregorian day of a holiday in one year of its calendar ("last:4": the last
    Friday of the month)."""
    if not day.startswith("last:"):
        return cal.to_gregorian(calendar, year, month, int(day))
    bounds = cal.month_bounds(calendar, year, month)
    if bounds is None:
        return None
    weekday = int(day.split(":")[1])
    return bounds[1] - timedelta(days=(bounds[1].weekday() - weekday) % 7)


def _occurrences(calendar: str, month: int, day: str, around: date) -> list[date]:
    """The holiday in the years of its calendar before, at and after ``around``."""
    native = cal.from_gregorian(calendar, around)
    if native is None:
        return []
    found = (holiday_day(calendar, y, month, day) for y in range(native[0] - 1, native[0] + 2))
    return [d for d in found if d is not None]


def _holiday(f: Found, ctx: Context) -> DateMatch | None:
    """"عید فطر", "نوروز ۱۴۰۴", "عيد الفطر 2013": the holiday's day (or days)."""
    found = ctx.lookup("holiday", f.get("hol"))
    if found is None:
        return None
    calendar, month, day, days = found
    confidence = HOLIDAY_CONFIDENCE * (HIJRI_FACTOR if calendar == "hijri" else 1.0)
    stated = _stated_year(f, ctx)
    if stated is not None:
        bounds = year_bounds(stated[0], stated[1])
        if bounds is None:
            return None
        inside = [d for d in _occurrences(calendar, month, day, bounds[0]) + _occurrences(
            calendar, month, day, bounds[1]) if bounds[0] <= d <= bounds[1]]
        chosen = min(inside, default=None)
    else:
        near = ctx.ref_date
        if near is None:
            return None
        options = _occurrences(calendar, month, day, near)
        chosen = min(options, key=lambda d: (abs((d - near).days), d), default=None)
        confidence *= YEARLESS_FACTOR
    if chosen is None:
        return None
    native = cal.from_gregorian(calendar, chosen)
    match = _match(f, ctx, chosen, chosen + timedelta(days=days - 1), calendar, confidence,
                   "day", "{:04d}-{:02d}-{:02d}".format(*native) if native else None)
    return check_weekday(match, ctx.lookup("weekday", f.get("wd")))


HANDLERS: dict[str, Handler] = {"year": _year, "month_part": _month_part, "holiday": _holiday}


def _inner_period(f: Found, ctx: Context) -> DateMatch | None:
    """The week, month or year named inside "اواخر سال گذشته" or "یکشنبه هفته آینده"."""
    parts = {
        "this": f.get("this"), "unit": f.get("unit1") or f.get("unit2"),
        "mod": f.get("mod1") or f.get("mod2"), "pw": f.get("pw"),
    }
    return period(Found(parts, f.start, f.end), ctx)


def _period_part(f: Found, ctx: Context) -> DateMatch | None:
    """"مطلع الشهر الجاري", "اواخر سال گذشته": a third of that month (days 1-10, 11-20,
    21-end) or year (months 1-4, 5-8, 9-12)."""
    whole = _inner_period(f, ctx)
    part = ctx.lookup("month_part", f.get("part"))
    if whole is None or part is None or whole.until is None or whole.grain == "week":
        return None
    start, end = date.fromisoformat(whole.value), date.fromisoformat(whole.until)
    calendar = civil_calendar(ctx)
    if whole.grain == "month":
        first = start + timedelta(days=part[0] - 1)
        last = end if part[1] is None else start + timedelta(days=part[1] - 1)
    else:
        first_month = {1: 0, 11: 4, 21: 8}[part[0]]
        first = cal.shift_period(calendar, "month", start, first_month)
        last = cal.shift_period(calendar, "month", first, 4) - timedelta(days=1)
        last = min(last, end)
    return replace(whole, text=ctx.text[f.start:f.end], start=f.start, end=f.end,
                   value=first.isoformat(), until=last.isoformat(), grain="day")


def _weekday_in_week(f: Found, ctx: Context) -> DateMatch | None:
    """"یکشنبه هفته گذشته", "الأحد من الأسبوع المقبل": that weekday in that week."""
    whole = _inner_period(f, ctx)
    weekday = ctx.lookup("weekday", f.get("wd"))
    if whole is None or weekday is None or whole.grain != "week" or whole.until is None:
        return None
    start = date.fromisoformat(whole.value)
    day = start + timedelta(days=(weekday - start.weekday()) % 7)
    return replace(whole, text=ctx.text[f.start:f.end], start=f.start, end=f.end,
                   value=day.isoformat(), until=None, grain="day")


def _day_in_month(f: Found, ctx: Context) -> DateMatch | None:
    """"21 من الشهر الجاري", "الخامس من الشهر المقبل": that day of that month."""
    whole = _inner_period(f, ctx)
    day = day_of(f, ctx)
    if whole is None or day is None or whole.grain != "month" or whole.until is None:
        return None
    chosen = date.fromisoformat(whole.value) + timedelta(days=day - 1)
    if qualified_ordinal(f, ctx) or chosen > date.fromisoformat(whole.until):
        return None
    return replace(whole, text=ctx.text[f.start:f.end], start=f.start, end=f.end,
                   value=chosen.isoformat(), until=None, grain="day")


def _short_year(f: Found, ctx: Context) -> DateMatch | None:
    """"سال ۹۴ به", "در سال 57،": a two-digit year after a year word, in the century
    ``year_of`` gives "خرداد ۸۲" (Jalali in Persian)."""
    calendar = civil_calendar(ctx)
    year, factor = year_of(f, ctx, calendar, False)
    bounds = year_bounds(calendar, year) if year is not None else None
    if year is None or bounds is None:
        return None
    return _match(f, ctx, *bounds, calendar, YEAR_CONFIDENCE * factor, "year", f"{year:04d}")


HANDLERS.update({"period_part": _period_part, "weekday_in_week": _weekday_in_week,
                 "day_in_month": _day_in_month, "short_year": _short_year})
