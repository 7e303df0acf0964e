"""Regex alternations of phrases, emitted as a trie, over the matching text.

The matching text (``lexicon.for_matching``) is the text folded without changing its
length; marks and ZWNJ may appear between the letters of a phrase, and a space in a phrase
also matches no space, a ZWNJ or a dot. Alternations are emitted as a trie, so a regex over
a hundred month names costs one character test per position. Split out of ``lexicon`` in
session 18 (2026-12-06) to keep that module under 400 lines; ``lexicon`` still exports
every name it did, and the functions are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from khabar.normalize.fold import fold

#: The matching text (``for_matching``) stands ``MARK`` for every character the fold
#: deletes (harakat, tatweel, hamza, bidi marks) and ``JOINER`` for ZWNJ, and folds
#: digits to ASCII and other spaces to " ". Every class in the patterns is then
#: Latin-1, which ``re`` compiles quickly (a class with Arabic letters costs ~0.5 ms).
MARK = "\x01"
JOINER = "\x02"
SPACE = "[ \t\x01\x02]"
"""Horizontal space inside an expression (never a line break)."""
DIGIT = "[0-9]"
#: Not glued to a letter before or after (digits may touch: "12October").
LB = r"(?<![^\W\d_])(?<!\x02)"
RB = r"(?![^\W\d_]|\x02)"
#: After the first character of a word: the character before it is no letter or ZWNJ.
GUARD = r"(?<![^\W\d_].)(?<!\x02.)"

_GAP = object()
_Unit = str | object


_INSIDE = MARK + "*"


def _units(phrase: str) -> tuple[_Unit, ...]:
    units: list[_Unit] = []
    for char in phrase.strip():
        char = char if char.isascii() else fold(char)
        if not char:
            continue
        if char.isspace() or char == ".":
            if units and units[-1] is not _GAP:
                units.append(_GAP)
        else:
            units.append(char)
    return tuple(units)


def _spellings(phrase: str) -> tuple[str, ...]:
    """Latin phrases in lower, Capitalized and UPPER case (the patterns are case-sensitive,
    which lets ``re`` skip ahead to a possible first character)."""
    if not any("a" <= c.lower() <= "z" for c in phrase):
        return (phrase,)
    return tuple(dict.fromkeys((phrase, phrase.lower(), phrase.capitalize(), phrase.upper())))


def _unit_regex(unit: _Unit, first: bool) -> str:
    if unit is _GAP:
        return rf"(?:{SPACE}|\.)*"
    assert isinstance(unit, str)
    literal = re.escape(unit)
    if first:
        literal += GUARD
    return literal if unit.isascii() else literal + _INSIDE


@dataclass
class _Node:
    children: dict[_Unit, _Node] = field(default_factory=dict)
    terminal: bool = False


def _emit(node: _Node, first: bool) -> str:
    branches = _branches(node, first)
    if not branches:
        return ""
    joined = "|".join(branches)
    if node.terminal:
        return f"(?:{joined})?"
    return joined if len(branches) == 1 else f"(?:{joined})"


def alternation(phrases: Iterable[str], guard: bool = False) -> str:
    """A regex matching any of the phrases, longest first, as a trie.

    With ``guard`` the word boundary before the phrase is checked after its first
    character, so the regex starts with a literal and ``re`` scans for it quickly.
    """
    root = _trie(phrases)
    if not root.children:
        return r"(?!x)x"
    return f"(?:{_emit(root, guard)})"


def flat_alternation(*lists: tuple[Iterable[str], bool]) -> str:
    """``alternation(phrases, guard)`` of each (phrases, guard) in ``lists``, joined by
    "|" in order, as one flat alternation: the same matches, but every alternative opens
    with a literal, so ``re`` skips ahead to a possible first character. Nested (a group
    of alternations), the pattern gets no such skip and ``re`` tries each alternation at
    every position of the text (issue 8: the attribution formulas' pattern was half the
    sources stage). Ordered choice is the same flat or nested: the alternatives are tried
    in the same order either way."""
    found: list[str] = []
    for phrases, guard in lists:
        root = _trie(phrases)
        found += _branches(root, guard)
        if root.terminal and root.children:  # an empty phrase: the trie made optional
            found.append("")
    return "|".join(found) if found else r"(?!x)x"


def _trie(phrases: Iterable[str]) -> _Node:
    root = _Node()
    for phrase in phrases:
        for spelling in _spellings(phrase):
            node = root
            for unit in _units(spelling):
                node = node.children.setdefault(unit, _Node())
            node.terminal = True
    return root


def _branches(node: _Node, first: bool) -> list[str]:
    """The alternatives of a trie node, one per child in the emitted order."""
    order = sorted(node.children.items(), key=lambda item: "" if item[0] is _GAP else str(item[0]))
    return [_unit_regex(unit, first) + _emit(child, False) for unit, child in order]
