"""A learned decision for a space between two words that the corpus has never written,
joined or spaced, for ZWNJ repair (``khabar.normalize.zwnj_pairs``).

Where the corpus has written a pair, its counts decide by the hand-set rule
(``zwnj_pairs.rule_joins_pair``). Where it never has, the rule has only the pair's form
(a suffix after a known word, a piece, می/نمی before a verb, hazm's listing); this model
weighs the same cues with the words' own frequencies and the glued form's, by logistic
regression trained by ``khabar train zwnj`` on the training articles, each article's own
sightings left out of the counts (``khabar.train.zwnj_model``): so that the pairs it
learns from are those a text the lexicon never read brings.

The weights ship as ``resources/normalize/zwnj/pair_model.tsv`` (``feature<TAB>weight``
rows and a ``threshold`` row); without that file the rule decides every pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from math import log1p
from operator import mul

from khabar.normalize.zwnj_lexicon import (
    NON_JOINING,
    VERB_PREFIXES,
    ZWNJ,
    Lexicon,
    shipped_weights,
    suffix_fits,
)

MODEL_FILE = "normalize/zwnj/pair_model.tsv"

#: The features, in the order of the columns of ``features``.
FEATURES = (
    "bias", "rule", "listed", "verb", "prefix_not_verb", "piece", "suffix",
    "suffix_after_heh", "non_joining", "log_left", "log_right", "log_glued",
    "short_left", "short_right",
)
#: A word the corpus weighs this much or more standing alone, and no verb, is itself after
#: می/نمی: the model does not decide that pair, the rule does ("ماه می سال 2009" is the
#: month of May, not "می‌سال"; "می آینده", "می از"). Words the model rightly joins after
#: the prefix are rare or unknown (weight 9 or less in 700 Persian articles read).
COMMON_WORD_WEIGHT = 10
#: Pair scores kept across documents, emptied past this many.
CACHE_SIZE = 200_000
_scores: dict[tuple[str, str], float] = {}


def decides(
    pair: tuple[str, str], lex: Lexicon, counts: tuple[int, int] | None = None
) -> bool:
    """Whether the model decides this pair: the corpus never wrote it (no counts either
    way), it has a cue of form (hazm lists it, می/نمی before it, a piece or a suffix
    after), neither word holds a digit (no ZWNJ stands beside one: "می 12"), and it is
    not می/نمی before a common word that is no verb.
    ``counts``: (joined, spaced) in place of the lexicon's (training passes them without
    an article's own)."""
    left, right = pair
    return (
        not any(lex.pairs.get(pair, (0, 0)) if counts is None else counts)
        and (pair in lex.listed_pairs or left in VERB_PREFIXES or right in lex.space_right
             or right in lex.suffix_conditions)
        and not any(ch.isdigit() for ch in left + right)
        and not _prefix_before_a_word(left, right, lex)
    )


def _prefix_before_a_word(left: str, right: str, lex: Lexicon) -> bool:
    """می/نمی before a common word that is no verb (``COMMON_WORD_WEIGHT``). The weight is
    that of the word's letters, as ``Lexicon.weight`` keys it: a word written with a ZWNJ
    ("اسلام‌آباد", which a first repair makes of "اسلامآباد") weighs what it weighed glued,
    so a second repair decides the pair as the first did."""
    return (left in VERB_PREFIXES and right not in lex.verbs
            and lex.weight.get(right.replace(ZWNJ, ""), 0) >= COMMON_WORD_WEIGHT)


def _suffix_cue(left: str, right: str, lex: Lexicon) -> bool:
    """A known word before a suffix that takes a ZWNJ after it ("کتاب ها")."""
    condition = lex.suffix_conditions.get(right)
    key = left.replace(ZWNJ, "")
    return (condition is not None and (key in lex.known or key in lex.rewrite)
            and suffix_fits(left, condition))


def feature_row(
    left: str, right: str, left_weight: float, right_weight: float, glued_weight: float,
    lex: Lexicon,
) -> tuple[float, ...]:
    """The features of one pair, in the order of ``FEATURES``: what the rule's form cues
    say (``rule``: the rule's own answer for a pair with no counts), and the evidence
    (``Lexicon.weight``) for each word and for the two glued into one, passed in so that
    training can leave an article's own sightings out. Plain floats: the repair scores a
    few pairs a document, where numpy's overhead per call would cost more than the sums."""
    from khabar.normalize.zwnj_pairs import form_suggests_join

    listed = (left, right) in lex.listed_pairs
    prefix = left in VERB_PREFIXES
    verb = prefix and right in lex.verbs
    suffix = _suffix_cue(left, right, lex)
    return (
        1.0, float(listed or form_suggests_join(left, right, lex)), float(listed),
        float(verb), float(prefix and not verb), float(right in lex.space_right),
        float(suffix), float(suffix and left[-1] == "ه"), float(left[-1] in NON_JOINING),
        log1p(left_weight), log1p(right_weight), log1p(glued_weight),
        float(len(left) <= 2), float(len(right) <= 2),
    )


def lexicon_row(left: str, right: str, lex: Lexicon) -> tuple[float, ...]:
    """The features of a pair as the shipped lexicon weighs its words."""
    weight = lex.weight
    return feature_row(left, right, weight.get(left, 0), weight.get(right, 0),
                       weight.get(left + right, 0), lex)


@cache
def pair_model() -> tuple[tuple[float, ...], float] | None:
    """The shipped weights and threshold, or None where no model ships."""
    return shipped_weights(MODEL_FILE, FEATURES)


def model_joins(pairs: Sequence[tuple[str, str]], lex: Lexicon,
                model: tuple[tuple[float, ...], float]) -> list[bool]:
    """Whether each space stands for a ZWNJ, by the model (scores kept across documents).
    A letter that never joins the next one takes no ZWNJ after it in a pair the corpus
    has not written so, whatever the score."""
    weights, threshold = model
    if len(_scores) + len(pairs) > CACHE_SIZE:
        _scores.clear()
    for pair in pairs:
        if pair not in _scores:
            _scores[pair] = sum(map(mul, weights, lexicon_row(*pair, lex)))
    return [_scores[(left, right)] > threshold
            and (left[-1] not in NON_JOINING or (left, right) in lex.pairs)
            for left, right in pairs]


def clear_model_cache() -> None:
    """Forget the pair scores kept across documents."""
    _scores.clear()
