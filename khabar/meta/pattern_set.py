"""Date patterns run over a folded text: ``PatternSet`` tries the patterns that start with a
digit where ``digit_starts`` finds a first digit, and those that start with a word where a
first word of theirs stands, compiling each group of patterns when a text first needs it.
``khabar.meta.grammar`` builds the patterns and re-exports ``digit_starts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khabar.errors import ResourceError
from khabar.meta.lexicon import DIGIT as D
from khabar.meta.lexicon import Lexicon, key

#: A first digit not glued to a digit, a decimal point or a date separator before it.
FIRST_DIGIT = rf"{D}(?<!{D}{D})(?<![.,/:\-]{D})"
_DIGIT_START = re.compile(FIRST_DIGIT)
_STARTS_WITH_DIGIT = re.compile(r"(?:\(\?P<\w+>)?" + re.escape(FIRST_DIGIT))

Spec = tuple[str, str | None, str]
"""(handler name, the group of the pattern's first word or None if it starts with a digit,
regex source)"""


def digit_starts(folded: str) -> list[int]:
    """Where a pattern that starts with a digit may match: every such pattern begins
    with ``FIRST_DIGIT`` (checked by ``pattern_set_of``)."""
    return [m.start() for m in _DIGIT_START.finditer(folded)]


@dataclass(frozen=True)
class PatternSet:
    """Patterns and a fast way to run them over a folded text.

    Patterns that start with a digit run where ``digit_starts`` finds a first digit.
    Patterns that start with a word run only where ``word_starts`` finds a separator
    and then a first word of theirs: one scan of the text for all of them (absolute and
    relative together) instead of one each.
    """

    scans: tuple[tuple[str, re.Pattern[str]], ...]
    anchored: dict[str, tuple[tuple[str, str], ...]]
    """Group of the first word -> (handler name, regex source) of its patterns, compiled
    when a text first has such a word (``_compiled``): a short text needs few of them."""
    groups: dict[str, frozenset[str]]
    """Lookup key of every first word -> the groups it belongs to."""
    rank: dict[str, int]
    """Group -> its place in the pattern list: patterns are tried in that order, so that
    of two readings of the same span the one listed first wins (a holiday before a part
    of a month: "نیمه شعبان"), the same in every process."""

    tried: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(
        default_factory=dict, compare=False, repr=False)
    compiled: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(
        default_factory=dict, compare=False, repr=False)
    """Group -> its compiled patterns (a memo of ``_compiled``)."""
    """First word as found in a text -> the patterns to try there, in order. A memo of
    ``_patterns_for`` (immutable values, at most one entry per spelling of a word)."""

    def matches(
        self, folded: str, digits: list[int], words: list[tuple[int, str]],
        taken: list[tuple[int, int]] | None = None,
    ) -> list[tuple[str, re.Match[str]]]:
        """(handler name, match) for every pattern that matches somewhere in ``folded``
        and does not start inside one of the ``taken`` spans.

        ``digits`` are the places a digit pattern may start (``digit_starts``): each is
        tried there, skipping places inside its previous match, which gives exactly
        what ``finditer`` would, without one scan of the text per pattern. ``words``
        are the first words found by ``word_starts``.
        """
        if taken:
            digits = [p for p in digits if not any(a <= p < b for a, b in taken)]
        found: list[tuple[str, re.Match[str]]] = []
        if digits:
            for name, pattern in self.scans:
                reached = 0
                for start in digits:
                    if start >= reached and (hit := pattern.match(folded, start)) is not None:
                        found.append((name, hit))
                        reached = hit.end()
        tried = self.tried
        for start, word in words:
            if taken and any(a <= start < b for a, b in taken):
                continue
            patterns = tried.get(word)
            if patterns is None:
                patterns = tried.setdefault(word, self._patterns_for(word))
            for name, pattern in patterns:
                hit = pattern.match(folded, start)
                if hit is not None:
                    found.append((name, hit))
        return found

    def _patterns_for(self, word: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple(item for group in self._groups_of(word) for item in self._compiled(group))

    def _compiled(self, group: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        # re caches compiled patterns itself, but only a few hundred of them
        found = self.compiled.get(group)
        if found is None:
            found = tuple((name, re.compile(source)) for name, source in self.anchored[group])
            found = self.compiled.setdefault(group, found)
        return found

    def _groups_of(self, word: str) -> list[str]:
        folded = key(word)
        found: set[str] = set()
        for end in range(1, len(folded) + 1):
            found.update(self.groups.get(folded[:end], ()))
        return sorted(found, key=self.rank.__getitem__)


def pattern_set_of(lex: Lexicon, specs: list[Spec]) -> PatternSet:
    """The pattern sources ``specs`` of a lexicon as a ``PatternSet``."""
    scans = tuple((name, re.compile(source)) for name, group, source in specs if group is None)
    for name, pattern in scans:
        if not _STARTS_WITH_DIGIT.match(pattern.pattern):
            raise ResourceError(f"date pattern {name!r} starts with neither a word nor "
                                "_FIRST_DIGIT; begin it with one (see digit_starts)")
    anchored: dict[str, list[tuple[str, str]]] = {}
    for name, group, source in specs:
        if group is not None:
            anchored.setdefault(group, []).append((name, source))
    groups: dict[str, set[str]] = {}
    for group in anchored:
        for phrase in lex.phrases.get(group, ()):
            groups.setdefault(key(phrase), set()).add(group)
    return PatternSet(
        scans=scans,
        anchored={group: tuple(items) for group, items in anchored.items()},
        groups={k: frozenset(v) for k, v in groups.items()},
        rank={group: index for index, group in enumerate(anchored)},
    )
