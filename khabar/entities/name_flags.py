"""Longest gazetteer names in a tokenised sentence, for the NER model's flag features.

It finds what ``PhraseIndex.find_at`` finds on tokens joined by single spaces (the
longest name from each word, left to right, an Arabic proclitic stripped from the first
word), but grows a name word by word and stops as soon as no indexed name starts with
what it has joined: most words that may start a multi-word name start none, and the
index's own matcher tries every length down from the longest name it holds.

Only an index's own names count: the organisation index's head noun + country pairs
("ارتش پاکستان", matched by its ``match_at`` for the rule stage) are not flagged, as
they were not when the shipped models were trained (as a flag of their own they moved
dev F1 by noise: fa -0.03, ar +0.3).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.entities.gazetteer import PhraseIndex, Word, clitic_variants

Gazetteer = list[list[str]]
"""Per token of a sentence, the gazetteer flags it has (``features.gazetteer_flags``):
found once per sentence, read by both the CRF and the neural model."""
MAX_REMEMBERED = 500_000
"""Words remembered per index; emptied past this size to bound memory."""


class NameFlags:
    """The keys of one ``PhraseIndex``, with every prefix of its multi-part keys."""

    def __init__(self, index: PhraseIndex) -> None:
        self.entries, self.parts = index.keys()
        self.prefixes = frozenset(key[:k] for key in self.parts for k in range(1, len(key)))
        """Proper prefixes of multi-part keys: a joined run outside them can't grow."""
        self.max_words = index.max_words
        self._starts: dict[str, bool] = {}
        """``may_start`` per word text: news repeats its words."""

    def may_start(self, word: Word) -> bool:
        """Whether a name of the index may start at ``word``: the word, any proclitic
        stripped, is a name or begins a multi-part one."""
        known = self._starts.get(word.text)
        if known is None:
            known = word.text[:1].isalnum() and any(
                head in self.entries or head in self.prefixes
                for _, head in clitic_variants(word))
            if len(self._starts) > MAX_REMEMBERED:
                self._starts.clear()
            self._starts[word.text] = known
        return known

    def longest(self, words: Sequence[Word], i: int) -> int:
        """How many words the longest name starting at word ``i`` spans (0: none)."""
        if not words[i].text[:1].isalnum():
            return 0
        limit = min(self.max_words, len(words) - i)
        best = 0
        for _, head in clitic_variants(words[i]):
            if best == 0 and head in self.entries:
                best = 1
            key, size = head, 1
            while size < limit and (key in self.prefixes or key in self.parts):
                # a whole key grows only by a word that folds to nothing (a lone tatweel)
                following = words[i + size]
                if not following.text[:1].isalnum():
                    break
                key += following.folded
                size += 1
                # as the index's matcher: a word folding to nothing never ends a name
                if size > best and following.folded and key in self.parts:
                    best = size
        return best

    def find(self, words: Sequence[Word], positions: Sequence[int]) -> list[tuple[int, int]]:
        """(first, last) word of each name found from ``positions`` (ascending), not
        overlapping, left to right."""
        found = []
        after = 0
        for i in positions:
            if i < after:
                continue
            size = self.longest(words, i)
            if size:
                found.append((i, i + size - 1))
                after = i + size
        return found


def starting(finders: Sequence[NameFlags], word: Word) -> tuple[int, ...]:
    """The positions in ``finders`` of those whose ``may_start`` holds for ``word``, its
    proclitic variants found once for all of them (a new word type asks every index)."""
    if not word.text[:1].isalnum():
        return ()
    heads, positions = _start_table(tuple(finders))
    mask = 0
    for _, head in clitic_variants(word):
        mask |= heads.get(head, 0)
    return positions[mask]


@lru_cache(maxsize=4)
def _start_table(finders: tuple[NameFlags, ...]
                 ) -> tuple[dict[str, int], tuple[tuple[int, ...], ...]]:
    """Every key and key prefix of the ``finders``, with the bit mask of the finders that
    hold it, and each mask's positions: one lookup per head instead of two per finder
    (new word types are most of a cold document's cost)."""
    heads: dict[str, int] = {}
    for k, finder in enumerate(finders):
        for head in finder.entries | finder.prefixes:
            heads[head] = heads.get(head, 0) | 1 << k
    positions = tuple(tuple(k for k in range(len(finders)) if mask >> k & 1)
                      for mask in range(1 << len(finders)))
    return heads, positions


@lru_cache(maxsize=16)
def name_flags(index: PhraseIndex) -> NameFlags:
    """Built once per index (the gazetteers are built once per process)."""
    return NameFlags(index)
