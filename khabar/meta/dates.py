"""Find date expressions in Persian, Arabic, Urdu and English text, with offsets.

``find_dates(text, reference=None, lang=None, tz="Asia/Tehran")`` returns
``DateMatch`` objects: the exact characters (``text[start:end] == match.text``), an
ISO 8601 ``value`` ("YYYY-MM-DD", or "YYYY-MM-DDTHH:MM[:SS]+HH:MM" when a time is
stated) and the ``calendar`` it was written in (jalali | hijri | gregorian, or
relative for words such as "دیروز" or "منذ 3 أيام", which need ``reference``).

Calendar rules, in order:

- a month name decides (بهمن: Jalali; رجب: Hijri; يناير, كانون الثاني, ژانویه: Gregorian);
- an era marker after the year decides an all-digit date (هـ, ه.ق: Hijri; ه.ش: Jalali;
  م, میلادی: Gregorian);
- otherwise an all-digit year 1900-2100 is Gregorian and 1300-1499 is Jalali in
  Persian (or unknown-language) text and Hijri in Arabic or Urdu text, unless that
  reading lies more than a year from ``reference`` while the other does not;
- a month given by its number after a word for month ("بداية شهر 3") is Gregorian;
  a two-digit year that ends a date ("۱۵ خرداد ۸۲،") takes the century nearest the
  reference (at most 20 years after it), and without a reference is not read.

A time without a zone word is read in ``tz`` (zoneinfo, so daylight saving is right
for the date). A weekday that contradicts its date halves the confidence and sets
``weekday_conflict``; a Hijri date one day from its written weekday is moved to it
instead (moon sighting, see ``sighted``). Month-only dates ("تیرماه ۱۳۹۷") have
``grain="month"``, the first day as ``value`` and the last day as ``until``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from khabar.meta import calendars as cal
from khabar.meta.clock import share_dayparts, widen_day_parts
from khabar.meta.date_match import AMBIGUOUS_FACTOR as AMBIGUOUS_FACTOR
from khabar.meta.date_match import HIJRI_FACTOR as HIJRI_FACTOR
from khabar.meta.date_match import NAMED_CONFIDENCE as NAMED_CONFIDENCE
from khabar.meta.date_match import NUMERIC_CONFIDENCE as NUMERIC_CONFIDENCE
from khabar.meta.date_match import WEEKDAY_CONFLICT_FACTOR as WEEKDAY_CONFLICT_FACTOR
from khabar.meta.date_match import YEARLESS_FACTOR as YEARLESS_FACTOR
from khabar.meta.date_match import Context as Context
from khabar.meta.date_match import DateMatch as DateMatch
from khabar.meta.date_match import Found as Found
from khabar.meta.date_match import Handler as Handler
from khabar.meta.date_match import check_weekday as check_weekday
from khabar.meta.date_match import dated as dated
from khabar.meta.date_match import sighted as sighted
from khabar.meta.grammar import (
    digit_starts,
    grammar,
    relative_patterns,
    word_starts,
)
from khabar.meta.lexicon import for_matching

#: How far back a yearless date after an event noun may lie and still be that day.
EVENT_REACH_DAYS = 31


def _native(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def month_of(f: Found, ctx: Context) -> tuple[str, int, bool] | None:
    """(calendar, month, strict) of a month name, or of a month number after a word for
    month ("شهر 3": Arabic writes the Gregorian month so)."""
    number = f.get("mnum")
    if number:
        return "gregorian", int(number), False
    found: tuple[str, int, bool] | None = ctx.lookup("month", f.get("month"))
    return found


def year_of(f: Found, ctx: Context, calendar: str, strict: bool) -> tuple[int | None, float]:
    """The stated year and a confidence factor: a two-digit year ("خرداد ۸۲") goes to the
    century that puts it at most 20 years after the reference's year in ``calendar``
    (unresolved, 0, without a reference or after a month name that is also a word)."""
    if f.get("year"):
        return int(str(f.get("year"))), 1.0
    short = f.get("yy")
    if not short:
        return None, 1.0
    near = cal.from_gregorian(calendar, ctx.ref_date) if ctx.ref_date and not strict else None
    if near is None:
        return None, 0.0
    year = cal.full_year(int(short), near[0])
    return year, AMBIGUOUS_FACTOR


def _named(f: Found, ctx: Context) -> DateMatch | None:
    """A date with a month name: day month year, month day year, or month year."""
    found = month_of(f, ctx)
    if found is None:
        return None
    calendar, month, strict = found
    if qualified_ordinal(f, ctx):
        return None
    day = day_of(f, ctx)
    year, factor = year_of(f, ctx, calendar, strict)
    if factor == 0.0 or (strict and year is None) or (
            year is not None and not cal.year_in_range(calendar, year)):
        return None
    confidence = NAMED_CONFIDENCE * factor * (HIJRI_FACTOR if calendar == "hijri" else 1.0)
    if f.get("mnum"):
        confidence *= NUMERIC_CONFIDENCE / NAMED_CONFIDENCE
    era = ctx.lookup("era", f.get("era"))
    if era is not None and era != calendar:
        confidence *= AMBIGUOUS_FACTOR
    weekday = ctx.lookup("weekday", f.get("wd"))
    if year is None:
        return _yearless(f, ctx, calendar, month, day, weekday, confidence)
    if day is None:
        return _month_grain(f, ctx, calendar, year, month, confidence)
    greg = sighted(calendar, cal.to_gregorian(calendar, year, month, day), weekday)
    if greg is None:
        return None
    until = _range_end(f, calendar, year, month, greg)
    match = dated(f, ctx, greg, calendar=calendar, confidence=round(confidence, 3),
                  native=_native(year, month, day), until=until)
    return check_weekday(match, weekday)


def _range_end(f: Found, calendar: str, year: int, month: int, start: date) -> str | None:
    """The last day of "10 تا 15 مهر" (ISO), when the second day comes after the first."""
    if not f.get("day_to"):
        return None
    end = cal.to_gregorian(calendar, year, month, int(str(f.get("day_to"))))
    return end.isoformat() if end is not None and end > start else None


def qualified_ordinal(f: Found, ctx: Context) -> bool:
    """"نیمه دوم مهر", "الأسبوع الثالث من يوليو": the ordinal qualifies the noun before it
    (a half, week or decade of the month), so it names no day of the month."""
    if not f.get("dword"):
        return False
    return ctx.grammar.part_before.search(ctx.folded, max(0, f.start - 24), f.start) is not None


def day_of(f: Found, ctx: Context) -> int | None:
    if f.get("day"):
        return int(str(f.get("day")))
    found = ctx.lookup("dayword", f.get("dword"))
    return int(found) if found is not None else None


def _yearless(
    f: Found, ctx: Context, calendar: str, month: int, day: int | None,
    weekday: int | None, confidence: float,
) -> DateMatch | None:
    """A day and month without a year: placed near the reference date, if there is one."""
    near = ctx.ref_date
    if near is None or day is None or named_day(f, ctx):
        return None
    mod = ctx.lookup("mod_after", f.get("mod"))
    event = mod is None and past_event(f, ctx)
    greg = year_for(calendar, month, day, near, weekday, "last" if event else mod)
    if greg is None or (event and _famous_day(f, ctx, near - greg)):
        return None
    native = cal.from_gregorian(calendar, greg)
    if native is None:
        return None
    match = dated(f, ctx, greg, calendar=calendar,
                  confidence=round(confidence * YEARLESS_FACTOR, 3), native=_native(*native),
                  until=_range_end(f, calendar, native[0], month, greg))
    return check_weekday(match, weekday)


def named_day(f: Found, ctx: Context) -> bool:
    """"شارع 30 يونيو", "ثورة 25 يناير", "خیابان 15 خرداد": a yearless date after a noun
    (``name_before`` in words.tsv) names a place or a past event, not a day near the
    reference; after an anniversary word ("ذكرى ثورة 23 يوليو") it is the anniversary."""
    found = ctx.grammar.name_before.search(ctx.folded, max(0, f.start - 64), f.start)
    return found is not None and found.group("anniv") is None


def past_event(f: Found, ctx: Context) -> bool:
    """"هجمات 11 سبتمبر", "حوادث 18 تیر": a yearless date after an event noun
    (``event_before`` in words.tsv) names a past happening: the last such day, and none
    when that is more than ``EVENT_REACH_DAYS`` back (a famous day of another year);
    after an anniversary word ("ذكرى هجمات 11 سبتمبر") it is read as before."""
    found = ctx.grammar.event_before.search(ctx.folded, max(0, f.start - 64), f.start)
    return found is not None and found.group("anniv") is None


def _famous_day(f: Found, ctx: Context, back: timedelta) -> bool:
    """An event's day more than ``EVENT_REACH_DAYS`` back with no year word after it
    ("زلزله پنجم دی سال گذشته" keeps its year): a famous day of some other year."""
    return back.days > EVENT_REACH_DAYS and not ctx.grammar.year_after.match(ctx.folded, f.end)


def year_for(
    calendar: str, month: int, day: int, near: date, weekday: int | None, mod: str | None
) -> date | None:
    """The occurrence of ``day month`` that "last", "next", "this" or nearness points to."""
    native = cal.from_gregorian(calendar, near)
    if native is None:
        return None
    if mod == "this":
        return cal.to_gregorian(calendar, native[0], month, day)
    if mod in ("last", "next"):
        years = range(native[0] - 1, native[0] + 2)
        valid = [d for y in years if (d := cal.to_gregorian(calendar, y, month, day))]
        if mod == "last":
            return max((d for d in valid if d < near), default=None)
        return min((d for d in valid if d > near), default=None)
    return cal.infer_year(calendar, month, day, near, weekday)


def _month_grain(
    f: Found, ctx: Context, calendar: str, year: int, month: int, confidence: float
) -> DateMatch | None:
    bounds = cal.month_bounds(calendar, year, month)
    if bounds is None:
        return None
    return DateMatch(
        ctx.text[f.start:f.end], f.start, f.end, bounds[0].isoformat(), calendar,
        round(confidence, 3), grain="month", until=bounds[1].isoformat(),
        native=f"{year:04d}-{month:02d}",
    )


def _numeric(f: Found, ctx: Context) -> DateMatch | None:
    """An all-digit date: 1403/11/01, ۱۴۰۳-۱۱-۰۱, 20/01/2025, 1446/07/20 هـ."""
    order = ("y1", "m1", "d1") if f.get("y1") else ("y2", "m2", "d2")
    year, month, day = (int(str(f.get(name))) for name in order)
    calendar, confidence = numeric_calendar(year, ctx.lookup("era", f.get("era")), ctx)
    if calendar is None:
        return None
    if order[0] == "y2" and calendar == "gregorian":
        if month > 12 >= day:
            day, month = month, day
        elif day != month and max(day, month) <= 12:
            confidence *= AMBIGUOUS_FACTOR
    if calendar == "hijri":
        confidence *= HIJRI_FACTOR
    weekday = ctx.lookup("weekday", f.get("wd"))
    greg = sighted(calendar, cal.to_gregorian(calendar, year, month, day), weekday)
    if greg is None:
        return None
    match = dated(f, ctx, greg, calendar=calendar, confidence=round(confidence, 3),
                  native=_native(year, month, day))
    return check_weekday(match, weekday)


def numeric_calendar(year: int, era: str | None, ctx: Context) -> tuple[str | None, float]:
    """The calendar of an all-digit year (see the module docstring)."""
    if era is not None:
        return (era, NUMERIC_CONFIDENCE) if cal.year_in_range(era, year, True) else (None, 0.0)
    if cal.year_in_range("gregorian", year, True):
        return "gregorian", NUMERIC_CONFIDENCE
    if not cal.year_in_range("jalali", year, True):
        return None, 0.0
    first, second = ("hijri", "jalali") if ctx.lang in ("ar", "ur") else ("jalali", "hijri")
    near = ctx.ref_date
    if near is not None and not _plausible(first, year, near) and _plausible(second, year, near):
        return second, NUMERIC_CONFIDENCE * AMBIGUOUS_FACTOR
    if first == "jalali" and ctx.lang == "fa":
        return first, NUMERIC_CONFIDENCE  # Persian text with a 14xx year: Jalali
    return first, NUMERIC_CONFIDENCE * AMBIGUOUS_FACTOR


def _plausible(calendar: str, year: int, near: date) -> bool:
    """A year no later than the one after ``near``'s, in ``calendar``."""
    native = cal.from_gregorian(calendar, near)
    return native is not None and year <= native[0] + 1 and cal.year_in_range(calendar, year, True)


