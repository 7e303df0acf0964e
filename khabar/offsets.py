"""Offset maps: every derived text remembers where each of its characters came from.

A transformation of a text is described as edits ``(start, end, replacement)`` over
the old text. ``apply_edits`` builds the new text and an ``OffsetMap`` that gives, for
every new character, the range of old characters it came from. Maps compose, so the
final ``Doc.text`` maps back to ``Doc.raw`` through any number of cleaning and
normalization steps.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

Edit = tuple[int, int, str]


class OffsetMap:
    """Maps positions of a derived text to ranges of its source text.

    Derived character ``i`` came from ``source[starts[i]:ends[i]]`` (an empty range for
    an inserted character). ``starts is None`` stands for the identity map.
    """

    __slots__ = ("_ends", "_starts", "source_length")

    def __init__(
        self, starts: Iterable[int] | None, ends: Iterable[int] | None, source_length: int
    ) -> None:
        self._starts = None if starts is None else array("l", starts)
        self._ends = None if ends is None else array("l", ends)
        self.source_length = source_length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(None, None, length)

    @property
    def is_identity(self) -> bool:
        return self._starts is None

    def __len__(self) -> int:
        """Length of the derived text."""
        return self.source_length if self._starts is None else len(self._starts)

    def position(self, index: int) -> int:
        """Source position of a derived boundary (0 <= index <= len(derived))."""
        if self._starts is None:
            return index
        if index >= len(self._starts):
            return self.source_length if index == len(self._starts) else self._ends[-1]  # type: ignore[index]
        return self._starts[index]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering the derived span [start, end)."""
        if self._starts is None or self._ends is None:
            return start, end
        if end <= start:
            at = self.position(start)
            return at, at
        return self._starts[start], max(self._starts[start], self._ends[end - 1])

    def then(self, inner: OffsetMap) -> OffsetMap:
        """Compose: ``self`` maps text B -> A and ``inner`` maps C -> B; result maps C -> A."""
        if inner.source_length != len(self):
            raise ValueError(
                f"cannot compose offset maps: the inner map comes from a text of "
                f"{inner.source_length} characters, this one maps a text of {len(self)}"
            )
        if inner._starts is None or inner._ends is None:
            return self
        if self._starts is None or self._ends is None:
            return OffsetMap(inner._starts, inner._ends, self.source_length)
        # ``self.span(s, e)`` for every inner character, inlined: this runs once per
        # character of every derived text
        starts, ends, count = self._starts, self._ends, len(self._starts)
        new_starts: list[int] = []
        new_ends: list[int] = []
        for s, e in zip(inner._starts, inner._ends, strict=True):
            first = starts[s] if s < count else self.position(s)
            new_starts.append(first)
            new_ends.append(max(first, ends[e - 1]) if e > s else first)
        return OffsetMap(new_starts, new_ends, self.source_length)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits sorted by start; return the new text and its map."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cursor = 0
    for start, end, replacement in edits:
        if start < cursor or end < start or end > len(text):
            raise ValueError(f"edit ({start}, {end}) overlaps or lies outside the text")
        pieces.append(text[cursor:start])
        starts.extend(range(cursor, start))
        ends.extend(range(cursor + 1, start + 1))
        pieces.append(replacement)
        starts.extend([start] * len(replacement))
        ends.extend([end] * len(replacement))
        cursor = end
    if not pieces:
        return text, OffsetMap.identity(len(text))
    pieces.append(text[cursor:])
    starts.extend(range(cursor, len(text)))
    ends.extend(range(cursor + 1, len(text) + 1))
    return "".join(pieces), OffsetMap(starts, ends, len(text))


def translate_chars(text: str, table: dict[str, str]) -> tuple[str, OffsetMap]:
    """Replace single characters by table lookup (a value may be empty or longer)."""
    return apply_edits(text, ((i, i + 1, table[ch]) for i, ch in enumerate(text) if ch in table))
