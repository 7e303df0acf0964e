"""ZWNJ (half-space) repair for Persian, as offset-preserving edits.

Scrapers drop U+200C ("میشود", "همکاریهای") and writers type a space instead
("می شود", "همکاری های"). This pass puts the half-space back from a lexicon and a
little morphology; it only ever inserts a ZWNJ inside a word or turns one space into a
ZWNJ, so the offset map stays simple and the letters never change.

Evidence, strongest first (``resources/normalize/zwnj``, built by ``khabar train zwnj``):

1. the written forms of a news corpus that keeps its ZWNJs: a word is rewritten only
   when its ZWNJ spelling is more frequent than the spelling in the text (so a plain
   spelling the corpus uses, such as "بیشتر", is left alone), or as frequent and a word
   and a suffix ("فعالیت‌ها"); a plain spelling seen only once is no match for a common
   stem and a suffix that joins after any joining letter ("پرچمها": ``zwnj_morph``);
2. hazm's dictionary of compounds ("گفت‌وگو", "اسلام‌آباد");
3. morphology for words neither knows: the prefixes می/نمی before a conjugated verb
   (stems from hazm's verb list), and the suffixes of ``suffixes.tsv`` (ها, های, ترین,
   اند, the ه + ی cases, ...) after a known word whose last letter joins;
4. the corpus's pieces (``pieces.tsv.gz``): a part of a word that the corpus joins with a
   ZWNJ in more words than it glues or spaces ("پور", "نژاد", "سازی", "بی") splits an
   unseen word made of it and a known word ("قاسمی‌پور");
5. the names of the outlets and actors khabar knows (``resources/meta/outlets.json``,
   ``resources/kb/actors.jsonl``, read as they ship): "دفاع پرس" teaches that a glued
   "دفاعپرس" is "دفاع‌پرس", a spelling no corpus count would give a rare name.

Where the input has a space between two words, the corpus's counts of the pair decide
("می شود": joined three times in four), smoothed towards what the form suggests (hazm
listing the pair as one word, the morphology, the pieces): a pair seen about as often
both ways goes the way its form suggests, by margins learned from the corpus
(``pair_margins.tsv``, session 20). An unseen pair is left to the form alone, and
to ``zwnj_inflected`` where it is a compound the lexicon spells with a ZWNJ, inflected
("آتش نشانان" -> "آتش‌نشانان").

A word that is known as written, or that no rule explains, is left alone: an unknown
proper name is split only where it is a known word and a piece the corpus joins
("رضاییپور"), never where its parts are unknown ("دهبانیصابر").

How a glued word is read lives in ``zwnj_morph``, whether a space stands for a ZWNJ in
``zwnj_pairs``, a document's habit in ``zwnj_habit``; this module makes the edits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import compress

from khabar.normalize.zwnj_habit import types_joiners_apart
from khabar.normalize.zwnj_inflected import inflected_spaces
from khabar.normalize.zwnj_lexicon import VERB_PREFIXES, ZWNJ, Lexicon, lexicon, verb_forms
from khabar.normalize.zwnj_model import clear_model_cache
from khabar.normalize.zwnj_morph import analyse, heh_reading
from khabar.normalize.zwnj_pairs import (
    clear_pair_caches,
    decided_joins,
    join_pair,
    phrase_joins,
)
from khabar.normalize.zwnj_words import (
    Neighbours,
    candidate_pairs,
    chained_joins,
    occurrences,
    pair_spaces,
    split_words,
)
from khabar.offsets import Edit, apply_edits
from khabar.resources import load_lines

__all__ = [
    "ZWNJ", "Lexicon", "analyse", "clear_caches", "join_pair", "lexicon", "repair_edits",
    "repair_text", "verb_forms",
]

#: Analyses are cached across documents; the cache is emptied when it grows past this.
CACHE_SIZE = 200_000
#: Word -> its ZWNJ spelling and its reading as a stem in ه + ای before a word no ezafe
#: governs (None: no such reading).
_analyses: dict[str, tuple[str, str | None]] = {}
#: Words known to need no change: most words, removed from each text's set in one step.
_unchanged: set[str] = set()
#: Closing marks after which no ezafe can stand (an opening one, « or (, may follow it).
_CLOSING = frozenset("،.؛:!؟?)»")
#: The next word after a space: letters, joiners and harakat.
_NEXT = re.compile(r" *([\w\u200c\u064b-\u065f\u0670]*)")


@cache
def _no_ezafe_after() -> frozenset[str]:
    return frozenset(load_lines("normalize/zwnj/no_ezafe_after.txt"))


def _cached_analysis(word: str, lex: Lexicon) -> tuple[str, str | None] | None:
    if word not in _analyses:
        if len(_unchanged) >= CACHE_SIZE:
            _unchanged.clear()
        if len(_analyses) >= CACHE_SIZE:
            _analyses.clear()
        spelled = analyse(word, lex)
        if spelled is None:
            _unchanged.add(word)
            return None
        # only where the word takes a ZWNJ either way: a plural glued after a letter that
        # does not join ("نفرهای", "سدهای") stays as the analysis reads it
        heh = heh_reading(word, lex) if spelled.endswith(ZWNJ + "های") else None
        _analyses[word] = (spelled, heh)
    return _analyses[word]


def _before_no_ezafe(text: str, end: int) -> bool:
    """Whether what follows a word ending at ``end`` cannot be governed by an ezafe: the
    end of the line, a closing mark, or a word of ``no_ezafe_after.txt``."""
    following = _NEXT.match(text, end)
    after = following.end() if following else end
    if following and following.group(1):
        return following.group(1) in _no_ezafe_after()
    return after >= len(text) or text[after] in "\n" or text[after] in _CLOSING


def missing_joiners(text: str, words: set[str], lex: Lexicon) -> Iterator[Edit]:
    """Insertions for words written with no joiner ("میشود" -> "می‌شود"). A glued
    "...های" read both as a plural with its ezafe and as a stem in ه + ای is the second
    before a word no ezafe governs ("نامهای به" -> "نامه‌ای به")."""
    for word in words:
        readings = _cached_analysis(word, lex)
        if readings is None:
            continue
        spelled, heh = readings
        for start in occurrences(text, word):
            chosen = heh if heh and _before_no_ezafe(text, start + len(word)) else spelled
            for offset in _joiner_offsets(chosen):
                yield start + offset, start + offset, ZWNJ


def _joiner_offsets(spelled: str) -> list[int]:
    """Where the ZWNJs of a spelling go in the letters without them."""
    return [n - k for k, n in enumerate(i for i, ch in enumerate(spelled) if ch == ZWNJ)]


def clear_caches() -> None:
    """Forget the per-word and per-pair decisions kept across documents (for benchmarks
    that must start cold, and for tests)."""
    _analyses.clear()
    _unchanged.clear()
    clear_pair_caches()
    clear_model_cache()


def _chained_spaces(parts: list[str], cued: Neighbours, joined: set[tuple[str, str]],
                    lex: Lexicon, also: list[int]) -> list[int]:
    """Where the spaces beside the joined pairs (and the pairs at the indices ``also``)
    stand that the words the joins make join too (``chained_joins``), so that repairing
    the repaired text changes nothing."""
    at_index = {index for index in compress(cued[0], map(joined.__contains__, cued[1]))
                if parts[2 * index + 2] == " "}
    at_index.update(also)
    added = chained_joins(parts, at_index, set(cued[0]), lex,
                          lambda pairs: decided_joins(pairs, lex)[0])
    return [sum(map(len, parts[:2 * index + 2])) for index in sorted(added)]


def spaced_joiners(
    text: str, parts: list[str], lex: Lexicon, distinct: set[str] | None = None
) -> tuple[list[Edit], int, int]:
    """Spaces that stand for a ZWNJ ("می شود", "گفت و گو") turned into one, and how many
    of them stand before a suffix after a word not ending in ه ("کتاب ها"): the pairs a
    writer who glues or deletes joiners rarely spaces (after ه they space "خانه ها"), and
    how many after می/نمی. ``parts``: the text split around its words (``split_words``);
    ``distinct``: the set of its words, where the caller has it."""
    tokens = parts[1::2]
    spaces: set[int] = set()
    typed = prefixed = 0
    cued = candidate_pairs(tokens, lex)
    joined, by_rule = decided_joins(set(cued[1]), lex)
    # the habit is read from the rule's joins, so that the glued words a repair keeps
    # are the same with or without the learned decision (``zwnj_model``)
    pairs = joined if joined is by_rule else joined | by_rule
    for left, right, at in pair_spaces(text, parts, pairs, cued):
        if (left, right) in joined:
            spaces.add(at)
        if (left, right) in by_rule:
            typed += right in lex.suffix_conditions and left[-1] != "ه"
            prefixed += left in VERB_PREFIXES
    distinct = set(tokens) if distinct is None else distinct
    inflected = inflected_spaces(tokens, distinct, parts, lex)
    if inflected:
        spaces.update(sum(map(len, parts[:2 * index + 2])) for index in inflected)
    if spaces:
        spaces.update(_chained_spaces(parts, cued, joined, lex, inflected))
    # a phrase's first two words are looked for only where the text has both (set
    # operations on the words, not a pass over the tokens); ``_phrase_joins`` then finds
    # where they stand one space apart
    starts = {
        (first, second)
        for first in distinct & lex.phrase_starts
        for second in lex.phrase_seconds[first] & distinct
    }
    spaces.update(phrase_joins(text, starts, lex))
    return [(at, at + 1, ZWNJ) for at in sorted(spaces)], typed, prefixed


def repair_edits(text: str, lang: str | None) -> Iterator[Edit]:
    """The normalization pass: ZWNJ edits for Persian text, none for other languages.

    A document keeps one habit (``zwnj_habit``): where its suffixes or its می verbs stand
    apart from their words more often than words lack a joiner, the writer does not drop
    joiners, so its glued words ("گروههای") are as written and left alone.
    """
    if lang != "fa":
        return
    lex = lexicon()
    # Words are runs of letters, joiners and harakat (C-speed); where a word really
    # stands is checked when it is looked for (``occurrences``).
    parts = split_words(text)
    tokens = parts[1::2]
    distinct = set(tokens)
    # most words are settled already: drop them in one C-level step before looking closer
    words = distinct - _unchanged
    if len(_unchanged) < CACHE_SIZE:
        # a word with a ZWNJ is never rewritten: settled for the next texts too
        _unchanged.update(word for word in words if ZWNJ in word)
    words = {word for word in words if ZWNJ not in word}
    glued = list(missing_joiners(text, words, lex))
    spaced, typed_spaces, typed_prefixes = spaced_joiners(text, parts, lex, distinct)
    if glued and types_joiners_apart(text, glued, typed_spaces, typed_prefixes, lex):
        yield from spaced
    else:
        yield from sorted([*glued, *spaced])


def repair_text(text: str, lang: str | None) -> str:
    """The repaired text only (for the command line and for queries)."""
    return apply_edits(text, list(repair_edits(text, lang)))[0]
