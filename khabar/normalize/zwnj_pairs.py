"""Whether a space between two words stands for a ZWNJ, for ZWNJ repair
(``khabar.normalize.zwnj``): the corpus's counts of the pair, against a margin set by
what the pair's form suggests (hazm listing it as one word, می/نمی + verb, also after a
preverb ("برمی گردد", session 22), known word +
suffix, a piece the corpus joins; the margins learned by ``khabar train zwnj``,
``pair_margins.tsv``), and the three-word phrases the corpus joins ("گفت و گو")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter, or_

from khabar.errors import ResourceError
from khabar.normalize.zwnj_lexicon import (
    NON_JOINING,
    VERB_PREFIXES,
    ZWNJ,
    Lexicon,
    preverb_prefixes,
    suffix_fits,
)
from khabar.normalize.zwnj_model import decides, model_joins, pair_model
from khabar.normalize.zwnj_morph import is_word
from khabar.normalize.zwnj_words import occurrences
from khabar.resources import load_tsv

#: How many corpus sightings the form of a pair is worth when the corpus has written
#: the pair both ways: with 1, a tie goes the way the form suggests, and a pair whose
#: form suggests a space needs two more joined sightings than spaced ones. The hand-set
#: margins, where no learned ``pair_margins.tsv`` ships.
PAIR_PRIOR = 2.5
MARGINS_FILE = "normalize/zwnj/pair_margins.tsv"
#: What a pair's form says, the classes ``pair_margins.tsv`` gives a margin each: hazm
#: lists it and the morphology or a piece suggests it, either alone, or neither.
CUE_CLASSES = ("listed_form", "form", "listed", "plain")
HAND_MARGINS = {"listed_form": -PAIR_PRIOR, "form": -PAIR_PRIOR, "listed": -PAIR_PRIOR,
                 "plain": PAIR_PRIOR}
#: Pairs are decided across documents; the caches are emptied past this many.
CACHE_SIZE = 200_000
#: Word pairs decided across documents: a space between them kept, or made a ZWNJ.
_pairs_apart: set[tuple[str, str]] = set()
_pairs_joined: set[tuple[str, str]] = set()
#: The unseen pairs of those that the rule joins (kept apart from the learned decision,
#: the document habit is read from them; the same as ``_pairs_joined`` with no model).
_rule_joined: set[tuple[str, str]] = set()


_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![\w\u200c\u064b-\u065f\u0670])")


def phrase_joins(text: str, pairs: set[tuple[str, str]], lex: Lexicon) -> Iterator[int]:
    """Spaces inside listed three-word phrases ("گفت و گو" -> "گفت‌و‌گو")."""
    for first, second in pairs & lex.join_pairs:
        pair = f"{first} {second}"
        for start in occurrences(text, pair):
            end = start + len(pair)
            following = _NEXT_WORD.match(text, end)
            if following and f"{pair} {following.group(1)}" in lex.joins:
                yield start + pair.index(" ")
                yield end


def join_pair(left: str, right: str, lex: Lexicon) -> bool:
    """Whether the space between two words stands for a ZWNJ: the learned decision
    (``zwnj_model``) for a pair the corpus has never written, joined or spaced, that has
    a cue of form (``zwnj_model.decides``), where its weights ship; else
    ``rule_joins_pair``."""
    return _joins([(left, right)], lex)[0]


def _joins(pairs: list[tuple[str, str]], lex: Lexicon) -> list[bool]:
    """``join_pair`` for many pairs at once (the model scores its pairs in one product)."""
    model = pair_model()
    if model is None:
        return [rule_joins_pair(left, right, lex) for left, right in pairs]
    unseen = [decides(pair, lex) for pair in pairs]
    if not any(unseen):
        return [rule_joins_pair(left, right, lex) for left, right in pairs]
    scored = iter(model_joins(list(compress(pairs, unseen)), lex, model))
    return [next(scored) if new else rule_joins_pair(left, right, lex)
            for (left, right), new in zip(pairs, unseen, strict=True)]


def rule_joins_pair(
    left: str, right: str, lex: Lexicon, counts: tuple[int, int] | None = None
) -> bool:
    """Whether the space between two words stands for a ZWNJ, by the rule.

    The corpus's own counts of the pair (joined vs spaced) decide,
    against a margin set by what the pair's form suggests (``cue_class``): hazm listing
    the pair as one ZWNJ word, the morphology (می + verb, known word + suffix) or a piece
    the corpus joins after a ZWNJ more often than it spaces. The margins are learned from
    the corpus (``pair_margins.tsv``), else hand-set: a pair seen both ways about equally
    often goes the way its form suggests, a clear majority wins over the form. A pair the
    corpus never wrote joins where its form suggests it. ``counts``: (joined, spaced) in
    place of the lexicon's (training passes them without an article's own).
    """
    counts = lex.pairs.get((left, right)) if counts is None else counts
    cue = cue_class(left, right, lex)
    if counts is None:
        return cue != "plain"
    joined, spaced = counts
    return joined - spaced > pair_margins()[cue]


def cue_class(left: str, right: str, lex: Lexicon) -> str:
    """Which of ``CUE_CLASSES`` the pair's form puts it in."""
    listed = (left, right) in lex.listed_pairs
    if form_suggests_join(left, right, lex):
        return "listed_form" if listed else "form"
    return "listed" if listed else "plain"


