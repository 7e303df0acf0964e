"""Market reports: one trading session each (session 20 (2026-12-06), issue 6).

A paper's market page reports each trading day with the same template and the same listed
companies («گروه بورس: ... سهام ایران خودرو، سایپا ... در بورس تهران»; «مؤشر سوق الأسهم
السعودية يغلق ...»), so two pages of different days share a handful of company keys and
joined one story, though each tells its own session. A report whose headline and lead
name market words of its language (``resources/stories/market_words.tsv``) at least
``MARKET_HITS`` times is a market report; two market reports of different sessions join
only as near-duplicates (``cluster.joins``). Two reports of one day's session still join as before.

Where both leads date their session (``session_day``), the sessions are compared, not the
days of publication: a morning paper reports yesterday's close («في جلسة أمس», «طی معاملات
روز گذشته»), so its report and an agency's report of the same close, published the day
before («اليوم»), tell one session (session 21 (2026-12-06): such pairs of SaudiNewsNet,
the Athens bourse's reopening reported on 08-03 and 08-04, were split by the rule above),
and two reports of one morning, of yesterday's and of today's session, tell two. Where a
lead dates nothing, the days of publication are compared, as before: a page's undated item
may tell yesterday's session or none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from khabar.normalize.fold import fold
from khabar.resources import load_tsv
from khabar.stories.headline_words import opening, stem

MARKET_HITS = 2
"""Market words a report's headline and lead must hold: one «سهام» is a privatisation or
a dividend in passing; a session report names the market and its shares."""
LEAD_WORDS = 50
"""How many of the text's first words are its lead."""
SESSION_BACK_DAYS = 3
"""How many days before its publication a report's lead may date the session it tells
(yesterday, or a weekday after a weekend or holiday); an older date in the lead is
background («منذ بداية العام», last month's figures), not the session."""
SESSION_CONFIDENCE = 0.8
"""The least confidence of a lead's date (the date stage's) taken as the session's day: its
surest readings are yesterday and today («أمس», «اليوم», «دیروز», «امروز»); «این روز»
(0.7) is mostly anaphoric, «that day», and was read as the day of publication (a Hamshahri
page of 2006-09-03 on the first session of the week), and a bare weekday (0.5) may be
next week's."""
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def market_words() -> dict[str, frozenset[str]]:
    """Language -> its folded, stemmed market words."""
    words: dict[str, set[str]] = {}
    for word, lang in load_tsv("stories/market_words.tsv")[1:]:  # after the header row
        words.setdefault(lang, set()).update(stem(w) for w in _WORD.findall(fold(word)))
    return {lang: frozenset(found) for lang, found in words.items()}


def is_market_report(title: str | None, text: str | None, lang: str | None = None) -> bool:
    """Whether the headline and the first ``LEAD_WORDS`` words of the text name market
    words of ``lang`` (of any language when None) ``MARKET_HITS`` times or more."""
    lead = _WORD.findall(fold(opening(text, LEAD_WORDS)))[:LEAD_WORDS]
    words = _WORD.findall(fold(title or "")) + lead
    by_lang = market_words()
    wanted = by_lang.get(lang or "", frozenset()) if lang else frozenset().union(*by_lang.values())
    return sum(stem(w) in wanted for w in words) >= MARKET_HITS


def session_day(record: Mapping[str, Any], published: date | None) -> date | None:
    """The day of the session a market report tells, when its lead says: the first day the
    lead (the first ``LEAD_WORDS`` words) dates («أمس», «اليوم الثلاثاء», «دیروز»; the
    record's ``dates``, read by the date stage) at most ``SESSION_BACK_DAYS`` before
    ``published``; else None. A lead that dates nothing is not taken to tell its
    publication day's session: a morning paper's page tells yesterday's, unsaid."""
    if published is None:
        return None
    back = timedelta(days=SESSION_BACK_DAYS)
    return next((day for day in _lead_days(record) if timedelta(0) <= published - day <= back),
                None)


def _lead_days(record: Mapping[str, Any]) -> Iterator[date]:
    """The days (day-grain dates read with at least ``SESSION_CONFIDENCE``) the record's
    lead names, in text order."""
    lead_end = _lead_end(record.get("text") or "")
    mentions = [m for m in record.get("dates") or ()
                if isinstance(m.get("start"), int) and m["start"] < lead_end
                and m.get("grain") == "day" and isinstance(m.get("value"), str)
                and (m.get("confidence") or 0.0) >= SESSION_CONFIDENCE]
    for mention in sorted(mentions, key=lambda m: m["start"]):
        try:
            yield date.fromisoformat(mention["value"][:10])
        except ValueError:
            continue


def _lead_end(text: str) -> int:
    """Where the first ``LEAD_WORDS`` words of ``text`` end."""
    lead = opening(text, LEAD_WORDS)
    ends = [m.end() for m in _WORD.finditer(lead)]
    return ends[LEAD_WORDS - 1] if len(ends) >= LEAD_WORDS else len(lead)
