"""What the date finder returns and what its handlers share: ``DateMatch`` (one date found,
with offsets), ``Context`` (the grammar, reference and defaults), ``Found`` (one regex
match), the confidences by kind of evidence, and the steps every handler takes (``dated``:
the match with its stated time; ``check_weekday``; ``sighted``). ``khabar.meta.dates``
re-exports these names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from khabar.meta import calendars as cal
from khabar.meta.clock import stated_clock, stated_zone
from khabar.meta.grammar import Grammar

#: Confidence by kind of evidence (see the module docstring for the rules).
NAMED_CONFIDENCE = 0.95
NUMERIC_CONFIDENCE = 0.85
HIJRI_FACTOR = 0.9
"""Umm al-Qura dates can differ by a day from a country's moon sighting."""
AMBIGUOUS_FACTOR = 0.7
"""A reading chosen by a default (14xx year, day/month order) rather than by the text."""
YEARLESS_FACTOR = 0.8
WEEKDAY_CONFLICT_FACTOR = 0.5


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text."""

    text: str
    start: int
    end: int
    value: str
    """ISO 8601: YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS]+HH:MM when a time is stated."""
    calendar: str
    """jalali | hijri | gregorian | relative"""
    confidence: float
    grain: str = "day"
    """second | minute | hour | day | week | month | year"""
    until: str | None = None
    """Last day (ISO date) of a week, month or year grain."""
    native: str | None = None
    """The date in its own calendar, YYYY-MM-DD (e.g. 1403-11-01 for a Jalali date)."""
    local: str | None = None
    """The stated wall-clock time without offset (YYYY-MM-DDTHH:MM[:SS]), if any."""
    zone: str | None = None
    """The IANA zone or offset applied to ``local``."""
    zone_explicit: bool = False
    """True when the zone was written in the text ("بتوقيت غرينتش")."""
    weekday_conflict: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Context:
    """What a handler needs besides the match: the grammar, reference and defaults."""

    grammar: Grammar
    text: str
    """The text as given: spans and lookups read it."""
    folded: str
    """The same text folded for matching (``lexicon.for_matching``): same offsets."""
    reference: datetime | None
    lang: str | None
    tz: str

    @property
    def ref_date(self) -> date | None:
        return self.reference.date() if self.reference is not None else None

    def lookup(self, group: str, text: str | None) -> Any:
        return None if text is None else self.grammar.lexicon.lookup(group, text)


@dataclass(frozen=True, slots=True)
class Found:
    """One regex match: its named parts and its span in the text."""

    parts: dict[str, str | None]
    start: int
    end: int

    def get(self, name: str) -> str | None:
        return self.parts.get(name)


Handler = Callable[[Found, Context], "DateMatch | None"]


def dated(f: Found, ctx: Context, day: date, **fields: Any) -> DateMatch | None:
    """A DateMatch for ``day`` over the span of ``f``, with its stated time (if any)."""
    text = ctx.text[f.start:f.end]
    if not any(f.get(k) for k in ("hh", "hh2", "hh3", "hn", "hd")):
        return DateMatch(text, f.start, f.end, day.isoformat(), **fields)
    clock = stated_clock(f, ctx)
    if clock is None:
        return None
    hour, minute, second = clock
    naive = datetime.combine(day, time(hour, minute, second or 0))
    zone, explicit = stated_zone(f, ctx)
    try:
        aware = cal.localize(naive, zone)
    except ValueError:
        return None
    seconds = second is not None
    return DateMatch(
        text, f.start, f.end, cal.iso(aware, seconds), **fields,
        grain="second" if seconds else "minute", local=cal.iso(naive, seconds),
        zone=zone, zone_explicit=explicit,
    )


def check_weekday(match: DateMatch | None, weekday: int | None) -> DateMatch | None:
    """The match with halved confidence when a stated weekday contradicts its date."""
    if match is None or weekday is None:
        return match
    if date.fromisoformat(match.value[:10]).weekday() == weekday:
        return match
    confidence = round(match.confidence * WEEKDAY_CONFLICT_FACTOR, 3)
    return replace(match, confidence=confidence, weekday_conflict=True)


def sighted(calendar: str, greg: date | None, weekday: int | None) -> date | None:
    """A Hijri date moved by one day to the weekday written beside it.

    Iran, Pakistan and Iraq start Hijri months by sighting the moon, which can fall a
    day either side of the Umm al-Qura tables: "الخميس 2 رمضان" on the Friday those
    tables name is the Thursday. The Hijri confidence factor already allows for it.
    """
    if calendar != "hijri" or greg is None or weekday is None or greg.weekday() == weekday:
        return greg
    for shift in (-1, 1):
        near = greg + timedelta(days=shift)
        if near.weekday() == weekday:
            return near
    return greg
