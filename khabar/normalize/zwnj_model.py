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
from typing import TYPE_CHECKING

from khabar.errors import ResourceError
from khabar.normalize.zwnj_lexicon import NON_JOINING, VERB_PREFIXES, ZWNJ, Lexicon, suffix_fits
from khabar.resources import load_tsv

if TYPE_CHECKING:  # numpy is imported where a pair is scored: the CLI starts without it
    import numpy as np

MODEL_FILE = "normalize/zwnj/pair_model.tsv"

#: The features, in the order of the columns of ``features``.
FEATURES = (
    "bias", "rule", "listed", "verb", "prefix_not_verb", "piece", "suffix",
    "suffix_after_heh", "non_joining", "log_left", "log_right", "log_glued",
    "short_left", "short_right",
)
#: Pair scores kept across documents, emptied past this many.
CACHE_SIZE = 200_000
_scores: dict[tuple[str, str], float] = {}


def decides(
    pair: tuple[str, str], lex: Lexicon, counts: tuple[int, int] | None = None
) -> bool:
    """Whether the model decides this pair: the corpus never wrote it (no counts either
    way), it has a cue of form (hazm lists it, می/نمی before it, a piece or a suffix
    after), and neither word holds a digit (no ZWNJ stands beside one: "می 12").
    ``counts``: (joined, spaced) in place of the lexicon's (training passes them without
    an article's own)."""
    left, right = pair
    return (
        not any(lex.pairs.get(pair, (0, 0)) if counts is None else counts)
        and (pair in lex.listed_pairs or left in VERB_PREFIXES or right in lex.space_right
             or right in lex.suffix_conditions)
        and not any(ch.isdigit() for ch in left + right)
    )


def _suffix_cue(left: str, right: str, lex: Lexicon) -> bool:
    """A known word before a suffix that takes a ZWNJ after it ("کتاب ها")."""
    condition = lex.suffix_conditions.get(right)
    key = left.replace(ZWNJ, "")
    return (condition is not None and (key in lex.known or key in lex.rewrite)
            and suffix_fits(left, condition))


def features(
    pairs: Sequence[tuple[str, str]], left_weight: np.ndarray, right_weight: np.ndarray,
    glued_weight: np.ndarray, lex: Lexicon,
) -> np.ndarray:
    """One row per pair: what the rule's form cues say (``rule``: the rule's own answer
    for a pair with no counts), and the evidence (``Lexicon.weight``) for each word and
    for the two glued into one. The weights come as arrays so that training can pass
    them with an article's own sightings left out."""
    import numpy as np

    from khabar.normalize.zwnj_pairs import form_suggests_join

    n = len(pairs)
    listed = np.fromiter(((pair in lex.listed_pairs) for pair in pairs), bool, n)
    rule = listed | np.fromiter((form_suggests_join(a, b, lex) for a, b in pairs), bool, n)
    verb = np.fromiter(((a in VERB_PREFIXES and b in lex.verbs) for a, b in pairs), bool, n)
    prefix = np.fromiter(((a in VERB_PREFIXES) for a, _ in pairs), bool, n)
    piece = np.fromiter(((b in lex.space_right) for _, b in pairs), bool, n)
    suffix = np.fromiter((_suffix_cue(a, b, lex) for a, b in pairs), bool, n)
    heh = np.fromiter((a[-1] == "ه" for a, _ in pairs), bool, n)
    non_joining = np.fromiter((a[-1] in NON_JOINING for a, _ in pairs), bool, n)
    short_left = np.fromiter((len(a) <= 2 for a, _ in pairs), bool, n)
    short_right = np.fromiter((len(b) <= 2 for _, b in pairs), bool, n)
    return np.column_stack([
        np.ones(n), rule, listed, verb, prefix & ~verb, piece, suffix, suffix & heh,
        non_joining, np.log1p(left_weight), np.log1p(right_weight), np.log1p(glued_weight),
        short_left, short_right,
    ]).astype(np.float64)


def lexicon_features(pairs: Sequence[tuple[str, str]], lex: Lexicon) -> np.ndarray:
    """The features of ``pairs`` as the shipped lexicon counts them."""
    import numpy as np

    weight = lex.weight
    return features(
        pairs,
        np.array([weight.get(a, 0) for a, _ in pairs], dtype=np.float64),
        np.array([weight.get(b, 0) for _, b in pairs], dtype=np.float64),
        np.array([weight.get(a + b, 0) for a, b in pairs], dtype=np.float64),
        lex,
    )


@cache
def pair_model() -> tuple[np.ndarray, float] | None:
    """The shipped weights and threshold, or None where no model ships."""
    import numpy as np

    try:
        rows = load_tsv(MODEL_FILE)
    except ResourceError:
        return None
    table = {row[0]: float(row[1]) for row in rows if len(row) >= 2}
    missing = [name for name in (*FEATURES, "threshold") if name not in table]
    if missing:
        raise ResourceError(f"{MODEL_FILE} lacks weights for {', '.join(missing)}")
    return np.array([table[name] for name in FEATURES]), table["threshold"]


def model_joins(pairs: Sequence[tuple[str, str]], lex: Lexicon,
                model: tuple[np.ndarray, float]) -> list[bool]:
    """Whether each space stands for a ZWNJ, by the model (scores kept across documents).
    A letter that never joins the next one takes no ZWNJ after it in a pair the corpus
    has not written so, whatever the score."""
    missing = [pair for pair in dict.fromkeys(pairs) if pair not in _scores]
    if missing:
        if len(_scores) + len(missing) > CACHE_SIZE:
            _scores.clear()
        _scores.update(zip(missing, (lexicon_features(missing, lex) @ model[0]).tolist(),
                           strict=True))
    threshold = model[1]
    return [_scores[(left, right)] > threshold
            and (left[-1] not in NON_JOINING or (left, right) in lex.pairs)
            for left, right in pairs]


def clear_model_cache() -> None:
    """Forget the pair scores kept across documents."""
    _scores.clear()
