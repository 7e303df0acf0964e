"""Where names may start in a token list, worked out once per word for every settled index.

The pipeline reads each document with about twenty long-lived phrase indexes (the entity
stage's gazetteers and title lists on the whole document, the quote, event and dateline
lists sentence by sentence), and each asked of every word new to it whether a name of its
own may start there (the word, or a form of it without a proclitic, is a key or opens a
key written in parts): two set lookups per index per word (``PhraseIndex._marks_of`` and
``_remember``), about 5% of the pipeline spread over the indexes (issue 8, session 28).
Here the indexes share one table: their keys and key openings merged into two dicts that
give for each a bitmask of the indexes holding it, so that a new word is looked up once
for all of them; one mask per word number for documents (``word_marks``: gathered once
per document and mode for all of them) and one per word text for shorter lists.

An index joins once it has been read over ``JOIN_AFTER`` documents unchanged: the
per-document indexes (``org_repeats``) never do, and keep their own marks. An index
changed after its first read never joins, and leaves if it had; the masks are then
worked out again, as they are when an index joins (its bit is new to them). A mask by
number is worked out under one numbering (``word_marks.Numbering``) and dropped with it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from itertools import count
from typing import TYPE_CHECKING, Protocol

from khabar.entities.word_marks import Numbering

if TYPE_CHECKING:
    import numpy as np

    from khabar.entities.words import Word

JOIN_AFTER = 3
"""Documents numbered since an index's first read before it joins."""
KNOWN = 1
"""Bit 0 of every mask worked out: a mask of 0 is a word not yet looked up."""
MAX_MEMBERS = 62
"""Bits 1 to 62 of an ``int64`` mask; an index beyond these keeps its own marks."""
MAX_TEXTS = 500_000
"""Word texts remembered; emptied past this size to bound memory."""


class Opening(Protocol):
    """What the table reads of an index (``PhraseIndex.opening_keys``)."""

    def opening_keys(self) -> tuple[Iterable[str], Iterable[str]]: ...


class Read(Protocol):
    """What the table reads of a token list (``phrases._Read``)."""

    texts: list[str]
    distinct: set[str]

    def by_text(self) -> dict[str, Word]: ...


Heads = Callable[[str, str, bool], Iterable[str]]
"""A word's text, its folded form and whether proclitics are stripped -> the forms
looked up (``phrases._heads``)."""


