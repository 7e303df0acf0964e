"""Offset maps: every derived text remembers where each of its characters came from.

A transformation of a text is described as edits ``(start, end, replacement)`` over
the old text. ``apply_edits`` builds the new text and an ``OffsetMap`` that gives, for
every new character, the range of old characters it came from. Maps compose, so the
final ``Doc.text`` maps back to ``Doc.raw`` through any number of cleaning and
normalization steps.

A map is stored as runs, not per character, so building and composing maps costs time
in proportion to the number of edits, not to the length of the text: a *copy* run maps
derived characters one to one onto a source stretch, a *replacement* run maps every
one of its characters to the same source range (empty for an insertion).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

Edit = tuple[int, int, str]

#: One run: derived start, source start, source end, and whether it copies one to one.
Run = tuple[int, int, int, bool]


class OffsetMap:
    """Maps positions of a derived text to ranges of its source text.

    Derived character ``i`` came from ``source[start(i):end(i)]`` (an empty range for
    an inserted character). ``OffsetMap(starts, ends, n)`` builds one from per-character
    lists; ``starts is None`` stands for the identity map.
    """

    __slots__ = ("_firsts", "_length", "_runs", "source_length")

    def __init__(
        self, starts: Iterable[int] | None, ends: Iterable[int] | None, source_length: int
    ) -> None:
        self.source_length = source_length
        if starts is None or ends is None:
            self._set_runs(None, source_length)
            return
        runs: list[Run] = []
        count = 0
        for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
            runs.append((index, start, end, False))
            count = index + 1
        self._set_runs(_merge(runs), count)

    def _set_runs(self, runs: list[Run] | None, length: int) -> None:
        self._runs = runs
        self._firsts = None if runs is None else [run[0] for run in runs]
        self._length = length

    @classmethod
    def from_runs(cls, runs: list[Run], length: int, source_length: int) -> OffsetMap:
        offsets = cls(None, None, source_length)
        offsets._set_runs(_merge(runs), length)
        return offsets

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(None, None, length)

    @property
    def is_identity(self) -> bool:
        return self._runs is None

    def __len__(self) -> int:
        """Length of the derived text."""
        return self._length

    def _range(self, index: int) -> tuple[int, int]:
        """Source range of derived character ``index`` (0 <= index < len)."""
        assert self._runs is not None and self._firsts is not None
        first, start, end, copy = self._runs[bisect_right(self._firsts, index) - 1]
        if copy:
            at = start + index - first
            return at, at + 1
        return start, end

    def position(self, index: int) -> int:
        """Source position of a derived boundary (0 <= index <= len(derived))."""
        if self._runs is None:
            return index
        if index >= self._length:
            if index == self._length or not self._length:
                return self.source_length
            return self._range(self._length - 1)[1]
        return self._range(index)[0]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering the derived span [start, end)."""
        if self._runs is None:
            return start, end
        if end <= start:
            at = self.position(start)
            return at, at
        first = self._range(start)[0]
        return first, max(first, self._range(end - 1)[1])

    def _runs_or_copy(self) -> list[Run]:
        return [(0, 0, self._length, True)] if self._runs is None else self._runs

    def then(self, inner: OffsetMap) -> OffsetMap:
        """Compose: ``self`` maps text B -> A and ``inner`` maps C -> B; result maps C -> A."""
        if inner.source_length != len(self):
            raise ValueError(
                f"cannot compose offset maps: the inner map comes from a text of "
                f"{inner.source_length} characters, this one maps a text of {len(self)}"
            )
        if inner._runs is None:
            return self
        if self._runs is None:
            return OffsetMap.from_runs(inner._runs, inner._length, self.source_length)
        runs: list[Run] = []
        inner_runs = inner._runs
        for number, (first, start, end, copy) in enumerate(inner_runs):
            if not copy:
                runs.append((first, *self.span(start, end), False))
                continue
            last = inner_runs[number + 1][0] if number + 1 < len(inner_runs) else inner._length
            runs.extend(self._copy_through(first, start, start + last - first))
        return OffsetMap.from_runs(runs, inner._length, self.source_length)

    def _copy_through(self, derived: int, start: int, stop: int) -> list[Run]:
        """Runs for derived characters that copy B[start:stop], mapped on through self."""
        assert self._runs is not None and self._firsts is not None
        out: list[Run] = []
        number = bisect_right(self._firsts, start) - 1
        at = start
        while at < stop:
            first, source, source_end, copy = self._runs[number]
            following = (
                self._firsts[number + 1] if number + 1 < len(self._runs) else self._length
            )
            upto = min(stop, following)
            if copy:
                out.append((derived + at - start, source + at - first, 0, True))
            else:
                out.append((derived + at - start, source, source_end, False))
            at = upto
            number += 1
        return out


def _merge(runs: list[Run]) -> list[Run]:
    """Join neighbouring runs that continue each other, so maps stay short."""
    merged: list[Run] = []
    for run in runs:
        if merged:
            first, start, end, copy = merged[-1]
            if copy and run[3] and run[1] - start == run[0] - first:
                continue  # the copy goes on
            if not copy and not run[3] and (start, end) == run[1:3]:
                continue  # the same source range goes on
        merged.append(run)
    return merged


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits sorted by start; return the new text and its map."""
    pieces: list[str] = []
    runs: list[Run] = []
    cursor = 0
    length = 0
    for start, end, replacement in edits:
        if start < cursor or end < start or end > len(text):
            raise ValueError(f"edit ({start}, {end}) overlaps or lies outside the text")
        if start > cursor:
            pieces.append(text[cursor:start])
            runs.append((length, cursor, 0, True))
            length += start - cursor
        if replacement:
            pieces.append(replacement)
            if len(replacement) == 1 == end - start:
                runs.append((length, start, 0, True))  # a character for a character
            else:
                runs.append((length, start, end, False))
            length += len(replacement)
        cursor = end
    if not runs and cursor == 0 and not pieces:
        return text, OffsetMap.identity(len(text))
    if cursor < len(text):
        pieces.append(text[cursor:])
        runs.append((length, cursor, 0, True))
        length += len(text) - cursor
    merged = _merge(runs)
    if merged == [(0, 0, 0, True)] and length == len(text):
        return "".join(pieces), OffsetMap.identity(len(text))
    offsets = OffsetMap.identity(len(text))
    offsets._set_runs(merged, length)  # merged already: ``from_runs`` would merge again
    return "".join(pieces), offsets


def translate_chars(text: str, table: dict[str, str]) -> tuple[str, OffsetMap]:
    """Replace single characters by table lookup (a value may be empty or longer)."""
    return apply_edits(text, ((i, i + 1, table[ch]) for i, ch in enumerate(text) if ch in table))
