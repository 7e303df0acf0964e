"""Where words and pairs of words stand in a text, for ZWNJ repair
(``khabar.normalize.zwnj``): whole-word search, the text split around its words, and the
neighbouring words that may be joined, found at C speed (``map``, ``compress``) rather
than by a Python loop over the words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import accumulate, compress, count, islice, repeat
from operator import add, or_, sub

from khabar.normalize.zwnj_lexicon import ZWNJ, Lexicon

#: A word: a run of letters, joiners and harakat (captured, so ``split`` keeps the words
#: and the gaps between them).
_WORD_PARTS = re.compile(r"([\w\u200c\u064b-\u065f\u0670]+)")


def split_words(text: str) -> list[str]:
    """The text split around its words: gap, word, gap, ..., word, gap (gaps may be
    empty), so ``parts[1::2]`` are the words and the lengths give where each stands."""
    return _WORD_PARTS.split(text)


def _inside_word(ch: str) -> bool:
    """Whether ``ch``, next to a word, makes it part of a longer one: what the regex
    ``[\\w\\u200c\\u064b-\\u065f\\u0670]`` matches, without a regex call per occurrence."""
    return ch.isalnum() or ch == "_" or ch == ZWNJ or "\u064b" <= ch <= "\u065f" or ch == "\u0670"


def occurrences(text: str, word: str) -> list[int]:
    """Starts of ``word`` in ``text`` as a whole word (C-speed ``find``, then the edges)."""
    size, end = len(word), len(text)
    found = []
    at = text.find(word)
    while at != -1:
        if not (at and _inside_word(text[at - 1])) and not (
            at + size < end and _inside_word(text[at + size])
        ):
            found.append(at)
        at = text.find(word, at + size)
    return found


#: Neighbouring words: the index of each pair's first word, and the pairs themselves.
Neighbours = tuple[list[int], list[tuple[str, str]]]


def candidate_pairs(tokens: list[str], lex: Lexicon) -> Neighbours:
    """Neighbouring tokens that the corpus or a rule might join: those with a cue word on
    either side, and where they stand. They are picked at C speed (``compress`` over
    ``zip`` reuses its tuple for every pair it drops), with no Python loop over the
    tokens."""
    following = tokens[1:]
    cued = list(map(or_, map(lex.right_cues.__contains__, following),
                    map(lex.left_cues.__contains__, tokens)))
    return (list(compress(count(), cued)),
            list(compress(zip(tokens, following, strict=False), cued)))


def pair_spaces(
    text: str, parts: list[str], pairs: set[tuple[str, str]], cued: Neighbours | None = None
) -> Iterator[tuple[str, str, int]]:
    """Each pair of ``pairs`` written one space apart, with where that space stands.

    ``parts`` are the text split around its words (gap, word, gap, ..., gap), so a pair
    is two neighbouring words with a gap of one space between: found in one C-speed pass
    over the words instead of one search of the text per pair. ``cued``: the neighbours
    that may hold the pairs (``candidate_pairs``; by default every neighbouring pair).
    """
    tokens = parts[1::2]
    following = tokens[1:]
    if cued is None:
        cued = list(range(len(following))), list(zip(tokens, following, strict=False))
    found = list(compress(cued[0], map(pairs.__contains__, cued[1])))
    if not found:
        return
    ends = list(accumulate(map(len, islice(parts, 2 * found[-1] + 2))))  # up to the last
    # (read off the neighbouring words, as ``chained_joins`` reads them: a search of the
    # text for "left right" missed a pair that overlaps itself, "های های ها", whose
    # second pair starts inside the first match, and a second repair then joined it)
    for index in found:
        if parts[2 * index + 2] == " ":
            yield tokens[index], following[index], ends[2 * index + 1]


def _run(tokens: list[str], joined: set[int], first: int, last: int) -> str:
    """Tokens ``first``..``last`` with every joined neighbour before and after them:
    the word they make once the joins are in."""
    while first - 1 in joined:
        first -= 1
    while last in joined:
        last += 1
    return ZWNJ.join(tokens[first:last + 1])


def chained_joins(
    parts: list[str], joined: set[int], cued: set[int], lex: Lexicon,
    decide: Callable[[set[tuple[str, str]]], set[tuple[str, str]]],
) -> set[int]:
    """Spaces beside a join that a second repair would join too: once "نقش آفرینی" is
    joined, "آفرینی های" is read again as "نقش‌آفرینی های" (a known word before a
    suffix). ``joined``: the indices of the pairs joined so far (grown in place);
    ``cued``: the indices of the pairs with a cue word (``candidate_pairs``); ``decide``:
    which of a set of pairs to join. Returns the indices added."""
    tokens = parts[1::2]
    added: set[int] = set()
    frontier = joined
    while frontier:
        # The word a join makes holds a ZWNJ, which no cue word does, so a pair beside it
        # is a candidate only by its other word, the cue ``candidate_pairs`` already saw
        # (set operations at C speed: most joins have no such neighbour).
        beside = (set(map(add, frontier, repeat(1))) | set(map(sub, frontier, repeat(1))))
        beside = (beside & cued) - joined
        readings = {index: (_run(tokens, joined, index, index),
                            _run(tokens, joined, index + 1, index + 1))
                    for index in beside if parts[2 * index + 2] == " "}
        readings = {index: pair for index, pair in readings.items()  # a cue as they read now
                    if pair[1] in lex.right_cues or pair[0] in lex.left_cues}
        decided = decide(set(readings.values())) if readings else set()
        frontier = {index for index, pair in readings.items() if pair in decided}
        joined |= frontier
        added |= frontier
    return added
