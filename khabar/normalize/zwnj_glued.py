"""A learned decision for a glued word no lexicon knows that reads as two known words
("کارشناسمحور" -> "کارشناس‌محور"), for ZWNJ repair (``khabar.normalize.zwnj_morph``).

A word the corpus and hazm's list never wrote, that no suffix, verb prefix or piece
explains, is either a compound whose ZWNJ was dropped or a word of its own (most often a
name) that happens to hold two known words. The hand-set rules split such a word only
after a final ه or between two common words (``zwnj_morph._common_parts``); this model
weighs the cut with more of what the corpus says: how common each part is, how often
the corpus joins the tail as a piece after a ZWNJ or glues it, the head likewise before
one, how often it joins two known words after the head's last letter, and how many ways
the word can be cut. It is logistic regression trained by ``khabar train zwnj`` on the
training articles, each article's own sightings left out of the counts
(``khabar.train.zwnj_glued``), so that it learns from words as a new text brings them.

The weights ship as ``resources/normalize/zwnj/glued_model.tsv`` (``feature<TAB>weight``
rows and a ``threshold`` row); without that file the hand-set rule decides.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Mapping
from functools import cache
from math import log1p
from operator import mul

from khabar.normalize.zwnj_lexicon import (
    NON_JOINING,
    VERB_PREFIXES,
    ZWNJ,
    Lexicon,
    shipped_weights,
)
from khabar.resources import resource_path

MODEL_FILE = "normalize/zwnj/glued_model.tsv"
PIECES_FILE = "normalize/zwnj/pieces.tsv.gz"

#: The features, in the order of the columns of ``feature_row``.
FEATURES = (
    "bias", "log_head", "log_tail", "log_rarer", "head_heh", "letter_rate",
    "tail_joined", "tail_glued", "head_joined", "head_glued", "short_head", "short_tail",
    "log_cuts", "tail_suffix",
)
#: A word shorter than this is never split by the model: its halves are two-letter words
#: (یک, من, از, با, هم), which cut almost any four letters in two ("یکمن", Arabic "lies",
#: in a quotation). No four-letter word was split on the inner dev splits either way.
MIN_LETTERS = 5
#: The share of words joined after a letter the corpus joins too rarely to have a row
#: (``*letter`` rows need 3 joined words): the rates of the rows are 0.4-0.9.
RARE_LETTER_RATE = 0.3

@cache
def piece_counts() -> tuple[dict[tuple[str, str], tuple[int, int]], dict[str, float]]:
    """Every row of ``pieces.tsv.gz``: (piece, side) -> (words joined, words glued), and
    each final letter's share of two known words the corpus joins after it (smoothed)."""
    counts: dict[tuple[str, str], tuple[int, int]] = {}
    rates: dict[str, float] = {}
    with gzip.open(resource_path(PIECES_FILE), "rt", encoding="utf-8") as handle:
        for line in handle:
            piece, side, joined, glued, _ = line.rstrip("\n").split("\t")
            if piece.startswith("*"):
                rates[piece[1:]] = (int(joined) + 1) / (int(joined) + int(glued) + 2)
            else:
                counts[(piece, side)] = (int(joined), int(glued))
    return counts, rates


def cuts(
    letters: str, weight: Mapping[str, int], own: Counter[str] | None = None
) -> list[tuple[str, str, int, int]]:
    """The readings of a word as two known words with a ZWNJ between them: (head, tail,
    head's weight, tail's weight), the head ending in a letter that joins and not
    می/نمی (the verb list decides those). ``own``: an article's own sightings, taken out
    of the weights in training. Weights are looked up only where the letter joins, the
    tail only where the head is known (every unseen word of a text comes here)."""
    found = []
    get = weight.get
    for cut in range(2, len(letters) - 1):
        if letters[cut - 1] in NON_JOINING:
            continue
        head = letters[:cut]
        head_weight = get(head, 0)
        if own:
            head_weight -= 2 * own[head]
        if head_weight <= 0 or head in VERB_PREFIXES:
            continue
        tail = letters[cut:]
        tail_weight = get(tail, 0)
        if own:
            tail_weight -= 2 * own[tail]
        if tail_weight > 0:
            found.append((head, tail, head_weight, tail_weight))
    return found


def feature_row(head: str, tail: str, head_weight: float, tail_weight: float, ways: int,
                lex: Lexicon) -> tuple[float, ...]:
    """The features of one cut, in the order of ``FEATURES``; the weights are passed in so
    that training can leave an article's own sightings out."""
    pieces, rates = piece_counts()
    tail_joined, tail_glued = pieces.get((tail, "R"), (0, 0))
    head_joined, head_glued = pieces.get((head, "L"), (0, 0))
    return (
        1.0, log1p(head_weight), log1p(tail_weight), log1p(min(head_weight, tail_weight)),
        float(head[-1] == "ه"), rates.get(head[-1], RARE_LETTER_RATE),
        log1p(tail_joined), log1p(tail_glued), log1p(head_joined), log1p(head_glued),
        float(len(head) == 2), float(len(tail) == 2), log1p(ways),
        float(tail in lex.suffix_conditions),
    )


@cache
def glued_model() -> tuple[tuple[float, ...], float] | None:
    """The shipped weights and threshold, or None where no model ships."""
    return shipped_weights(MODEL_FILE, FEATURES)


def glued_split(word: str, lex: Lexicon, model: tuple[tuple[float, ...], float]) -> str | None:
    """The word with a ZWNJ at its best-scored cut, where that score passes the
    threshold; None to leave it."""
    if len(word) < MIN_LETTERS:
        return None
    weights, threshold = model
    found = cuts(word, lex.weight)
    best: tuple[float, str] | None = None
    for head, tail, head_weight, tail_weight in found:
        score = sum(map(mul, weights, feature_row(head, tail, head_weight, tail_weight,
                                                  len(found), lex)))
        if best is None or score > best[0]:
            best = (score, head + ZWNJ + tail)
    return best[1] if best is not None and best[0] > threshold else None
