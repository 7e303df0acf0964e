"""Site furniture learned from one outlet's articles: the lines many of them repeat.

A phrase list cannot know every site's menu, share buttons and closing lines, but an
outlet's template repeats them in article after article while its news does not. Given
many articles of one source, a line (compared after folding digits and spaces, so
"کد خبر: 4834" and "کد خبر: 5120" are one line) that stands in at least
``min_articles`` different articles and in at least ``min_share`` of all of them is
furniture there, and ``khabar.clean.clean`` drops it with the reason
``furniture:repeated``.

Two guards keep news in: a source must have ``min_articles`` / ``min_share`` articles
(rounded up) before anything is learned from it, so one article ingested twice is not
its own furniture; and a line that ends a sentence and is longer than
``MAX_SENTENCE_WORDS`` words is never learned (an agency's stock paragraph is rare, a
quote repeated in a follow-up story is not).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["RepeatedLines", "line_key"]

#: Sentences longer than this are news, however often they repeat.
MAX_SENTENCE_WORDS = 12
_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")
_SENTENCE_END = tuple(".!?؟۔")


def line_key(line: str) -> str:
    """What two lines must share to count as the same line: digits and spaces folded."""
    return " ".join(_DIGITS.sub("0", line).split())


def _learnable(key: str) -> bool:
    if not key:
        return False
    return not (key.endswith(_SENTENCE_END) and len(key.split()) > MAX_SENTENCE_WORDS)


@dataclass
class RepeatedLines:
    """Counts of lines per source, over the articles given to ``learn``."""

    min_articles: int = 3
    min_share: float = 0.2
    articles: Counter[str] = field(default_factory=Counter)
    """Articles learned per source."""
    lines: dict[str, Counter[str]] = field(default_factory=dict)
    """Per source: in how many articles each line key stands."""

    def learn(self, source: str, lines: Iterable[str]) -> None:
        """Count one article's lines (each distinct line once)."""
        self.articles[source] += 1
        keys = {line_key(line) for line in lines}
        self.lines.setdefault(source, Counter()).update(key for key in keys if _learnable(key))

    def is_furniture(self, source: str, line: str) -> bool:
        """Whether ``line`` repeats across enough of the source's articles."""
        articles = self.articles[source]
        if articles < math.ceil(self.min_articles / self.min_share):
            return False
        seen = self.lines.get(source, Counter()).get(line_key(line), 0)
        return seen >= self.min_articles and seen >= self.min_share * articles

    @classmethod
    def from_articles(
        cls, articles: Iterable[tuple[str, str]], min_articles: int = 3, min_share: float = 0.2
    ) -> RepeatedLines:
        """Learn from ``(source, raw text)`` pairs, lines split at line breaks."""
        learned = cls(min_articles, min_share)
        for source, raw in articles:
            learned.learn(source, raw.splitlines())
        return learned
