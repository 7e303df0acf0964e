"""Word tokens with offsets, shared by every stage and by training, so both see the same units.

A token is a run of letters, marks and digits; a ZWNJ inside a word keeps it one token
("همکاری‌ها"), and decimal separators between digits keep a number whole ("۲٫۵").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

_TOKEN = re.compile(
    r"[^\W_](?:[\w\u200c\u200d\u0640\u064b-\u065f\u0670]*[^\W_])?(?:[.,/\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    r"|[^\w\s]",
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


class _Placed(Protocol):
    @property
    def start(self) -> int: ...


class _Spanned(_Placed, Protocol):
    @property
    def end(self) -> int: ...


def token_at(tokens: Sequence[_Placed], offset: int,
             starts: Sequence[int] | None = None) -> int | None:
    """The index of the token starting at ``offset``, or None when no token starts there
    (``offset`` inside a word, or past the last). ``tokens`` are in text order, so this is a
    binary search; ``starts`` (their start offsets) saves the caller that has them a pass."""
    if starts is None:
        k = bisect_left(tokens, offset, key=lambda w: w.start)
    else:
        k = bisect_left(starts, offset)
    return k if k < len(tokens) and tokens[k].start == offset else None


def held_tokens(tokens: Sequence[_Placed], spans: Iterable[_Spanned],
                starts: Sequence[int] | None = None) -> set[int]:
    """The indices of the tokens that start inside one of ``spans`` (the entities found so
    far): words a rule leaves to the entity holding them. ``starts`` as for ``token_at``."""
    if starts is None:
        starts = [w.start for w in tokens]
    return {k for e in spans
            for k in range(bisect_left(starts, e.start), bisect_left(starts, e.end))}


def spaced_on_one_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is spaces and no line break: the gap of two words that
    stand apart on one line (a name does not run on across a line break)."""
    gap = text[start:end]
    return gap.isspace() and "\n" not in gap


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, with offsets into ``text``."""
    return [Token(m.start(), m.end(), m.group()) for m in token_matches(text, start, end)]


def token_matches(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The matches ``tokenize`` makes its tokens of, for a caller that builds tokens of
    its own (``khabar.entities.words``: one object a word rather than two)."""
    return _TOKEN.finditer(text, start, len(text) if end is None else end)


def token_texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The texts of ``tokenize``'s tokens, without a match object each (issue 8). What
    no token holds is only white space and «_»: no token starts with either (see
    ``token_starts``)."""
    return _TOKEN.findall(text, start, len(text) if end is None else end)


def token_starts(text: str, texts: Sequence[str], start: int = 0) -> list[int]:
    """Where each of ``texts`` (``token_texts(text, start, ...)``, in order) starts in
    ``text``. Between two tokens stand only white space and «_», and a token starts with
    neither, so the first place a token's text is found after the one before is its own:
    one search a token, cheaper than asking a match object for its offsets."""
    starts = []
    at = start
    find = text.find
    for token in texts:
        at = find(token, at)
        starts.append(at)
        at += len(token)
    return starts
