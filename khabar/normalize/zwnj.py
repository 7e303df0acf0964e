"""ZWNJ (half-space) repair for Persian, as offset-preserving edits.

Scrapers drop U+200C ("میشود", "همکاریهای") and writers type a space instead
("می شود", "همکاری های"). This pass puts the half-space back from a lexicon and a
little morphology; it only ever inserts a ZWNJ inside a word or turns one space into a
ZWNJ, so the offset map stays simple and the letters never change.

Evidence, strongest first (``resources/normalize/zwnj``, built by ``khabar train zwnj``):

1. the written forms of a news corpus that keeps its ZWNJs: a word is rewritten only
   when its ZWNJ spelling is more frequent than the spelling in the text (so a plain
   spelling the corpus uses, such as "بیشتر", is left alone);
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
both ways goes the way its form suggests. An unseen pair is left to the form alone.

A word that is known as written, or that no rule explains, is left alone: an unknown
proper name is split only where it is a known word and a piece the corpus joins
("رضاییپور"), never where its parts are unknown ("دهبانیصابر").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter, or_

from khabar.normalize.zwnj_habit import types_joiners_apart
from khabar.normalize.zwnj_lexicon import (
    NON_JOINING,
    VERB_PREFIXES,
    ZWNJ,
    Lexicon,
    lexicon,
    verb_forms,
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

#: A word needs this weight (twice its corpus count, plus one if listed) to count as a
#: word when an unseen word is read as two: twice in the corpus, or once and listed.
STEM_WEIGHT = 3
#: How many corpus sightings the form of a pair is worth when the corpus has written
#: the pair both ways: with 1, a tie goes the way the form suggests, and a pair whose
#: form suggests a space needs two more joined sightings than spaced ones.
PAIR_PRIOR = 2.5
#: Analyses are cached across documents; the cache is emptied when it grows past this.
CACHE_SIZE = 200_000
_analyses: dict[str, str] = {}
#: Words known to need no change: most words, removed from each text's set in one step.
_unchanged: set[str] = set()
#: Word pairs decided across documents: a space between them kept, or made a ZWNJ.
_pairs_apart: set[tuple[str, str]] = set()
_pairs_joined: set[tuple[str, str]] = set()


@cache
def sounded_heh() -> tuple[str, ...]:
    """Stem endings whose ه is sounded (راه, گاه, کوه, گروه): no ZWNJ before ی/ای/اش."""
    return load_lines("normalize/zwnj/sounded_heh.txt")


def _suffix_fits(stem: str, condition: str) -> bool:
    if condition != "joining" and stem.endswith(sounded_heh()):
        # the ه of راه, گاه, کوه is a consonant: "آزمایشگاهی", "گروهی" take no ZWNJ
        return False
    if condition == "heh_yeh":
        return stem[-1] in "هی"
    if condition == "heh":
        return stem[-1] == "ه"
    return stem[-1] not in NON_JOINING


def _stem_spelling(stem: str, lex: Lexicon) -> str | None:
    """How a stem is written if it is a word: as it stands, or its ZWNJ spelling."""
    if len(stem) < 2:
        return None
    if stem in lex.rewrite:
        return lex.rewrite[stem]
    return stem if stem in lex.known else None


def _is_word(letters: str, lex: Lexicon) -> bool:
    """A word with enough evidence to stand beside a piece (its letters, ZWNJs aside)."""
    return lex.weight.get(letters.replace(ZWNJ, ""), 0) >= STEM_WEIGHT


def _piece_fits(head: str, tail: str, lex: Lexicon) -> bool:
    """A piece that is also a suffix of ``suffixes.tsv`` joins only the stems its condition
    allows ("دمای" is دما + ی, not دم + ای)."""
    condition = lex.suffix_conditions.get(tail)
    return condition is None or _suffix_fits(head, condition)


def _by_pieces(word: str, lex: Lexicon, depth: int) -> str | None:
    """An unseen word read as a known word and a piece the corpus joins with a ZWNJ
    ("قاسمیپور" -> "قاسمی‌پور"); the most productive piece wins."""
    best: tuple[int, str] | None = None
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if head[-1] in NON_JOINING:
            continue
        support = 0
        if tail in lex.glue_right and _piece_fits(head, tail, lex):
            head_spelled = _stem_spelling(head, lex) if _is_word(head, lex) else None
            if head_spelled is None and depth < 1:
                head_spelled = analyse(head, lex, depth + 1)
            if head_spelled is not None:
                support, spelled = lex.glue_right[tail], head_spelled + ZWNJ + tail
        # (می/نمی join verbs only, and those are the verb list's to decide: "میری" is a name)
        if (not support and head in lex.glue_left and head not in VERB_PREFIXES
                and _is_word(tail, lex)):
            tail_spelled = _stem_spelling(tail, lex) or tail
            support, spelled = lex.glue_left[head], head + ZWNJ + tail_spelled
        if (not support and head[-1] in lex.joining_letters and len(head) >= 3
                and len(tail) >= 2 and _is_word(head, lex) and _is_word(tail, lex)):
            # the weakest evidence: any specific piece above wins over it
            support = 1
            head_spelled = _stem_spelling(head, lex) or head
            spelled = head_spelled + ZWNJ + (_stem_spelling(tail, lex) or tail)
        if support and (best is None or support > best[0]):
            best = (support, spelled)
    return best[1] if best else None


def _vowel_and_yeh(word: str, lex: Lexicon) -> bool:
    """A known word ending in ا or و, then ی ("سویای", "دنیای"): that word and its ezafe or
    indefinite ی, not a stem ending in ی and the suffix ای ("سوی‌ای")."""
    base = word[:-1]
    return (len(word) > 3 and word[-1] == "ی" and base[-1] in "او" and not word.endswith("های")
            and base in lex.known and base not in lex.rewrite and _is_word(base, lex))


def analyse(word: str, lex: Lexicon, depth: int = 0) -> str | None:
    """The ZWNJ spelling of a word written without joiners, or None to leave it."""
    if word in lex.rewrite:
        return lex.rewrite[word]
    if word in lex.seen:
        return None
    for prefix in VERB_PREFIXES:
        if word.startswith(prefix) and word[len(prefix) :] in lex.verbs:
            return prefix + ZWNJ + word[len(prefix) :]
    if word in lex.known:
        return None
    if _vowel_and_yeh(word, lex):
        return None
    # Of the readings "stem + suffix", take the one whose stem the corpus writes most
    # ("علوفه + ای", not "علوف + های"); on a tie the longer suffix.
    best: tuple[int, str] | None = None
    for suffix, condition in lex.suffixes:
        if not word.endswith(suffix):  # both readings below need it; most suffixes fail
            continue
        stem = word[: -len(suffix)]
        if (condition == "joining" and len(stem) >= 2
                and stem[-1] in NON_JOINING and _stem_spelling(stem, lex) is not None):
            # "سدهای": a known stem whose last letter does not join takes the suffix
            # with no ZWNJ, a reading of its own against "سده + ای"
            weight = lex.weight.get(stem, 0)
            if best is None or weight > best[0]:
                best = (weight, "")
            continue
        if len(stem) >= 2 and _suffix_fits(stem, condition):
            spelled = _stem_spelling(stem, lex)
            weight = lex.weight.get(stem, 0)
            if spelled is None and not depth and len(stem) >= 3 and suffix in lex.open_suffixes:
                # an unknown stem ("داکتها"), read again for a suffix of its own
                # ("پاراگوئهایها"): only the readings of known stems outrank it
                spelled, weight = analyse(stem, lex, depth + 1) or stem, -1
            if spelled is not None and (best is None or weight > best[0]):
                best = (weight, spelled + ZWNJ + suffix)
    if best is not None:
        return best[1] or None
    return _by_pieces(word, lex, depth)


def _cached_analysis(word: str, lex: Lexicon) -> str | None:
    if word not in _analyses:
        if len(_unchanged) >= CACHE_SIZE:
            _unchanged.clear()
        if len(_analyses) >= CACHE_SIZE:
            _analyses.clear()
        spelled = analyse(word, lex)
        if spelled is None:
            _unchanged.add(word)
            return None
        _analyses[word] = spelled
    return _analyses[word]


def missing_joiners(text: str, words: set[str], lex: Lexicon) -> Iterator[Edit]:
    """Insertions for words written with no joiner ("میشود" -> "می‌شود")."""
    for word in words:
        spelled = _cached_analysis(word, lex)
        if spelled is None:
            continue
        inside = [n - k for k, n in enumerate(i for i, ch in enumerate(spelled) if ch == ZWNJ)]
        for start in occurrences(text, word):
            for offset in inside:
                yield start + offset, start + offset, ZWNJ


_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![\w\u200c\u064b-\u065f\u0670])")


def _phrase_joins(text: str, pairs: set[tuple[str, str]], lex: Lexicon) -> Iterator[int]:
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
    """Whether the space between two words stands for a ZWNJ.

    The corpus's own counts of the pair (joined vs spaced) decide, smoothed towards what
    the word's form suggests: hazm listing the pair as one ZWNJ word, the morphology
    (می + verb, known word + suffix) or a piece the corpus joins after a ZWNJ more often
    than it spaces. A pair the corpus has seen both ways about equally often (or once) goes the
    way its form suggests; a clear majority wins over the form.
    """
    suggested = (left, right) in lex.listed_pairs or _form_suggests_join(left, right, lex)
    counts = lex.pairs.get((left, right))
    if counts is None:
        return suggested
    joined, spaced = counts
    return joined - spaced > (-PAIR_PRIOR if suggested else PAIR_PRIOR)


def _form_suggests_join(left: str, right: str, lex: Lexicon) -> bool:
    """The backoff for pairs the corpus is unsure of: morphology and pieces."""
    if left[-1] in NON_JOINING:
        return False
    if left in VERB_PREFIXES:
        return right in lex.verbs
    if right in lex.space_right and _is_word(left, lex):
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
    return condition is not None and _suffix_fits(left, condition)


@dataclass(frozen=True)
class _PairTables:
    """What ``join_pair`` says, worked out once per lexicon."""

    joined: frozenset[tuple[str, str]]
    """The pairs the lexicon has counts for that join (the rest of them stay apart)."""
    right_forms: frozenset[str]
    left_forms: frozenset[str]
    """Words whose form may join a pair the lexicon has no counts for, on the right (a
    suffix, a piece) or on the left (می/نمی); a pair with neither stays apart."""


_tables: list[tuple[Lexicon, _PairTables]] = []


def _pair_tables(lex: Lexicon) -> _PairTables:
    if not _tables or _tables[0][0] is not lex:
        tables = _PairTables(
            joined=frozenset(pair for pair in lex.pairs if all(pair) and join_pair(*pair, lex)),
            right_forms=lex.space_right | frozenset(lex.suffix_conditions),
            left_forms=frozenset(VERB_PREFIXES),
        )
        _tables[:] = [(lex, tables)]
    return _tables[0][1]


def _decided_joins(candidates: set[tuple[str, str]], lex: Lexicon) -> set[tuple[str, str]]:
    """The candidate pairs to join. Pairs with counts are settled by one set operation;
    of the others only those with a form that may join (a few in a hundred) are looked at,
    and their decisions are kept across documents."""
    tables = _pair_tables(lex)
    right_forms, left_forms = tables.right_forms, tables.left_forms
    unseen = candidates.difference(lex.pairs)
    # (the pairs whose right word is a right form, or left word a left form, at C speed)
    listed = list(unseen)
    right_formed = map(right_forms.__contains__, map(itemgetter(1), listed))
    left_formed = map(left_forms.__contains__, map(itemgetter(0), listed))
    formed = set(compress(listed, map(or_, right_formed, left_formed)))
    if len(_pairs_apart) + len(_pairs_joined) > CACHE_SIZE:
        _pairs_apart.clear()
        _pairs_joined.clear()
    undecided = formed - _pairs_apart - _pairs_joined
    for left, right in undecided:
        if left and right and join_pair(left, right, lex):
            _pairs_joined.add((left, right))
        else:
            _pairs_apart.add((left, right))
    return (candidates & tables.joined) | (formed & _pairs_joined)


def clear_caches() -> None:
    """Forget the per-word and per-pair decisions kept across documents (for benchmarks
    that must start cold, and for tests)."""
    for cache_ in (_analyses, _unchanged, _pairs_apart, _pairs_joined):
        cache_.clear()


def _chained_spaces(parts: list[str], cued: Neighbours, joined: set[tuple[str, str]],
                    lex: Lexicon) -> list[int]:
    """Where the spaces beside the joined pairs stand that the words the joins make
    join too (``chained_joins``), so that repairing the repaired text changes nothing."""
    at_index = {index for index in compress(cued[0], map(joined.__contains__, cued[1]))
                if parts[2 * index + 2] == " "}
    added = chained_joins(parts, at_index, set(cued[0]), lex,
                          lambda pairs: _decided_joins(pairs, lex))
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
    joined = _decided_joins(set(cued[1]), lex)
    for left, right, at in pair_spaces(text, parts, joined, cued):
        spaces.add(at)
        typed += right in lex.suffix_conditions and left[-1] != "ه"
        prefixed += left in VERB_PREFIXES
    if spaces:
        spaces.update(_chained_spaces(parts, cued, joined, lex))
    distinct = set(tokens) if distinct is None else distinct
    # a phrase's first two words are looked for only where the text has both (set
    # operations on the words, not a pass over the tokens); ``_phrase_joins`` then finds
    # where they stand one space apart
    starts = {
        (first, second)
        for first in distinct & lex.phrase_starts
        for second in lex.phrase_seconds[first] & distinct
    }
    spaces.update(_phrase_joins(text, starts, lex))
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