ABSOLUTE: dict[str, Handler] = {"named": _named, "numeric": _numeric}


@lru_cache(maxsize=1)
def _handlers() -> dict[str, Handler]:
    """Every pattern's handler by name (periods and relative import this module)."""
    from khabar.meta.periods import HANDLERS as PERIODS
    from khabar.meta.relative import HANDLERS as RELATIVE

    return {**ABSOLUTE, **PERIODS, **RELATIVE}


def _candidates(ctx: Context) -> list[DateMatch]:
    handlers = _handlers()
    found: list[DateMatch] = []
    digits = digit_starts(ctx.folded)
    if not digits and ctx.reference is None:
        return found  # without a reference only dates with a year in digits resolve
    words = word_starts(ctx.folded, ctx.lang, ctx.reference is not None)
    for name, m in ctx.grammar.absolute.matches(ctx.folded, digits, words):
        if any(d.start <= m.start() and m.end() <= d.end for d in found):
            continue  # "بهمن 1403" inside "1 بهمن 1403" adds nothing
        if (result := _apposed(Found(m.groupdict(), m.start(), m.end()), ctx, handlers[name])):
            found.append(result)
    if ctx.reference is not None:
        absolute = list(found)
        # Relative words inside an absolute date ("09:53:26" in a dateline) lose to it.
        taken = [(d.start, d.end) for d in absolute]
        for name, m in relative_patterns(ctx.lang).matches(ctx.folded, digits, words, taken):
            if any(d.start <= m.start() and m.end() <= d.end for d in absolute):
                continue  # "09:53:26" inside a dateline: the absolute reading wins anyway
            if (result := handlers[name](Found(m.groupdict(), m.start(), m.end()), ctx)):
                found.append(result)
    return found


