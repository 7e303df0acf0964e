"""Relative date expressions, resolved against a reference time (calendar "relative").

- day words: "امروز", "دیروز", "فردا", "أمس", "اليوم", "غدا" (a weekday beside them,
  "اليوم (الاثنين)", is checked like a date's);
- counts: "سه روز پیش", "منذ 3 أيام", "منذ يومين", "بعد ساعتين" (hours and minutes give
  a date-time; days and longer a date);
- periods: "هفته گذشته", "الشهر الماضي", "امسال": the first day of that week, month or
  year as ``value`` and its last as ``until``; months and years are Jalali in Persian
  text and Gregorian otherwise; a week starts on the language's first day (data);
- stretches: "دو روز گذشته" (the past two days), "ظرف 10 روز" (within ten days): the
  first day as ``value`` and the last as ``until`` (grain day; hours and minutes give
  the start time);
- a month with a modifier: "تیرماه گذشته", "يناير الماضي";
- weekdays: "الاثنين المقبل" (the next one), "جمعه گذشته" (the last one), "این شنبه"
  (on or after the reference), a bare "دوشنبه" (the nearest one, so lower confidence;
  the next one, or today, when a future-tense word follows in the sentence: "خواهد",
  "سوف", "will"; the last one, or today, when its clause has a past-tense verb: "قتل",
  "گفت"), unless a word beside it makes it a name ("نماز جمعه", "چهارشنبه سوری").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from khabar.meta import calendars as cal
from khabar.meta.dates import Context as Ctx
from khabar.meta.dates import DateMatch, Found, Handler, check_weekday, dated
from khabar.meta.grammar import FUTURE_REACH
from khabar.meta.lexicon import key

DAY_CONFIDENCE = 0.8
COUNT_CONFIDENCE = 0.75
PERIOD_CONFIDENCE = 0.7
WEEKDAY_CONFIDENCE = 0.7
BARE_WEEKDAY_CONFIDENCE = 0.5
TIME_CONFIDENCE = 0.6
_SUB_DAY = {"second": 1, "minute": 60, "hour": 3600}
_OFFSETS = {"last": -1, "next": 1, "this": 0}


def civil_calendar(ctx: Ctx) -> str:
    """The calendar of relative months and years: Jalali in Persian, Gregorian otherwise."""
    return "jalali" if ctx.lang == "fa" else "gregorian"


def _reference(ctx: Ctx) -> tuple[datetime, date]:
    if ctx.reference is None:
        raise ValueError("relative dates need a reference time")
    return ctx.reference, ctx.reference.date()


def _narrative(f: Found, ctx: Ctx) -> bool:
    """"اليوم التالي", "اليوم نفسه": a day counted from the story, not from the reference."""
    return ctx.grammar.narrative_after.match(ctx.folded, f.end) is not None


def _relday(f: Found, ctx: Ctx) -> DateMatch | None:
    _, today = _reference(ctx)
    offset = ctx.lookup("relday", f.get("rel"))
    if offset is None or _narrative(f, ctx):
        return None
    day = today + timedelta(days=int(offset))
    match = dated(f, ctx, day, calendar="relative", confidence=DAY_CONFIDENCE)
    return check_weekday(match, ctx.lookup("weekday", f.get("wd")))


def _count(f: Found, ctx: Ctx) -> DateMatch | None:
    moment, today = _reference(ctx)
    direction = ctx.lookup("dir_after", f.get("dir")) or ctx.lookup("dir_before", f.get("dir"))
    counted = _signed_count(f, ctx, direction)
    if counted is None:
        return None
    unit, signed = counted
    if unit in _SUB_DAY:
        return _moment(f, ctx, moment + timedelta(seconds=signed * _SUB_DAY[unit]), unit)
    day = _shifted(unit, today, signed)
    if day is None:
        return None
    return _relative_match(f, ctx, day, COUNT_CONFIDENCE, "day" if unit == "day" else unit)


def _shifted(unit: str, today: date, count: int) -> date | None:
    """``today`` moved by ``count`` days, weeks, months or years (Gregorian arithmetic,
    the same day of the month); None past the calendar's range ("منذ 2500 عام")."""
    try:
        if unit == "day":
            return today + timedelta(days=count)
        return cal.shift_period("gregorian", unit, today, count)
    except (ValueError, OverflowError):
        return None


def _signed_count(f: Found, ctx: Ctx, direction: str | None) -> tuple[str, int] | None:
    """The unit of a counted stretch ("سه روز پیش", "بعد 3 أيام") and its count, negative
    toward the past; None without a unit, a direction or a count."""
    unit_info = ctx.lookup("unit", f.get("unit"))
    if unit_info is None or direction is None:
        return None
    unit, count = unit_info
    n = _number(f, ctx, count)
    if n is None:
        return None
    return unit, n if direction == "future" else -n


