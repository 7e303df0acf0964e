"""The clock time and zone of a date expression, from its regex parts.

A time is written in digits ("09:53:26"), spoken ("ساعت 10 و 58 دقیقه"), or in words
("ساعت ده و نیم", "الساعة الثالثة وربع", "الثانية عشرة إلا ربعا"); a part of the day
("صبح", "مساءً") moves it to the afternoon or night; a zone word or offset ("بتوقيت
غرينتش", "GMT+3") names its zone, and the caller's default zone applies otherwise.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from khabar.meta import calendars as cal

if TYPE_CHECKING:
    from khabar.meta.dates import Context, DateMatch, Found


def stated_clock(f: Found, ctx: Context) -> tuple[int, int, int | None] | None:
    """(hour, minute, second or None) of a stated time, after AM/PM; None if none or invalid."""
    hour = f.get("hh") or f.get("hh2") or f.get("hh3")
    if hour is None and f.get("hn") is None and f.get("hd") is None:
        return None
    second = f.get("ss") or f.get("ss2")
    if hour is None:
        h, m = _hour_minute(f, ctx)
    else:
        h, m = int(hour), int(f.get("mm") or f.get("mm2") or 0)
    part = ctx.lookup("daypart", f.get("ampm"))
    if (part == "pm" and h < 12) or (part == "night" and 6 <= h < 12):
        h += 12
    elif part == "am" and h == 12:
        h = 0
    s = int(second) if second is not None else None
    if h > 23 or m > 59 or (s is not None and s > 59):
        return None
    return h, m, s


def _hour_minute(f: Found, ctx: Context) -> tuple[int, int]:
    """The hour and minute of a time in words: "ده و نیم" (10:30), "الثانية عشرة إلا ربعا"
    (11:45); an invalid minute gives 99, which the caller rejects."""
    digits = f.get("hd")
    hour = int(digits) if digits else int(ctx.lookup("hour_number", f.get("hn")) or 99)
    minute = f.get("mm4")
    if minute is not None:
        return hour, int(minute)
    if f.get("mw"):
        return hour, int(ctx.lookup("cardinal", f.get("mw")) or 99)
    if f.get("frac"):
        return hour, int(ctx.lookup("fraction", f.get("frac")) or 99)
    if f.get("mfrac"):
        before = int(ctx.lookup("fraction", f.get("mfrac")) or 99)
        return (hour - 1) % 12 or 12, 60 - before
    return hour, 0


def stated_zone(f: Found, ctx: Context) -> tuple[str, bool]:
    """The zone of a stated time: a zone word or offset in the text, else ``ctx.tz``."""
    offset = f.get("off") or f.get("goff")
    if offset:
        return _offset_text(offset), True
    named = ctx.lookup("zone", f.get("zone"))
    if named and named != "local":
        return str(named), True
    return ctx.tz, False


def _offset_text(raw: str) -> str:
    """"+0330", "GMT+3", "UTC -04:00", "Z" as +HH:MM."""
    text = "".join(str(int(c)) if c.isdigit() else c for c in raw.upper() if not c.isspace())
    text = text.replace("GMT", "").replace("UTC", "")
    if text in ("", "Z"):
        return "+00:00"
    sign = "-" if text[0] in "-−" else "+"
    body = text[1:].replace(":", "")
    hours, minutes = (body[:-2], body[-2:]) if len(body) > 2 else (body, "00")
    return f"{sign}{int(hours):02d}:{minutes}"


def share_dayparts(matches: list[DateMatch], ctx: Context) -> list[DateMatch]:
    """"من الساعة 3 الى الساعة 4 مساء", "از ساعت 10 تا 12 ظهر": a part of the day written
    after the second time of a range applies to the first too, when that keeps the first
    no later than the second."""
    shared = list(matches)
    for index in range(len(shared) - 1):
        first, second = shared[index], shared[index + 1]
        if first.local is None or second.local is None or len(first.local) < 13:
            continue
        gap = ctx.folded[first.end:second.start]
        if ctx.grammar.range_gap.fullmatch(gap) is None:
            continue
        if ctx.grammar.daypart_word.search(ctx.folded, first.start, first.end) is not None:
            continue  # its own part of the day
        shifted = datetime.fromisoformat(first.local) + timedelta(hours=12)
        later = datetime.fromisoformat(second.local)
        if shifted.hour < 12 or shifted > later or first.zone is None:
            continue
        moment = cal.localize(shifted, first.zone)
        seconds = first.grain == "second"
        shared[index] = replace(first, value=cal.iso(moment, seconds),
                                local=cal.iso(shifted, seconds))
    return shared


def widen_day_parts(matches: list[DateMatch], ctx: Context) -> list[DateMatch]:
    """"صباح اليوم", "مساء أمس", "فجر الأحد", "صبح امروز", "عصر روز دوشنبه": a part of the
    day written just before a day word or weekday (``day_part`` in words.tsv) is part of
    the mention; the value stays the day. Never over an earlier match, nor after an hour
    ("السادسة مساء اليوم": the part of the day is the hour's)."""
    g = ctx.grammar
    widened: list[DateMatch] = []
    for match in matches:
        low = max(widened[-1].end if widened else 0, match.start - 24)
        before = None
        if g.day_start.match(ctx.folded, match.start) is not None:
            before = g.day_part_before.search(ctx.folded, low, match.start)
        if before is not None and g.hour_before.search(
            ctx.folded, max(0, before.start("p") - 24), before.start("p")
        ) is None:
            start = before.start("p")
            match = replace(match, start=start, text=ctx.text[start:match.end])
        widened.append(match)
    return widened
