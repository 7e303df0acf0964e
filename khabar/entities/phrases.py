"""Phrase matching over folded words: ``PhraseIndex`` and the Arabic proclitics.

Names are indexed by their folded words joined without spaces, so "اسلام‌آباد",
"اسلامآباد" and "اسلام آباد" all find Islamabad. Matching is longest-first and may strip
an Arabic proclitic ("لاسلام اباد"). The gazetteers built on it are in
``khabar.entities.gazetteer`` (which re-exports these names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import compress, count
from operator import attrgetter, is_, not_
from typing import TYPE_CHECKING, Generic, TypeVar

from khabar.entities.shared_starts import JOIN_AFTER, SharedStarts
from khabar.entities.word_marks import (
    HOPEFUL,
    HOPELESS,
    MIN_TOKENS,
    Marks,
    Numbering,
    hopeful_positions,
    numbered,
)
from khabar.entities.words import Word, key_and_parts, phrase_key
from khabar.normalize.fold import fold
from khabar.resources import load_tsv

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

MIN_STEM = 3
"""A word left shorter than this after stripping a proclitic is not looked up."""
WORD_GAP = re.compile(r"[\s\u200c\u200d]*")
"""What may stand between two words of one phrase: spaces and the zero-width (non-)joiners."""
_PREFIX = 4
_HOPELESS_CACHE = 500_000
"""Words remembered as starting no name; emptied past this size to bound memory."""
_TEXT = attrgetter("text")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int
    end: int
    first: int
    """Index of the first word matched."""
    last: int
    """Index of the last word matched (inclusive)."""
    value: T


@lru_cache(maxsize=1)
def clitics() -> tuple[tuple[str, str], ...]:
    rows = load_tsv("entities/clitics.tsv")
    return tuple(sorted(((r[0], r[1] if len(r) > 1 else "") for r in rows),
                        key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def proclitics() -> frozenset[str]:
    """Arabic one-letter proclitics a name's first word may carry (and, then, with, for,
    like): those of ``clitics()`` that leave nothing in their place. One definition for
    the KB linkers (``kb.link``, ``kb.former``, ``kb.places``, ``kb.context_names``)."""
    return frozenset(prefix for prefix, rest in clitics() if len(prefix) == 1 and not rest)


def clitic_variants(word: Word) -> tuple[tuple[int, str], ...]:
    """(characters skipped, folded rest) for the word and each proclitic it may carry;
    kept on the word (``Word.variants``) once worked out."""
    found = word.variants
    if found is None:
        found = word.variants = _variants_of(word.text, word.folded)
    return found


def proclitic_forms(word: Word) -> set[str]:
    """The folded word and its forms without a proclitic ("لأمير", "والمفتي", "بجامعة")."""
    return {rest for _, rest in _variants_of(word.text, word.folded)}


@lru_cache(maxsize=65536)
def _variants_of(text: str, folded: str) -> tuple[tuple[int, str], ...]:
    """Cached: news repeats its words, and matching asks for every word several times."""
    variants = [(0, folded)]
    for length, replacements_of in clitics_by_length():
        replacements = replacements_of.get(folded[:length])
        if replacements and len(folded) >= length + MIN_STEM:
            skip = _original_length(text, folded[:length])
            if skip is not None:
                variants += [(skip, replacement + folded[length:])
                             for replacement in replacements]
    return tuple(variants)


@lru_cache(maxsize=1)
def clitics_by_length() -> tuple[tuple[int, dict[str, tuple[str, ...]]], ...]:
    """``clitics()`` by prefix length, longest first: prefix -> its replacements in file
    order. A word starts with at most one prefix of each length, so a lookup per length
    finds, in ``clitics()``'s order, what testing every prefix would."""
    lengths: dict[int, dict[str, tuple[str, ...]]] = {}
    for prefix, replacement in clitics():
        found = lengths.setdefault(len(prefix), {})
        found[prefix] = (*found.get(prefix, ()), replacement)
    return tuple(sorted(lengths.items(), key=lambda item: -item[0]))


def _original_length(text: str, folded_prefix: str) -> int | None:
    """How many characters of ``text`` fold to ``folded_prefix``, if a prefix does."""
    for length in range(1, len(text)):
        folded = fold(text[:length])
        if folded == folded_prefix:
            return length
        if len(folded) > len(folded_prefix):
            return None
    return None


