"""Stage ``khabar.meta.published.v1``: when the article was published, and its URL.

The dateline is looked for in the header lines, then in the first lines of ``raw``: a
date with a time, or a date that fills most of its line or follows a label such as
"تاریخ انتشار" or "نشر في" (``resources/meta/datelines.tsv``). Among several, a time,
a label, a header line and an early line count in that order; a weekday that
contradicts its date halves the date's weight. ``doc.meta["date"]`` (from JSONL or
HTML ingest) is used when the text states no date, and cross-checked when it does;
failing both, the day the URL encodes (``news_ids.date_in_url``: a Fars news id, a
/YYYY/MM/DD/ path), at local midnight.
A date the article does not state is never invented: ``published`` stays None, and a
page's own clock ("امروز: ۱۵ بهمن ۱۴۰۳", the day it was fetched) is never taken for it.

The zone of a stated time, in order:

1. a zone written beside it ("بتوقيت غرينتش" -> +00:00, "به وقت تهران");
2. the zone of the outlet, when the outlet is known (``outlets.json``, by ingest hint,
   masthead or URL domain);
3. Asia/Tehran for a Jalali date (the calendar of Iran's press);
4. the language's zone (``resources/meta/lang_zones.tsv``: fa Asia/Tehran, ur
   Asia/Karachi);
5. the setting ``dates.default_timezone``.

Zones are IANA names, so a Tehran summer date before 2023 gets +04:30 and one after
gets +03:30. ``published`` always has seconds (":00" when the dateline gives minutes)
so that it sorts and parses uniformly; a date without a time is published at local
midnight, with its offset.
A Gregorian echo on the dateline ("۲۰ مهر ۱۴۰۰ - ۲۰:۵۳ - 12October 2021") is compared
with the Jalali date and a disagreement is noted in ``doc.problems``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache

from khabar.doc import Doc
from khabar.errors import SettingsError
from khabar.meta import calendars as cal
from khabar.meta.dates import DateMatch, find_dates
from khabar.meta.lexicon import RB, alternation, for_matching
from khabar.meta.lexicon import SPACE as S
from khabar.meta.news_ids import date_in_url
from khabar.meta.sources import locate_outlet, raw_lines
from khabar.registry import stage
from khabar.resources import load_tsv
from khabar.settings import Settings

NAME = "khabar.meta.published.v1"
#: How many non-empty lines from the top of ``raw`` may hold the dateline.
TOP_LINES = 12
_URL_LINE = re.compile(r"^[ \t]*(https?://\S+)[ \t]*$", re.MULTILINE)
_FINE_GRAINS = ("day", "hour", "minute", "second")


@dataclass(frozen=True)
class Dateline:
    match: DateMatch
    """The date as found in its line (offsets into the line)."""
    line_start: int
    score: float
    others: tuple[DateMatch, ...]
    """The other absolute dates on the same line (a Gregorian echo, say)."""

    @property
    def span(self) -> tuple[int, int]:
        return self.line_start + self.match.start, self.line_start + self.match.end


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rows = load_tsv("meta/datelines.tsv")
    published = alternation(row[2] for row in rows if row[0] == "published")
    updated = alternation(row[2] for row in rows if row[0] == "updated")
    return (re.compile(rf"^{S}*{published}{RB}"), re.compile(rf"^{S}*{updated}{RB}"))


@lru_cache(maxsize=1)
def _site_clock() -> re.Pattern[str]:
    """A line giving the site's date when the page was fetched: "امروز: ...", "Today:"."""
    clock = alternation(row[2] for row in load_tsv("meta/datelines.tsv") if row[0] == "clock")
    return re.compile(rf"^{S}*{clock}{S}*[:：]", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lang_zones() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv("meta/lang_zones.tsv")}


def doc_zone(doc: Doc, default: str) -> tuple[str, bool]:
    """The zone for times the text states without one, and whether the outlet decided it."""
    located = locate_outlet(doc)
    if located is not None and located[1] is not None and located[1].tz:
        return located[1].tz, True
    return _lang_zones().get(doc.lang or "", default), False


def _zone_for(match: DateMatch, zone: str, from_outlet: bool) -> str:
    if match.zone_explicit and match.zone:
        return match.zone
    if not from_outlet and match.calendar == "jalali":
        return "Asia/Tehran"
    return zone


def _candidate_lines(doc: Doc) -> list[tuple[int, int, bool]]:
    """(start, end, in header) of the lines that may hold the dateline, in order."""
    header = sorted(set(doc.header))
    top = [(a, b) for a, b in raw_lines(doc.raw) if doc.raw[a:b].strip()][:TOP_LINES]
    seen = set(header)
    return [(a, b, True) for a, b in header] + [(a, b, False) for a, b in top if (a, b) not in seen]


def _score(match: DateMatch, line: str, others: list[DateMatch], rank: int, header: bool) -> float:
    published, updated = _labels()
    folded = for_matching(line)
    if _site_clock().search(folded):
        return 0.0
    covered = sum(m.end - m.start for m in others) / max(1, len(line.strip()))
    has_time = match.grain in ("hour", "minute", "second")
    labelled = bool(published.search(folded))
    if not (has_time or labelled or covered >= 0.5):
        return 0.0
    score = match.confidence + (1.0 if has_time else 0.0) + (0.7 if labelled else 0.0)
    score += (0.5 if header else 0.0) + (0.3 if covered >= 0.5 else 0.0) - 0.05 * rank
    return score - (1.5 if updated.search(folded) else 0.0)