@cache
def pair_margins() -> dict[str, float]:
    """The margin each cue class's count difference must pass to join: learned by
    ``khabar train zwnj`` (``pair_margins.tsv``), or the hand-set ones where none ships."""
    try:
        rows = load_tsv(MARGINS_FILE)
    except ResourceError:
        return dict(HAND_MARGINS)
    table = {row[0]: float(row[1]) for row in rows if len(row) >= 2}
    missing = [cue for cue in CUE_CLASSES if cue not in table]
    if missing:
        raise ResourceError(f"{MARGINS_FILE} lacks margins for {', '.join(missing)}")
    return {cue: table[cue] for cue in CUE_CLASSES}


def form_suggests_join(left: str, right: str, lex: Lexicon) -> bool:
    """The backoff for pairs the corpus is unsure of: morphology and pieces. A verb prefix
    with a preverb before it ("برمی", "درنمی") is the verb prefix still: it joins a verb
    form typed a space after it ("برمی گردانیم"), as the deleted copy's preverb rule
    (``zwnj_morph.analyse``, ``preverbs.txt``) joins "برمیگردانیم"."""
    if left[-1] in NON_JOINING:
        return False
    if left in VERB_PREFIXES or left in preverb_prefixes():
        return right in lex.verbs
    if right in lex.space_right and is_word(left, lex):
        return True
    # (a word the corpus joins on its left, "مغازه‌ها", is no cue to join it to the next
    # word, "مغازه و": on three inner dev splits of the training text, dropping that cue
    # removed 42 wrong joins and 20 right ones)
    return _suffix_join_fits(left, right, lex)


def _suffix_join_fits(left: str, suffix: str, lex: Lexicon) -> bool:
    """A known word before a suffix that takes a ZWNJ after it ("کتاب ها"), unless the
    corpus spaces that suffix more often than it joins it."""
    key = left.replace(ZWNJ, "")
    if key not in lex.known and key not in lex.rewrite:
        return False
    if suffix not in lex.space_right and suffix in lex.glue_right:
        return False
    condition = lex.suffix_conditions.get(suffix)
    return condition is not None and suffix_fits(left, condition)


@dataclass(frozen=True)
class _PairTables:
    """What ``join_pair`` says, worked out once per lexicon."""

    joined: frozenset[tuple[str, str]]
    """The pairs the lexicon has counts for that join (the rest of them stay apart)."""
    right_forms: frozenset[str]
    left_forms: frozenset[str]
    """Words whose form may join a pair the lexicon has no counts for, on the right (a
    suffix, a piece) or on the left (می/نمی, also after a preverb: "برمی"); a pair with
    neither stays apart."""


#: The tables, for the lexicon, the model (or None) and the margins they were worked out with.
_tables: list[tuple[Lexicon, object, object, _PairTables]] = []


def _pair_tables(lex: Lexicon) -> _PairTables:
    model, margins = pair_model(), pair_margins()
    if not _tables or _tables[0][0] is not lex or _tables[0][1] is not model or (
            _tables[0][2] is not margins):
        counted = [pair for pair in lex.pairs if all(pair)]
        tables = _PairTables(
            joined=frozenset(compress(counted, _joins(counted, lex))),
            right_forms=lex.space_right | frozenset(lex.suffix_conditions),
            left_forms=frozenset(VERB_PREFIXES) | preverb_prefixes(),
        )
        _tables[:] = [(lex, model, margins, tables)]
    return _tables[0][3]


def decided_joins(
    candidates: set[tuple[str, str]], lex: Lexicon
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The candidate pairs to join, and those the rule alone would join (the same set
    where no model ships; else they differ in unseen pairs only). Pairs with counts are
    settled by one set operation; of the others only those with a form that may join (a
    few in a hundred) are looked at, and their decisions are kept across documents."""
    tables = _pair_tables(lex)
    right_forms, left_forms = tables.right_forms, tables.left_forms
    unseen = candidates.difference(lex.pairs)
    # (the pairs whose right word is a right form, or left word a left form, at C speed)
    listed = list(unseen)
    right_formed = map(right_forms.__contains__, map(itemgetter(1), listed))
    left_formed = map(left_forms.__contains__, map(itemgetter(0), listed))
    formed = set(compress(listed, map(or_, right_formed, left_formed)))
    if len(_pairs_apart) + len(_pairs_joined) > CACHE_SIZE:
        clear_pair_caches()
    undecided = [pair for pair in formed - _pairs_apart - _pairs_joined if all(pair)]
    learned = pair_model() is not None
    for pair, join in zip(undecided, _joins(undecided, lex), strict=True):
        (_pairs_joined if join else _pairs_apart).add(pair)
        if learned and rule_joins_pair(*pair, lex):
            _rule_joined.add(pair)
    counted = candidates & tables.joined
    joined = counted | (formed & _pairs_joined)
    return joined, (counted | (formed & _rule_joined) if learned else joined)


def clear_pair_caches() -> None:
    """Forget the pair decisions kept across documents."""
    _pairs_apart.clear()
    _pairs_joined.clear()
    _rule_joined.clear()
