"""The words of a headline that two articles' headlines are compared on: folded, with the
article, conjunction and plural or feminine endings of ``resources/stories/affixes.tsv``
taken off, short function words left out."""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.normalize.fold import fold
from khabar.resources import load_tsv
from khabar.stories.memo import MEMO_SIZE

MIN_TITLE_WORD = 3
_TITLE_WORD = re.compile(r"[^\W\d_]+")
CHARS_PER_LEAD_WORD = 20
"""Characters of a text's opening read for each word of its lead: enough for news prose's
words and the spaces between them, so a long article is not folded or split whole. Session
25 (2026-12-07), engineer mend5: ``topic`` and ``markets`` each kept a ``LEAD_CHARS`` of
twenty characters a lead word, with the same note."""


def opening(text: str | None, words: int) -> str:
    """The opening of ``text`` that holds its first ``words`` words
    (``CHARS_PER_LEAD_WORD`` characters for each)."""
    return (text or "")[:words * CHARS_PER_LEAD_WORD]


@lru_cache(maxsize=MEMO_SIZE)
def title_words(title: str | None) -> frozenset[str]:
    """The folded, lightly stemmed content words of a headline (short function words left
    out): "العراقيون" and "العراقيين" are one word. Cached, as each article is compared
    with up to ``MAX_NEIGHBOURS`` others."""
    if not title:
        return frozenset()
    stems = (stem(w) for w in _TITLE_WORD.findall(fold(title)))
    return frozenset(w for w in stems if len(w) >= MIN_TITLE_WORD)


def stem(word: str) -> str:
    """A word without the article and conjunction before it and a plural or feminine ending
    after it (``resources/stories/affixes.tsv``), keeping at least three letters."""
    prefixes, suffixes = affixes()
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_TITLE_WORD:
            word = word[len(prefix):]
            break
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_TITLE_WORD:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1)
def affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(prefixes, suffixes), folded, longest first."""
    rows = load_tsv("stories/affixes.tsv")
    prefixes = sorted({fold(a) for a, kind in rows if kind == "prefix"}, key=len, reverse=True)
    suffixes = sorted({fold(a) for a, kind in rows if kind == "suffix"}, key=len, reverse=True)
    return tuple(prefixes), tuple(suffixes)
