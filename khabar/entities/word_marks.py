"""Where a phrase index's names may start in a document, read by word number.

The entity stage asks eight phrase indexes, for every word of a document, whether a name
of theirs may start there. Each index remembered the answer in a dict keyed by the
word's text, and in the stage the first lookup of each distinct word of a document in
each of those dicts cost about ten times what the same lookups cost when repeated (the
CPU's caches, as far as can be told): most of the time the rule stage spent finding
where names may start. Here a word's number is looked up once per document in one table
shared by all indexes, and each index keeps its answers in a ``uint8`` array by number
(``UNKNOWN``, ``HOPELESS``, ``HOPEFUL``), read for the whole document in one gather.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import count, repeat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from khabar.entities.words import Word

UNKNOWN, HOPELESS, HOPEFUL = 0, 1, 2
MAX_WORDS = 500_000
"""Words numbered before a new numbering starts (every index's marks with it)."""
MIN_TOKENS = 200
"""Shorter token lists (sentences, names, short articles) are read through the per-text
dicts: a list read once (not by several indexes) costs about 10 µs more here (a 150-word
list: 20 against 10 µs, its lookups in cache)."""


class Numbering:
    """Word texts to numbers. Never emptied, but replaced whole when full, so that marks
    made under one numbering are never read under another."""

    __slots__ = ("_next", "numbers")

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self._next = count().__next__
        """A number is never given twice, even to two threads numbering new words at
        once (one of the two numbers is then left unused)."""

    def of(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        numbers = self.numbers
        found = np.fromiter(map(numbers.get, texts, repeat(-1)), dtype=np.intp,
                            count=len(texts))
        new = np.flatnonzero(found < 0)
        if new.size:
            add, take = numbers.setdefault, self._next
            for i in new.tolist():
                found[i] = add(texts[i], take())
        return found


_numbering = Numbering()


def numbered(texts: list[str]) -> tuple[Numbering, np.ndarray]:
    """The current numbering and each text's number in it."""
    global _numbering
    numbering = _numbering
    if len(numbering.numbers) + len(texts) > MAX_WORDS:
        numbering = _numbering = Numbering()
    return numbering, numbering.of(texts)


class Marks:
    """One index's marks by word number, without and with proclitic stripping."""

    __slots__ = ("numbering", "tables")

    def __init__(self, numbering: Numbering) -> None:
        import numpy as np

        self.numbering = numbering
        self.tables = [np.zeros(0, dtype=np.uint8), np.zeros(0, dtype=np.uint8)]

    def table(self, strip_clitics: bool, numbers: np.ndarray) -> np.ndarray:
        """The mode's marks, long enough for ``numbers`` (new words ``UNKNOWN``)."""
        import numpy as np

        table = self.tables[bool(strip_clitics)]
        needed = int(numbers.max()) + 1 if numbers.size else 0
        if len(table) < needed:
            grown = np.zeros(max(2 * len(table), needed), dtype=np.uint8)
            grown[:len(table)] = table
            table = self.tables[bool(strip_clitics)] = grown
        return table


def hopeful_positions(tokens: Sequence[Word], numbers: np.ndarray, table: np.ndarray,
                      mark: Callable[[list[Word]], list[int]]) -> list[int]:
    """Positions of ``tokens`` marked ``HOPEFUL``. The ``UNKNOWN`` words are marked first,
    each distinct one once, by ``mark`` (``HOPEFUL`` or ``HOPELESS`` for each word given),
    in one call and one write."""
    import numpy as np

    found = table[numbers]
    unknown = np.flatnonzero(found == UNKNOWN)
    if unknown.size:
        fresh, first = np.unique(numbers[unknown], return_index=True)
        table[fresh] = mark([tokens[i] for i in unknown[first].tolist()])
        found = table[numbers]
    return np.flatnonzero(found == HOPEFUL).tolist()
