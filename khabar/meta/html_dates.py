"""The publication date stated by a web page: meta tags, <time>, then bylines.

trafilatura (through htmldate) reads ISO dates from meta tags well but misses Jalali
and Hijri datelines written in the page ("دوشنبه 1 بهمن 1403 - 09:53:26" in a
"news-date" span). ``html_published`` tries, in the order of
``resources/meta/html_dates.tsv``: meta tags holding an ISO date, <time> elements, and
short elements whose class or id names a date, read with ``find_dates``. The HTML
reader can call it when trafilatura finds no date, and hand the result on as
``meta["date"]`` (the published stage then uses it when the text has no dateline).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from typing import Any

from khabar.meta import calendars as cal
from khabar.meta.dates import find_dates
from khabar.resources import load_tsv

#: Longer elements are articles or lists, not bylines.
MAX_BYLINE = 160


@lru_cache(maxsize=1)
def _fields() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for kind, value in load_tsv("meta/html_dates.tsv"):
        found.setdefault(kind, []).append(value.lower())
    return {kind: tuple(values) for kind, values in found.items()}


def _iso(text: str, zone: str) -> str | None:
    """An ISO 8601 date or date-time, with ``zone`` added when it has no offset."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = cal.localize(moment, zone)
    return cal.iso(moment, True)


def _parsed(text: str, lang: str | None, zone: str) -> str | None:
    """A date read by khabar's parser from a byline (absolute dates only)."""
    for match in find_dates(text, lang=lang, tz=zone):
        if match.calendar != "relative" and match.grain in ("day", "minute", "second"):
            if match.zone_explicit:  # "بتوقيت غرينتش": the offset is already right
                return cal.iso(datetime.fromisoformat(match.value), True)
            if match.local is None:
                return cal.iso(cal.localize(datetime.fromisoformat(match.value), zone), True)
            return cal.iso(cal.localize(datetime.fromisoformat(match.local), zone), True)
    return None


def _meta_candidates(tree: Any) -> Iterator[str]:
    names = _fields().get("meta", ())
    tags: dict[str, list[str]] = {name: [] for name in names}
    for tag in tree.iter("meta"):
        label = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if label in tags and tag.get("content"):
            tags[label].append(tag.get("content"))
    for name in names:
        yield from tags[name]


def _byline_candidates(tree: Any) -> Iterator[str]:
    words = _fields().get("class", ())
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        label = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if any(word in label for word in words):
            text = element.text_content().strip()
            if 0 < len(text) <= MAX_BYLINE:
                yield text


def html_published(html: str, lang: str | None = None,
                   zone: str = "Asia/Tehran") -> tuple[str, str] | None:
    """(ISO 8601 with offset, the text it was read from) for a page, or None."""
    import lxml.html  # type: ignore[import-untyped]  # lxml ships no types; trafilatura needs it

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None
    for text in _meta_candidates(tree):
        if (value := _iso(text, zone) or _parsed(text, lang, zone)) is not None:
            return value, text
    if "datetime" in _fields().get("time", ()):
        for element in tree.iter("time"):
            text = element.get("datetime") or element.text_content()
            if text and (value := _iso(text, zone) or _parsed(text, lang, zone)) is not None:
                return value, text
    for text in _byline_candidates(tree):
        if (value := _parsed(text, lang, zone)) is not None:
            return value, text
    return None