class PhraseIndex(Generic[T]):
    """Names (any spelling) to values; finds the longest names in a word sequence."""

    def __init__(self) -> None:
        self._entries: dict[str, T] = {}
        self._splittable: set[str] = set()
        """Keys of names written in parts (space or ZWNJ): only these match across words."""
        self._starts: set[str] = set()
        """Prefixes (1 to _PREFIX characters) of splittable keys: a word whose folded form
        starts no such key cannot start a multi-word name, so longer spans are skipped.
        One set for every length: a word's first _PREFIX characters (all of a shorter
        word) are looked up as they are."""
        self.max_words = 1
        self._prefixes: frozenset[str] | None = None
        """Built on first use (``_key_prefixes``), dropped when a name is added."""
        self._hopeless: tuple[dict[str, bool], dict[str, bool]] = ({}, {})
        """Per word text, without and with clitic stripping: True when no name can start
        at it (two dicts keyed by the text: no key tuple to build for every word). Sound
        only for words folded as tokenized (``words.fold_word`` of the text): others go
        through ``find_rewritten``."""
        self._marks: Marks | None = None
        """The same by word number, for long token lists (``word_marks``)."""
        self._first_read: int | None = None
        """``_SHARED.documents`` when the index was first read: it joins ``JOIN_AFTER``
        documents later."""
        self._joinable = True
        """False once changed after a read: an index still being added to (or built for
        one document) keeps its own marks."""

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, phrase: str) -> bool:
        return phrase_key(phrase) in self._entries

    def add(self, phrase: str, value: T, *, replace: bool = True) -> None:
        key, parts = key_and_parts(phrase)
        if not replace and key in self._entries:
            return
        self.add_keyed(phrase, key, parts, value)

    def add_keyed(self, phrase: str, key: str, parts: int, value: T) -> None:
        """``add`` for a caller that has the name's ``key_and_parts`` already."""
        if not key:
            return
        self._entries[key] = value
        for known in self._hopeless:
            known.clear()
        self._marks = None
        self._prefixes = None
        if self._first_read is not None and self._joinable:
            self._joinable = False
            _SHARED.leave(self)
        if parts > 1 or "\u200c" in phrase:
            self._splittable.add(key)
            self._starts.update(key[:k] for k in range(1, min(_PREFIX, len(key)) + 1))
        self.max_words = max(self.max_words, parts + 1)

    def get(self, phrase: str) -> T | None:
        return self._entries.get(phrase_key(phrase))

    def get_keyed(self, key: str) -> T | None:
        return self._entries.get(key)

    def opening_keys(self) -> tuple[Iterable[str], Iterable[str]]:
        """The keys, and the openings (``_starts``) of the keys written in parts: a name
        may start at a word one of whose forms is among the first or whose first
        ``_PREFIX`` characters are among the second (``shared_starts``)."""
        return self._entries.keys(), self._starts

    def keys(self) -> tuple[frozenset[str], frozenset[str]]:
        """Every key, and the keys of names written in parts (for the NER features'
        own longest-match flags, ``khabar.entities.name_flags``)."""
        return frozenset(self._entries), frozenset(self._splittable)

    def cannot_start(self, word: Word, strip_clitics: bool = False) -> bool:
        """Whether no name starts at ``word``: neither the word alone (any proclitic
        stripped) nor a prefix of a multi-word name. Cached per word: most are not."""
        known_words = self._hopeless[bool(strip_clitics)]
        known = known_words.get(word.text)
        if known is None:
            known = True
            if word.text[:1].isalnum():
                entries, starts = self._entries, self._starts
                variants = clitic_variants(word) if strip_clitics else ((0, word.folded),)
                for _, head in variants:
                    if head in entries or head[:_PREFIX] in starts:
                        known = False
                        break
            if len(known_words) > _HOPELESS_CACHE:
                known_words.clear()
            known_words[word.text] = known
        return known

    def match_at(
        self, text: str, tokens: Sequence[Word], i: int, strip_clitics: bool = False
    ) -> Match[T] | None:
        """The longest name that starts at word ``i``."""
        if self.cannot_start(tokens[i], strip_clitics):
            return None
        return self._match_from(text, tokens, i, strip_clitics)

    def _match_from(self, text: str, tokens: Sequence[Word], i: int, strip_clitics: bool
                    ) -> Match[T] | None:
        """``match_at`` without ``cannot_start``, which only saves the work below where
        no name can start (no variant is a key or opens a key written in parts): the
        result is the same."""
        word = tokens[i]
        if not word.text[:1].isalnum():
            return None
        variants = clitic_variants(word) if strip_clitics else ((0, word.folded),)
        starters = [v for v in variants if v[1][:_PREFIX] in self._starts]
        longest = min(self.max_words, len(tokens) - i)
        if starters and longest > 1:
            found = self._multi_word_at(text, tokens, i, longest, starters)
            if found is not None:
                return found
        for skip, head in variants:
            value = self._entries.get(head)
            if value is not None:
                return Match(word.start + skip, word.end, i, i, value)
        return None

    def _multi_word_at(self, text: str, tokens: Sequence[Word], i: int, longest: int,
                       starters: Sequence[tuple[int, str]]) -> Match[T] | None:
        """The longest name of 2 to ``longest`` words from word ``i`` (of equal lengths,
        the first starter's), over words joined by spaces or joiners only. Each starter
        grows word by word only while it is a prefix of a key written in parts: no longer
        joint can be such a key (so the words' joins are checked only as far as that)."""
        prefixes = self._prefixes if self._prefixes is not None else self._key_prefixes()
        best_n = 1
        best: tuple[int, T] | None = None
        joined = 1
        """Words from ``i`` known to be joined."""
        for skip, head in starters:
            key = head
            for n in range(2, longest + 1):
                if n > joined:
                    if not _joins(text, tokens, i + n - 1):
                        break
                    joined = n
                folded = tokens[i + n - 1].folded
                key += folded
                if key not in prefixes:
                    break
                # a word that folds to nothing (a tatweel standing for a dash, «عبد الله ـ
                # رحمه الله ـ») may sit inside a name but never ends one
                if n > best_n and folded and key in self._splittable:
                    value = self._entries.get(key)
                    if value is not None:
                        best_n, best = n, (skip, value)
        if best is None:
            return None
        skip, value = best
        return Match(tokens[i].start + skip, tokens[i + best_n - 1].end, i, i + best_n - 1,
                     value)

    def _key_prefixes(self) -> frozenset[str]:
        """Every prefix of every key written in parts (the key itself included)."""
        prefixes = self._prefixes
        if prefixes is None:
            prefixes = frozenset(key[:k] for key in self._splittable
                                 for k in range(1, len(key) + 1))
            self._prefixes = prefixes
        return prefixes

    def find_at(self, text: str, tokens: Sequence[Word], positions: Sequence[int],
                strip_clitics: bool = False) -> list[Match[T]]:
        """``find_all`` when the caller already knows the only ``positions`` (ascending)
        where a name may start (those ``cannot_start`` does not rule out)."""
        found: list[Match[T]] = []
        after = 0
        # at positions where a name may start the memo of ``cannot_start`` need not be
        # read again, unless a subclass matches or rules out in its own way
        plain = (type(self).match_at is PhraseIndex.match_at
                 and type(self).cannot_start is PhraseIndex.cannot_start)
        match_at = self._match_from if plain else self.match_at
        for i in positions:
            if i < after:
                continue
            match = match_at(text, tokens, i, strip_clitics)
            if match is not None:
                found.append(match)
                after = match.last + 1
        return found

    def start_positions(self, tokens: Sequence[Word], strip_clitics: bool = False) -> list[int]:
        """Indexes of the words where a name may start (``cannot_start`` is False), read
        from the per-word cache: most words of a text are in it already."""
        known = self._hopeless[bool(strip_clitics)]
        if len(tokens) > _HOPELESS_CACHE:
            return [i for i, word in enumerate(tokens)
                    if not PhraseIndex.cannot_start(self, word, strip_clitics)]
        read = _read(tokens)
        shared = self._shared_positions(read, tokens, strip_clitics)
        if shared is not None:
            return shared
        if len(tokens) >= MIN_TOKENS:  # a document: by word number (``word_marks``)
            numbering, numbers = read.numbered()
            marks = self._marks
            if marks is None or marks.numbering is not numbering:
                marks = self._marks = Marks(numbering)
            return hopeful_positions(tokens, numbers, marks.table(strip_clitics, numbers),
                                     partial(self._marks_of, strip_clitics=strip_clitics))
        if len(known) + len(tokens) > _HOPELESS_CACHE:
            known.clear()  # now, so that no entry is dropped while the text is read
        missing = read.distinct.difference(known)
        if missing:  # each new word once, whatever its count (a text folds one way)
            self._remember(known, missing, read.by_text(), strip_clitics)
        return list(compress(count(), map(not_, map(known.__getitem__, read.texts))))

    def _shared_positions(self, read: _Read, tokens: Sequence[Word], strip_clitics: bool
                          ) -> list[int] | None:
        """``start_positions`` from ``_SHARED``, joined ``JOIN_AFTER`` documents after the
        first read if unchanged since; None while the index keeps its own marks."""
        found = self._from_shared(read, tokens, strip_clitics)
        if found is None and self._joinable:
            if self._first_read is None:
                self._first_read = _SHARED.documents
            elif _SHARED.documents - self._first_read >= JOIN_AFTER and _SHARED.join(self):
                self._marks = None
                found = self._from_shared(read, tokens, strip_clitics)
        return found

    def _from_shared(self, read: _Read, tokens: Sequence[Word], strip_clitics: bool
                     ) -> list[int] | None:
        if len(tokens) >= MIN_TOKENS:  # a document: by word number (``word_marks``)
            numbering, numbers = read.numbered()
            return _SHARED.by_number(self, numbering, numbers, tokens, strip_clitics)
        return _SHARED.by_text(self, read, strip_clitics)

    def _marks_of(self, words: list[Word], strip_clitics: bool) -> list[int]:
        """``word_marks.HOPEFUL`` for each word at which a name may start (``cannot_start``
        is False), else ``HOPELESS``, in one loop."""
        entries, starts = self._entries, self._starts
        found = []
        for word in words:
            mark = HOPELESS
            text = word.text
            if text[:1].isalnum():
                folded = word.folded
                for _, head in (_variants_of(text, folded) if strip_clitics
                                else ((0, folded),)):
                    if head in entries or head[:_PREFIX] in starts:
                        mark = HOPEFUL
                        break
            found.append(mark)
        return found

    def _remember(self, known: dict[str, bool], missing: Iterable[str],
                  by_text: dict[str, Word], strip_clitics: bool) -> None:
        """``cannot_start`` of each word of ``missing`` into ``known``, in one loop (the
        caller has made room: no entry is dropped)."""
        entries, starts = self._entries, self._starts
        for text in missing:
            hopeless = True
            if text[:1].isalnum():
                folded = by_text[text].folded
                for _, head in (_variants_of(text, folded) if strip_clitics
                                else ((0, folded),)):
                    if head in entries or head[:_PREFIX] in starts:
                        hopeless = False
                        break
            known[text] = hopeless

    def find_rewritten(self, text: str, tokens: Sequence[Word], strip_clitics: bool = False
                       ) -> list[Match[T]]:
        """``find_all`` for words whose folded form is not their text's (an ending dropped:
        ``events.arguments._nominative``). The per-text memo of ``cannot_start`` is neither
        read nor written: keyed by the text, its answer is for the text's own folded form,
        and a rewritten word there would change what later documents find (issue 8)."""
        found: list[Match[T]] = []
        after = 0
        for i in range(len(tokens)):
            if i >= after and (match := self._match_from(text, tokens, i, strip_clitics)):
                found.append(match)
                after = match.last + 1
        return found

    def find_all(
        self, text: str, tokens: Sequence[Word], strip_clitics: bool = False
    ) -> list[Match[T]]:
        """Non-overlapping longest matches, left to right."""
        return self.find_at(text, tokens, self.start_positions(tokens, strip_clitics),
                            strip_clitics)