def _number(f: Found, ctx: Ctx, count: str) -> int | None:
    """The count in "3 أيام", "سه روز", "يومين" (dual: 2), "شهر" (singular: 1)."""
    if f.get("n"):
        return int(str(f.get("n")))
    word = ctx.lookup("cardinal", f.get("nw"))
    if word is not None:
        return int(word)
    return int(count) if count in ("1", "2") else None


def _moment(f: Found, ctx: Ctx, moment: datetime, unit: str) -> DateMatch:
    if moment.tzinfo is None:
        moment = cal.localize(moment, ctx.tz)
    return DateMatch(
        ctx.text[f.start:f.end], f.start, f.end, cal.iso(moment, unit == "second"), "relative",
        COUNT_CONFIDENCE, grain=unit,
    )


def _relative_match(
    f: Found, ctx: Ctx, day: date, confidence: float, grain: str, until: date | None = None
) -> DateMatch:
    return DateMatch(
        ctx.text[f.start:f.end], f.start, f.end, day.isoformat(), "relative", confidence,
        grain=grain, until=until.isoformat() if until else None,
    )


def period(f: Found, ctx: Ctx) -> DateMatch | None:
    moment, today = _reference(ctx)
    if f.get("pw"):
        unit, offset = ctx.lookup("period", f.get("pw"))
    else:
        unit = ctx.lookup("period_unit", f.get("unit"))
        mod = ctx.lookup("mod_after", f.get("mod")) or ctx.lookup("mod_before", f.get("this"))
        if unit is None or mod is None or (not f.get("this") and _counted(f, ctx)):
            return None
        offset = _OFFSETS[mod]
    if unit in _SUB_DAY:
        return _moment(f, ctx, moment + timedelta(seconds=offset * _SUB_DAY[unit]), unit)
    if unit == "day":
        if f.get("mod") and ctx.lookup("narrative", f.get("mod")) is not None:
            return None
        return _relative_match(f, ctx, today + timedelta(days=offset), PERIOD_CONFIDENCE, "day")
    calendar = civil_calendar(ctx)
    start = cal.period_start(calendar, unit, cal.shift_period(calendar, unit, today, offset),
                             ctx.grammar.lexicon.week_start)
    end = cal.shift_period(calendar, unit, start, 1) - timedelta(days=1)
    return _relative_match(f, ctx, start, PERIOD_CONFIDENCE, unit, end)


def _counted(f: Found, ctx: Ctx) -> bool:
    """A number or "چند" before "روز گذشته": a stretch of days, not yesterday."""
    return bool(ctx.grammar.quantity_before.search(ctx.folded, max(0, f.start - 24), f.start))


def _month_mod(f: Found, ctx: Ctx) -> DateMatch | None:
    from khabar.meta.dates import year_for

    _, today = _reference(ctx)
    found = ctx.lookup("month", f.get("month"))
    mod = ctx.lookup("mod_after", f.get("mod"))
    if found is None or mod is None or found[2]:
        return None
    calendar, month, _ = found
    first = year_for(calendar, month, 1, today, None, mod)
    native = cal.from_gregorian(calendar, first) if first else None
    bounds = cal.month_bounds(calendar, native[0], month) if native else None
    if bounds is None:
        return None
    return _relative_match(f, ctx, bounds[0], PERIOD_CONFIDENCE, "month", bounds[1])


def _time(f: Found, ctx: Ctx) -> DateMatch | None:
    """A time with no date ("ساعت 10 صبح", "15:15", "3:20 عصرا"): on the reference day."""
    _, today = _reference(ctx)
    part = f.get("ampm")
    if f.get("hh3") and not f.get("hw") and part and (
        len(key(part)) < 2 or ctx.lookup("daypart", part) == "night"
    ):
        return None  # "3 م" is three metres and "3 شب" three nights as often as a time
    return dated(f, ctx, today, calendar="relative", confidence=TIME_CONFIDENCE)


def _weekday(f: Found, ctx: Ctx) -> DateMatch | None:
    _, today = _reference(ctx)
    weekday = ctx.lookup("weekday", f.get("wd"))
    if weekday is None or _blocked(f, ctx):
        return None
    mod = ctx.lookup("mod_after", f.get("mod")) or ctx.lookup("mod_before", f.get("this"))
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    if mod == "last":
        delta = -(back or 7)
    elif mod == "next":
        delta = ahead or 7
    elif mod == "this" or _future(f, ctx) or _future_verb(f, ctx):
        delta = ahead
    elif _past(f, ctx):
        delta = -back
    else:
        delta = -back if back <= ahead else ahead
    confidence = WEEKDAY_CONFIDENCE if mod else BARE_WEEKDAY_CONFIDENCE
    return dated(f, ctx, today + timedelta(days=delta), calendar="relative",
                 confidence=confidence)


