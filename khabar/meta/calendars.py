"""Calendar arithmetic: Jalali (Solar Hijri), lunar Hijri and Gregorian, and time zones.

Jalali dates convert with jdatetime; lunar Hijri dates with hijridate, which follows
the Umm al-Qura tables (1343-1500 AH). Countries that start a month by moon sighting
(Iran, Pakistan, Iraq) can differ from those tables by a day, so Hijri dates carry a
lower confidence. Zones are IANA names resolved with zoneinfo, so a date in Tehran
gets +04:30 in a summer before 2023 (Iran kept daylight saving until 2022) and
+03:30 after; a fixed offset such as +00:00 is also accepted.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jdatetime
from hijridate import Gregorian, Hijri

#: Years accepted beside a month name, per calendar.
NAMED_YEARS = {"jalali": (1250, 1499), "hijri": (1343, 1500), "gregorian": (1800, 2199)}
#: Years accepted in an all-digit date such as 1403/11/01 or 2025-01-20.
NUMERIC_YEARS = {"jalali": (1300, 1499), "hijri": (1343, 1500), "gregorian": (1900, 2100)}

_OFFSET = re.compile(r"^([+\-−])(\d{1,2})(?::?(\d{2}))?$")


@lru_cache(maxsize=4096)
def to_gregorian(calendar: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a date in ``calendar``, or None when it does not exist."""
    try:
        if calendar == "jalali":
            result: date = jdatetime.date(year, month, day).togregorian()
            return result
        if calendar == "hijri":
            return _hijri(year, month, day)
        return date(year, month, day)
    except (ValueError, OverflowError, TypeError):
        return None


def _hijri(year: int, month: int, day: int) -> date:
    """A lunar Hijri date by the Umm al-Qura tables.

    A 30th where the tables give the month 29 days is the day after the 29th: countries
    that sight the moon (and many sites that print Hijri dates) had a 30-day month.
    """
    try:
        return date(*Hijri(year, month, day, validate=True).to_gregorian().datetuple())
    except ValueError:
        if day != 30:
            raise
        last = Hijri(year, month, 29, validate=True).to_gregorian().datetuple()
        return date(*last) + timedelta(days=1)


@lru_cache(maxsize=4096)
def from_gregorian(calendar: str, day: date) -> tuple[int, int, int] | None:
    """The (year, month, day) of a Gregorian date in ``calendar``."""
    try:
        if calendar == "jalali":
            j = jdatetime.date.fromgregorian(date=day)
            return j.year, j.month, j.day
        if calendar == "hijri":
            h = Gregorian(day.year, day.month, day.day).to_hijri()
            return h.year, h.month, h.day
    except (ValueError, OverflowError):
        return None
    return day.year, day.month, day.day


def year_in_range(calendar: str, year: int, numeric: bool = False) -> bool:
    low, high = (NUMERIC_YEARS if numeric else NAMED_YEARS)[calendar]
    return low <= year <= high


#: A two-digit year lies at most this many years after the reference year.
SHORT_YEAR_AHEAD = 20


def full_year(short: int, near: int) -> int:
    """The year ending in the two digits ``short`` within the hundred years up to
    ``SHORT_YEAR_AHEAD`` after ``near`` (82 near 2012 -> 1982; 05 near 2012 -> 2005;
    ۸۲ near 1391 -> 1382)."""
    year = (near + SHORT_YEAR_AHEAD) // 100 * 100 + short
    return year if year <= near + SHORT_YEAR_AHEAD else year - 100


def month_bounds(calendar: str, year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a month of ``calendar``."""
    first = to_gregorian(calendar, year, month, 1)
    if first is None:
        return None
    for last_day in (31, 30, 29, 28):  # 28: February of a common year
        last = to_gregorian(calendar, year, month, last_day)
        native = from_gregorian(calendar, last) if last is not None else None
        if last is not None and native is not None and native[1] == month:  # not a rolled 30th
            return first, last
    return None


def infer_year(
    calendar: str, month: int, day: int | None, near: date, weekday: int | None = None
) -> date | None:
    """The date of ``day month`` (no year given) closest to ``near``.

    Among the previous, same and next year of ``near`` in that calendar, a stated
    weekday that matches decides first, then the distance to ``near``.
    """
    native = from_gregorian(calendar, near)
    if native is None:
        return None
    options = []
    for year in (native[0] - 1, native[0], native[0] + 1):
        found = to_gregorian(calendar, year, month, day or 1)
        if found is not None:
            mismatch = weekday is not None and found.weekday() != weekday
            options.append((mismatch, abs((found - near).days), found))
    return min(options)[2] if options else None


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole Gregorian months, clipped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for candidate in range(day.day, 27, -1):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    return date(year, month + 1, min(day.day, 28))


def period_start(calendar: str, unit: str, day: date, week_start: int) -> date:
    """The first day of the week, month or year (in ``calendar``) that contains ``day``."""
    if unit == "week":
        return day - timedelta(days=(day.weekday() - week_start) % 7)
    native = from_gregorian(calendar, day) if unit in ("month", "year") else None
    if native is None:
        return day
    year, month, _ = native
    start = to_gregorian(calendar, year, 1 if unit == "year" else month, 1)
    return start or day


def shift_period(calendar: str, unit: str, day: date, count: int) -> date:
    """``day`` moved by ``count`` weeks, months or years of ``calendar``."""
    if unit == "week":
        return day + timedelta(weeks=count)
    native = from_gregorian(calendar, day)
    if native is None or calendar == "gregorian":
        return add_months(day, count * (12 if unit == "year" else 1))
    year, month, native_day = native
    index = year * 12 + month - 1 + count * (12 if unit == "year" else 1)
    new_year, new_month = divmod(index, 12)
    for candidate in range(native_day, 0, -1):
        found = to_gregorian(calendar, new_year, new_month + 1, candidate)
        if found is not None:
            return found
    return day


@lru_cache(maxsize=64)
def zone(spec: str) -> tzinfo:
    """A tzinfo for an IANA name or a fixed offset like +03:30; ValueError if unknown."""
    offset = _OFFSET.match(spec.strip())
    if offset:
        sign = -1 if offset.group(1) in "-−" else 1
        minutes = int(offset.group(2)) * 60 + int(offset.group(3) or 0)
        return timezone(sign * timedelta(minutes=minutes))
    try:
        return ZoneInfo(spec)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown time zone {spec!r}; use an IANA name or +HH:MM") from error


def localize(naive: datetime, spec: str) -> datetime:
    """Attach the zone ``spec`` to a wall-clock time (the earlier one in a DST fold)."""
    return naive.replace(tzinfo=zone(spec))


def iso(moment: datetime, seconds: bool) -> str:
    """ISO 8601 with offset, to the minute or to the second."""
    return moment.isoformat(timespec="seconds" if seconds else "minutes")
