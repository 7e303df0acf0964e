"""The outlet's own number for an article: "کد خبر: ۴۸۳۴۶۲", or the id in its URL.

Labels and URL shapes are data (``resources/meta/news_ids.tsv``). The label is looked
for in every line of ``raw`` (cleaning usually removes that line from the text, so
the raw characters are the ones to read); the URL is used only when it belongs to a
known outlet, since other sites put dates and page numbers in their paths too.
``date_in_url`` reads the publication day that some URLs encode (a Fars news id starts
with the Jalali date; many sites put /YYYY/MM/DD/ in the path).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from khabar.meta.lexicon import SPACE as S
from khabar.meta.lexicon import alternation, for_matching
from khabar.resources import load_tsv

#: Between a label and its number: spaces, a colon or a dash, and bidi marks.
_GAP = rf"(?:{S}|[:\-|#])*"


@dataclass(frozen=True, slots=True)
class NewsId:
    value: str
    """ASCII digits."""
    raw_start: int | None = None
    raw_end: int | None = None
    """Where the digits were read in ``raw``; None when they came from the URL."""


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    rows = load_tsv("meta/news_ids.tsv")
    labels = alternation((row[2] for row in rows if row[0] == "label"), guard=True)
    label = re.compile(rf"{labels}{_GAP}(?P<id>[0-9]{{3,20}})(?![0-9])")
    urls = tuple(re.compile(row[2]) for row in rows if row[0] == "url")
    return label, urls


@lru_cache(maxsize=1)
def _date_shapes() -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    rows = load_tsv("meta/news_ids.tsv")
    return tuple((frozenset(row[1].split(",")), re.compile(row[2]))
                 for row in rows if row[0] == "url_date")


def date_in_url(url: str, outlet_id: str | None) -> tuple[str, int, int, int] | None:
    """(calendar, year, month, day) that the path of ``url`` encodes, if it has a shape
    listed for its outlet (or for any site): "/news/8707060255" at Fars -> Jalali
    1387-07-06, "/2025/01/20/..." -> Gregorian."""
    path = urlsplit(url.strip()).path
    for outlets, shape in _date_shapes():
        if "*" not in outlets and outlet_id not in outlets:
            continue
        m = shape.search(path)
        if m is None:
            continue
        parts = m.groupdict()
        year = int(parts["y"]) if parts.get("y") else 1300 + int(parts["yy"])
        calendar = "jalali" if year < 1500 else "gregorian"
        return calendar, year, int(parts["m"]), int(parts["d"])
    return None


def news_id_in_text(raw: str, folded: str | None = None) -> NewsId | None:
    """The first labelled news id in ``raw`` (digits of any script, read as ASCII);
    ``folded`` is ``for_matching(raw)`` when the caller has it."""
    label, _ = _patterns()
    m = label.search(for_matching(raw) if folded is None else folded)
    if m is None:
        return None
    return NewsId(m.group("id"), m.start("id"), m.end("id"))


def news_id_in_url(url: str) -> NewsId | None:
    """The article number in the path of ``url`` ("/news/1403110105123" -> that)."""
    _, shapes = _patterns()
    path = urlsplit(url.strip()).path
    for shape in shapes:
        m = shape.search(path)
        if m is not None:
            return NewsId(m.group(1))
    return None