class SharedStarts:
    """The masks of the indexes that joined, without and with proclitic stripping.
    Thread-safe: one lock around joining, leaving and working masks out."""

    def __init__(self, heads: Heads, prefix: int) -> None:
        self._heads = heads
        self._prefix = prefix
        """Characters of a word's form looked up among the key openings."""
        self._lock = threading.Lock()
        self._documents = count(1)
        self.documents = 0
        """Documents numbered so far (``document_numbered``)."""
        self._bits: dict[int, tuple[Opening, int]] = {}
        """id of a member -> the member (held, so that its id is not given again) and its
        bit."""
        self._whole: dict[str, int] = {}
        self._opens: dict[str, int] = {}
        self._numbering: Numbering | None = None
        self._tables: list[np.ndarray] = []
        self._texts: tuple[dict[str, int], dict[str, int]] = ({}, {})
        self._last: list[tuple[object, np.ndarray | list[int]] | None] = [None, None]
        """Per mode, the last token list's numbers (or read) and their masks: the
        list's other indexes read them again."""

    def document_numbered(self) -> None:
        self.documents = next(self._documents)

    def join(self, index: Opening) -> bool:
        """Add ``index`` (its keys as they are now); False when no bit is free."""
        with self._lock:
            taken = {bit for _, bit in self._bits.values()}
            free = next((bit for bit in range(1, MAX_MEMBERS + 1)
                         if 1 << bit not in taken), None)
            if free is None or id(index) in self._bits:
                return False
            self._bits[id(index)] = (index, 1 << free)
            self._merge(index, 1 << free)
            self._forget_masks()
            return True

    def leave(self, index: Opening) -> None:
        """Drop ``index`` (changed since it joined): the others' keys merged again."""
        with self._lock:
            if self._bits.pop(id(index), None) is None:
                return
            self._whole, self._opens = {}, {}
            for member, bit in self._bits.values():
                self._merge(member, bit)
            self._forget_masks()

    def by_number(self, index: Opening, numbering: Numbering, numbers: np.ndarray,
                  tokens: Sequence[Word], strip_clitics: bool) -> list[int] | None:
        """Positions of ``tokens`` (numbered ``numbers`` under ``numbering``) where a name
        of ``index`` may start; None when ``index`` has not joined."""
        import numpy as np

        with self._lock:
            member = self._bits.get(id(index))
            if member is None:
                return None
            masks = self._numbered_masks(numbering, numbers, tokens, bool(strip_clitics))
        return np.flatnonzero(masks & member[1]).tolist()

    def by_text(self, index: Opening, read: Read, strip_clitics: bool) -> list[int] | None:
        """``by_number`` for a shorter list, its masks remembered by word text."""
        with self._lock:
            member = self._bits.get(id(index))
            if member is None:
                return None
            masks = self._text_masks(read, bool(strip_clitics))
        bit = member[1]
        return [i for i, mask in enumerate(masks) if mask & bit]

    def _merge(self, index: Opening, bit: int) -> None:
        keys, openings = index.opening_keys()
        for merged, found in ((self._whole, keys), (self._opens, openings)):
            for key in found:
                merged[key] = merged.get(key, 0) | bit

    def _forget_masks(self) -> None:
        self._numbering = None
        self._texts = ({}, {})
        self._last = [None, None]

    def _numbered_masks(self, numbering: Numbering, numbers: np.ndarray,
                        tokens: Sequence[Word], strip: bool) -> np.ndarray:
        """Each word's mask, the words not yet looked up (each distinct one once) first."""
        import numpy as np

        last = self._last[strip]
        if last is not None and last[0] is numbers and numbering is self._numbering:
            return last[1]  # type: ignore[return-value]  # numbers key numpy masks
        table = self._table(numbering, strip, numbers)
        found = table[numbers]
        unknown = np.flatnonzero(found == 0)
        if unknown.size:
            fresh, first = np.unique(numbers[unknown], return_index=True)
            words = [tokens[i] for i in unknown[first].tolist()]
            table[fresh] = np.fromiter(self._looked_up(words, strip), dtype=np.int64,
                                       count=len(words))
            found = table[numbers]
        self._last[strip] = (numbers, found)
        return found

    def _table(self, numbering: Numbering, strip: bool, numbers: np.ndarray) -> np.ndarray:
        """The mode's masks, long enough for ``numbers`` (new words 0)."""
        import numpy as np

        if numbering is not self._numbering:
            self._numbering = numbering
            self._tables = [np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)]
            self._last = [None, None]
        table = self._tables[strip]
        needed = int(numbers.max()) + 1 if numbers.size else 0
        if len(table) < needed:
            grown = np.zeros(max(2 * len(table), needed), dtype=np.int64)
            grown[:len(table)] = table
            table = self._tables[strip] = grown
        return table

    def _text_masks(self, read: Read, strip: bool) -> list[int]:
        """Each word's mask by its text, the texts not yet looked up first."""
        last = self._last[strip]
        if last is not None and last[0] is read:
            return last[1]  # type: ignore[return-value]  # a read keys a list of masks
        known = self._texts[strip]
        if len(known) + len(read.texts) > MAX_TEXTS:
            known.clear()  # now, so that no entry is dropped while the list is read
        missing = list(read.distinct.difference(known))
        if missing:
            by_text = read.by_text()
            known.update(zip(missing, self._looked_up([by_text[t] for t in missing], strip),
                             strict=True))
        masks = list(map(known.__getitem__, read.texts))
        self._last[strip] = (read, masks)
        return masks

    def _looked_up(self, words: list[Word], strip: bool) -> Iterable[int]:
        """The mask of each word: the bits of the members of which one of its forms is a
        key or opens a key written in parts (none for a word not opening with a letter or
        digit), and ``KNOWN``."""
        whole, opens, prefix, heads = self._whole, self._opens, self._prefix, self._heads
        for word in words:
            mask = KNOWN
            text = word.text
            if text[:1].isalnum():
                for head in heads(text, word.folded, strip):
                    mask |= whole.get(head, 0) | opens.get(head[:prefix], 0)
            yield mask