def _apposed(hit: Found, ctx: Context, handler: Handler) -> DateMatch | None:
    """The date read with a weekday written just before it ("دوشنبه 1 بهمن"). A weekday
    set apart by "(" or "الموافق" ("الأحد (12 أبريل)") names the date only if they agree:
    "الجمعة والسبت (21 إلى 23 من شوال)" is a range, the weekday one day of it."""
    before = ctx.grammar.weekday_before.search(ctx.folded, max(0, hit.start - 32), hit.start)
    if before is None:
        return handler(hit, ctx)
    widened = Found({**hit.parts, "wd": before.group("wd")}, before.start(), hit.end)
    result = handler(widened, ctx)
    if before.group("apposed") and (result is None or result.weekday_conflict):
        return handler(hit, ctx)
    return result


def _select(candidates: list[DateMatch]) -> list[DateMatch]:
    """Non-overlapping matches: absolute before relative, then longer, then earlier."""
    ranked = sorted(
        candidates, key=lambda m: (m.calendar == "relative", m.start - m.end, m.start)
    )
    taken: list[DateMatch] = []
    for match in ranked:
        if all(match.end <= t.start or match.start >= t.end for t in taken):
            taken.append(match)
    return sorted(taken, key=lambda m: m.start)


def find_dates(
    text: str,
    reference: datetime | None = None,
    lang: str | None = None,
    tz: str = "Asia/Tehran",
) -> list[DateMatch]:
    """Date expressions in ``text``, in order, with offsets into ``text``.

    ``reference`` (the publication time, say) resolves relative expressions and
    dates without a year; without it those are skipped. ``lang`` narrows the month
    and weekday names to one language (Persian, Arabic, Urdu or English; None means
    Persian, Arabic and English together); ``tz`` is the zone of stated times that
    name none. An unknown ``tz`` raises ValueError.
    """
    cal.zone(tz)
    ctx = Context(grammar(lang), text, for_matching(text), reference, lang, tz)
    return widen_day_parts(share_dayparts(_select(_candidates(ctx)), ctx), ctx)


def dates_json(
    line: str, reference: datetime | str | None = None, lang: str | None = None
) -> dict[str, Any]:
    """``{"matches": [{"text", "start", "end", "value", "calendar", "confidence", "grain",
    "until", "native", "weekday_conflict"}]}`` for one line."""
    if isinstance(reference, str):
        reference = datetime.fromisoformat(reference)
    matches = find_dates(line, reference=reference, lang=lang)
    keys = ("text", "start", "end", "value", "calendar", "confidence", "grain", "until",
            "native", "weekday_conflict")
    return {"matches": [{k: getattr(m, k) for k in keys} for m in matches]}
