"""Market reports: one trading session each (session 20 (2026-12-06), issue 6).

A paper's market page reports each trading day with the same template and the same listed
companies («گروه بورس: ... سهام ایران خودرو، سایپا ... در بورس تهران»; «مؤشر سوق الأسهم
السعودية يغلق ...»), so two pages of different days share a handful of company keys and
joined one story, though each tells its own session. A report whose headline and lead
name market words (``resources/stories/market_words.txt``) at least ``MARKET_HITS`` times
is a market report; two market reports of different days join only as near-duplicates
(``cluster.joins``). Two reports of one day's session still join as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.normalize.fold import fold
from khabar.resources import load_lines
from khabar.stories.headline_words import stem

MARKET_HITS = 2
"""Market words a report's headline and lead must hold: one «سهام» is a privatisation or
a dividend in passing; a session report names the market and its shares."""
LEAD_WORDS = 50
"""How many of the text's first words are its lead."""
LEAD_CHARS = 1000
"""Enough of the text for ``LEAD_WORDS`` words: a long article is not folded whole."""
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def market_words() -> frozenset[str]:
    """The folded, stemmed market words."""
    return frozenset(stem(w) for line in load_lines("stories/market_words.txt")
                     for w in _WORD.findall(fold(line)))


def is_market_report(title: str | None, text: str | None) -> bool:
    """Whether the headline and the first ``LEAD_WORDS`` words of the text name market
    words ``MARKET_HITS`` times or more."""
    lead = _WORD.findall(fold((text or "")[:LEAD_CHARS]))[:LEAD_WORDS]
    words = _WORD.findall(fold(title or "")) + lead
    wanted = market_words()
    return sum(stem(w) in wanted for w in words) >= MARKET_HITS
