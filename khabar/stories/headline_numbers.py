"""The numbers of a headline, as story keys that read the same in every script.

A toll, an amount or a count («۴۶ کشته», «46 قتيلاً») is what a Persian and an Arabic report
of one happening most often share beside a place: names need a KB entry to meet across
scripts, digits only need folding. Left out: single digits (too many unrelated reports of
the same days headline "3 killed"), years, a day of the month beside a month's name
(«۱۵ خرداد», «23 يوليو»: the calendar a report is set in, not a figure of its happening), and
rates («۱۰ درصد», «۳۲ درصدی», "12%": growth figures of unrelated reports meet by chance),
and digits joined by a slash or colon (dates «۱۳۹۴/۰۵/۱۲», times, Persian decimals «۵/۲۷»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.normalize.fold import fold
from khabar.resources import load_lines, load_tsv

MONTHS = "dates/months.tsv"
RATES = "stories/rate_words.txt"
_NUMBER = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*")
_JOINED = re.compile(r"[/:]\d")
"""Digits joined by a slash or colon with no space: a date ("۱۳۹۴/۰۵/۱۲"), a time ("10:30")
or a Persian decimal ("۵/۲۷"), no count of a happening (a spaced slash parts a Persian
headline's two halves: "... بارید/ ۴۶ کشته")."""
MIN_NUMBER = 10
"""The smallest headline number that is a key."""
YEARS = ((1300, 1500), (1900, 2100))
"""Four-digit numbers in these ranges are years (Jalali or Hijri, Gregorian)."""


def title_numbers(title: str | None) -> frozenset[str]:
    """The figures of a headline, digits folded to ASCII and thousands marks dropped
    ("1,200", «۱٬۲۰۰»: 1200)."""
    if not title:
        return frozenset()
    folded = fold(title)
    after, before = _month_patterns()
    rate = _rate_pattern()
    found = set()
    for match in _NUMBER.finditer(folded):
        number = match.group().replace(",", "").replace("\u066c", "").replace("\u066b", ".")
        whole = number.split(".")[0]
        if not whole.isascii():  # digits the fold leaves (superscripts and the like)
            continue
        value = int(whole)
        if value < MIN_NUMBER or (len(whole) == 4 and any(a <= value < b for a, b in YEARS)):
            continue
        if (after.match(folded, match.end()) or before.search(folded[: match.start()])
                or rate.match(folded, match.end()) or _joined(folded, match)):
            continue
        found.add(number)
    return frozenset(found)


def _joined(folded: str, match: re.Match[str]) -> bool:
    """Whether the number is part of a date, a time or a slashed decimal."""
    start = match.start()
    return bool(_JOINED.match(folded, match.end())) or (
        start >= 2 and folded[start - 1] in "/:" and folded[start - 2].isdigit())


@lru_cache(maxsize=1)
def _month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a month's name right after a number, a month's name right before one): the first
    word of each name of ``dates/months.tsv``, folded, in any calendar and language."""
    words = {fold(row[4]).split()[0] for row in load_tsv(MONTHS) if len(row) == 5 and row[4]}
    names = "|".join(sorted((re.escape(w) for w in words if len(w) > 1), key=len, reverse=True))
    return (re.compile(rf"\s*(?:{names})(?![^\W\d_])"),
            re.compile(rf"(?<![^\W\d_])(?:{names})\s*$"))


@lru_cache(maxsize=1)
def _rate_pattern() -> re.Pattern[str]:
    """A rate word (``stories/rate_words.txt``) right after a number."""
    words = sorted((re.escape(fold(w)) for w in load_lines(RATES)), key=len, reverse=True)
    return re.compile(rf"\s*(?:{'|'.join(words)})(?![^\W\d_])")