def _heads(text: str, folded: str, strip_clitics: bool) -> Iterable[str]:
    """The forms of a word looked up where a name may start: the folded word, and with
    ``strip_clitics`` its forms without a proclitic."""
    if strip_clitics:
        return [head for _, head in _variants_of(text, folded)]
    return (folded,)


_SHARED = SharedStarts(_heads, _PREFIX)
"""The settled indexes' start marks (``shared_starts``)."""


class _Read:
    """A token sequence's texts, as ``start_positions`` reads them."""

    __slots__ = ("_by_text", "_numbered", "distinct", "texts", "tokens", "words")

    def __init__(self, tokens: Sequence[Word]) -> None:
        self.tokens = tokens
        self.words = tuple(tokens)
        """The words when read: a list may change after, and must then be read again."""
        self.texts = list(map(_TEXT, tokens))
        self.distinct = set(self.texts)
        self._by_text: dict[str, Word] | None = None
        self._numbered: tuple[Numbering, np.ndarray] | None = None

    def same(self, tokens: Sequence[Word]) -> bool:
        return (tokens is self.tokens and len(tokens) == len(self.words)
                and all(map(is_, tokens, self.words)))

    def numbered(self) -> tuple[Numbering, np.ndarray]:
        """The numbering, and each word's number in it (``word_marks.numbered``)."""
        if self._numbered is None:
            self._numbered = numbered(self.texts)
            _SHARED.document_numbered()
        return self._numbered

    def by_text(self) -> dict[str, Word]:
        """Each text's (last) word."""
        if self._by_text is None:
            self._by_text = dict(zip(self.texts, self.words, strict=True))
        return self._by_text


_last_read: _Read | None = None


def _read(tokens: Sequence[Word]) -> _Read:
    """``_Read`` of ``tokens``, kept for the last sequence: the entity stage reads a
    document's words with eight indexes, and building the texts' list and set again for
    each was about a third of the time those reads took."""
    global _last_read
    last = _last_read
    if last is not None and last.same(tokens):
        return last
    # assigned at once: a thread reading the slot sees an old or a new one, whole
    last = _last_read = _Read(tokens)
    return last


def _joins(text: str, tokens: Sequence[Word], j: int) -> bool:
    """Whether word ``j`` is letters joined to word ``j - 1`` by spaces or joiners only."""
    if not tokens[j].text[:1].isalnum():
        return False
    gap_start, gap_end = tokens[j - 1].end, tokens[j].start
    # most gaps are one space: no need for the pattern
    return (gap_end == gap_start + 1 and text[gap_start] == " ") or bool(
        WORD_GAP.fullmatch(text, gap_start, gap_end))