def _signature(doc: Doc, start: int, line: str, match: DateMatch) -> bool:
    """A bare date (no time, no label) closing a text of several lines: the date a
    statement or letter was signed ("سید علی خامنه‌ای\n15/7/1383"), not when it ran."""
    if match.grain != "day" or _labels()[0].search(for_matching(line)):
        return False
    rest = doc.raw[start + len(line):]
    return not rest.strip() and doc.raw[:start].count("\n") >= 3


def find_dateline(doc: Doc, zone: str = "Asia/Tehran") -> Dateline | None:
    """The most likely publication dateline of ``doc``, if its top lines hold one."""
    best: Dateline | None = None
    for rank, (start, stop, header) in enumerate(_candidate_lines(doc)):
        line = doc.raw[start:stop]
        found = [m for m in find_dates(line, lang=doc.lang, tz=zone)
                 if m.calendar != "relative" and m.grain in _FINE_GRAINS]
        for match in found:
            if not header and _signature(doc, start, line, match):
                continue
            score = _score(match, line, found, rank, header)
            if score > 0 and (best is None or score > best.score):
                others = tuple(m for m in found if m is not match)
                best = Dateline(match, start, score, others)
    return best


def _published_value(match: DateMatch, zone: str) -> str:
    if match.local is None:
        midnight = datetime.combine(date.fromisoformat(match.value[:10]), time())
        return cal.iso(cal.localize(midnight, zone), True)
    moment = datetime.fromisoformat(match.local)
    return cal.iso(cal.localize(moment, zone), True)


def _echo_problems(line: Dateline) -> list[str]:
    """A Gregorian (or other) echo of the dateline's date that names another day."""
    day = line.match.value[:10]
    problems = []
    for other in line.others:
        if other.calendar != line.match.calendar and other.value[:10] != day:
            problems.append(
                f"{NAME}: the dateline's {line.match.calendar} date {line.match.text!r} is "
                f"{day}, but its {other.calendar} echo {other.text!r} is {other.value[:10]}"
            )
    return problems


def _meta_date(doc: Doc, zone: str) -> str | None:
    """``doc.meta["date"]`` as ISO 8601 with an offset (midnight local if date-only)."""
    raw = doc.meta.get("date")
    if not isinstance(raw, str) or not raw.strip():
        return None
    text = raw.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        doc.problems.append(f"{NAME}: meta date {raw!r} is not ISO 8601; ignored")
        return None
    if moment.tzinfo is None:
        moment = cal.localize(moment, zone)
    return cal.iso(moment, True)


def _url_date(doc: Doc, zone: str) -> str | None:
    """The day the article's URL encodes, at local midnight (see ``news_ids.date_in_url``)."""
    if doc.url is None:
        return None
    located = locate_outlet(doc)
    known = located[1] if located is not None else None
    found = date_in_url(doc.url, known.id if known is not None else None)
    day = cal.to_gregorian(*found) if found is not None else None
    if day is None:
        return None
    return cal.iso(cal.localize(datetime.combine(day, time()), zone), True)


def _url(doc: Doc) -> str | None:
    hint = doc.meta.get("url")
    if isinstance(hint, str) and hint.strip():
        return hint.strip()
    m = _URL_LINE.search(doc.raw)
    return m.group(1) if m else None


def read_published(doc: Doc, default_zone: str) -> Doc:
    """Set ``published``, ``published_text``, ``published_span`` and ``url`` on ``doc``."""
    doc.url = _url(doc)
    zone, from_outlet = doc_zone(doc, default_zone)
    line = find_dateline(doc, zone)
    meta = _meta_date(doc, zone)
    if line is None:
        doc.published = meta or _url_date(doc, zone)
        return doc
    value = _published_value(line.match, _zone_for(line.match, zone, from_outlet))
    doc.published, doc.published_span = value, line.span
    doc.published_text = doc.raw[line.span[0]:line.span[1]]
    doc.problems.extend(_echo_problems(line))
    if meta is not None and meta[:10] != value[:10]:
        doc.problems.append(
            f"{NAME}: the dateline says {value[:10]} but the ingest metadata says {meta[:10]}; "
            "the dateline was kept"
        )
    return doc


def checked_zone(settings: Settings) -> str:
    """The setting ``dates.default_timezone``, refused when zoneinfo does not know it."""
    zone = str(settings["dates.default_timezone"])
    try:
        cal.zone(zone)
    except ValueError as error:
        raise SettingsError(
            f"setting 'dates.default_timezone' is {zone!r}, which is not a time zone; "
            "use an IANA name such as 'Asia/Tehran' or an offset such as '+03:30'"
        ) from error
    return zone


@stage(NAME, requires=("text", "header", "lang"), assigns=("published", "url"))
def make_published(settings: Settings) -> Callable[[Doc], Doc]:
    """The publication date and time (with offset) from the dateline, and the URL."""
    default_zone = checked_zone(settings)

    def published(doc: Doc) -> Doc:
        return read_published(doc, default_zone)

    return published