def _future(f: Found, ctx: Ctx) -> bool:
    """A future-tense word in the same sentence: "روز دوشنبه ... دیدار خواهد کرد",
    "سوف يزور ... يوم الاثنين"."""
    g = ctx.grammar
    if g.future_after.match(ctx.folded, f.end) is not None:
        return True
    before = ctx.folded[max(0, f.start - FUTURE_REACH):f.start]
    sentence = re.split(r"[.!?\n]", before)[-1]
    return g.future_word.search(sentence) is not None


def _past(f: Found, ctx: Ctx) -> bool:
    """A past-tense verb in the weekday's own clause: "ومساء الجمعة، قتل", "قال أوباما
    الأربعاء", "روز دوشنبه ... ایجاد کرد". The clause ends at a sentence end, a colon or a
    complementizer ("أعلن أن الاجتماع سيعقد الخميس": «أعلن» is not the meeting's tense).
    Persian puts the verb at the end of its clause, so only the words after count ("اعلام
    کرد جانسون ... در ملاقات روز دوشنبه ... ارائه کند" is no past Monday)."""
    g = ctx.grammar
    if g.date_after.match(ctx.folded, f.end):
        return False  # the date beside the weekday says which one it is
    before, after = _clause(f, ctx)
    if ctx.lang == "fa":
        before = ""
    return bool(g.past_word.search(before) or g.past_word.search(after))


def _clause(f: Found, ctx: Ctx) -> tuple[str, str]:
    """The weekday's clause before and after it (see ``_past``)."""
    g = ctx.grammar
    before = re.split(r"[.!?\n]", ctx.folded[max(0, f.start - FUTURE_REACH):f.start])[-1]
    marks = list(g.clause_mark.finditer(before))
    before = before[marks[-1].end():] if marks else before
    after = re.split(r"[.!?\n]", ctx.folded[f.end:f.end + FUTURE_REACH])[0]
    mark = g.clause_mark.search(after)
    return before, after[:mark.start()] if mark else after


def _future_verb(f: Found, ctx: Ctx) -> bool:
    """An Arabic imperfect with the future prefix «سـ» gives the weekday's clause its
    tense: "سيزور ... يوم الأحد", "ستعقد الأحد". A time adjunct follows its verb (verb
    first), so the last tensed verb before the weekday decides, else the first after
    ("وصل يوم الأحد وسيغادر": past). Only verbs of ``future_stem`` count: "سيارة",
    "سياسة", "ستة" are nouns."""
    g = ctx.grammar
    if g.future_verb is None or g.date_after.match(ctx.folded, f.end):
        return False
    before, after = _clause(f, ctx)
    for part, pick in ((before, max), (after, min)):
        verbs = [(m.start(), True) for m in g.future_verb.finditer(part)]
        verbs += [(m.start(), False) for m in g.past_word.finditer(part)]
        if verbs:
            return pick(verbs)[1]
    return False


def _blocked(f: Found, ctx: Ctx) -> bool:
    """A weekday name inside a name, not a date: "نماز جمعه", "چهارشنبه سوری"."""
    before = ctx.folded[max(0, f.start - 24):f.start]
    after = ctx.folded[f.end:f.end + 24]
    g = ctx.grammar
    return bool(g.block_before.search(before) or g.block_after.search(after))


def _stretch(f: Found, ctx: Ctx) -> DateMatch | None:
    """"دو روز گذشته", "ظرف 10 روز": from the start of the stretch to its end (``until``)."""
    moment, today = _reference(ctx)
    direction = ctx.lookup("within", f.get("within")) or ctx.lookup("stretch", f.get("dir"))
    counted = _signed_count(f, ctx, direction)
    if counted is None or counted[1] == 0:
        return None
    unit, signed = counted
    if unit in _SUB_DAY:
        other = moment + timedelta(seconds=signed * _SUB_DAY[unit])
        first, last = min(moment, other), max(moment, other)
        if first.tzinfo is None:
            first = cal.localize(first, ctx.tz)
        return DateMatch(ctx.text[f.start:f.end], f.start, f.end, cal.iso(first, False),
                         "relative", COUNT_CONFIDENCE, grain=unit,
                         until=last.date().isoformat())
    other_day = _shifted(unit, today, signed)
    if other_day is None:
        return None
    start, end = min(today, other_day), max(today, other_day)
    return _relative_match(f, ctx, start, COUNT_CONFIDENCE, "day", end)


HANDLERS: dict[str, Handler] = {
    "stretch": _stretch,
    "relday": _relday,
    "count": _count,
    "period": period,
    "month_mod": _month_mod,
    "weekday": _weekday,
    "time": _time,
}
