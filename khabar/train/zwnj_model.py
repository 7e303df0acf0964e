"""Training of the learned space decision of ZWNJ repair (``khabar.normalize.zwnj_model``).

Each training article is damaged as the spaced copy of ``bench/text_zwnj.py`` is (every
ZWNJ typed as a space), and every space between two words that the repair would weigh
(a pair the lexicon counts, or one with a suffix, a piece or می/نمی) is an example,
labelled by whether the article wrote a ZWNJ there. The lexicon was counted from these
same articles, so each article's own sightings (of the pair joined and spaced, of each
word and of the glued form) are taken out of the counts before its features are made:
the model learns from counts as they look for a text the lexicon has never read.

The fit is logistic regression by Newton's method with a small L2 penalty, in numpy;
the threshold is the one with the best F1 over the training examples (the ZWNJs no
example covers count as misses). Written to ``pair_model.tsv`` beside the lexicon.
The same examples' counted pairs first teach the margins of the rule
(``khabar.train.zwnj_margins``, ``pair_margins.tsv``), which the threshold is then fitted
beside.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

import khabar.resources
from khabar.normalize.charmap import normalize_text
from khabar.normalize.zwnj import clear_caches
from khabar.normalize.zwnj_glued import glued_model, piece_counts
from khabar.normalize.zwnj_lexicon import NON_JOINING, VERB_PREFIXES, ZWNJ, Lexicon, lexicon
from khabar.normalize.zwnj_model import (
    FEATURES,
    MODEL_FILE,
    clear_model_cache,
    decides,
    feature_row,
    pair_model,
)
from khabar.normalize.zwnj_pairs import MARGINS_FILE, pair_margins, rule_joins_pair
from khabar.normalize.zwnj_words import split_words
from khabar.resources import load_tsv
from khabar.train.zwnj_margins import learn_margins, margin_table, summary, write_margins

#: The corpus's word (as ``khabar.train.zwnj.WORD`` counts it).
WORD = re.compile(
    r"[\u0621-\u063a\u0641-\u065f\u0670\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc\u200c]+"
)
#: L2 penalty on every weight but the bias (the features are counts' logs and flags).
PENALTY = 1.0
NEWTON_STEPS = 30


@contextmanager
def resources_at(root: Path) -> Iterator[None]:
    """Load the lexicon from another resources folder (a trainer's output) for a while."""
    saved = khabar.resources.RESOURCES
    khabar.resources.RESOURCES = root
    _forget()
    try:
        yield
    finally:
        khabar.resources.RESOURCES = saved
        _forget()


def _forget() -> None:
    """Every cache that holds what a resources folder says."""
    for cached in (lexicon, load_tsv, pair_model, pair_margins, glued_model, piece_counts):
        cached.cache_clear()
    clear_caches()
    clear_model_cache()


def _own_counts(text: str) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """An article's word forms, their letters, and its words one space apart, counted as
    ``khabar train zwnj`` counts them into the lexicon."""
    forms: Counter[str] = Counter()
    runs: Counter[str] = Counter()
    for line in text.split("\n"):
        matches = list(WORD.finditer(line))
        tokens = [m.group().strip(ZWNJ) for m in matches]
        forms.update(t for t in tokens if t)
        for n in range(len(matches) - 1):
            if line[matches[n].end():matches[n + 1].start()] == " ":
                runs[f"{tokens[n]} {tokens[n + 1]}"] += 1
    letters: Counter[str] = Counter()
    for form, count in forms.items():
        letters[form.replace(ZWNJ, "")] += count
    return forms, letters, runs


def _weighed(left: str, right: str, lex: Lexicon) -> bool:
    """Whether the repair weighs the space between these two words at all."""
    if not left or not right:
        return False
    if (left, right) in lex.pairs:
        return True
    return left[-1] not in NON_JOINING and (
        right in lex.space_right or right in lex.suffix_conditions or left in VERB_PREFIXES)


def examples(
    texts: Iterable[str], lex: Lexicon
) -> tuple[np.ndarray, np.ndarray, tuple[int, int, int]]:
    """Feature rows and labels of the spaces the repair weighs in the spaced copies of
    ``texts`` that the corpus never wrote (counted without the article itself), and what
    the rest score: the rule's right and wrong joins of counted pairs, and the ZWNJs left
    (a counted pair the rule spaces, or a space the repair does not weigh)."""
    matrix, labels, counted, outside = gathered(texts, lex)
    return matrix, labels, _rule_scores(counted, outside, lex)


#: A space between two counted words: left, right, joined and spaced sightings (without
#: the article's own), and whether the article wrote a ZWNJ there.
Counted = tuple[str, str, int, int, bool]


def gathered(
    texts: Iterable[str], lex: Lexicon
) -> tuple[np.ndarray, np.ndarray, list[Counted], int]:
    """``examples``' rows and labels, the spaces between counted words, and the ZWNJs of
    the spaces the repair does not weigh."""
    rows: list[np.ndarray] = []
    labels: list[bool] = []
    outside = 0
    counted: list[tuple[str, str, int, int, bool]] = []
    for raw in texts:
        text = normalize_text(raw, "fa")
        forms, letters, runs = _own_counts(text)
        damaged = text.replace(ZWNJ, " ")  # one for one: offsets are the original's
        parts = split_words(damaged)
        pairs, lw, rw, gw, truth = [], [], [], [], []
        at = 0
        for index in range(1, len(parts) - 2, 2):
            at += len(parts[index - 1]) + len(parts[index])
            left, gap, right = parts[index], parts[index + 1], parts[index + 2]
            if gap != " ":
                continue
            label = text[at] == ZWNJ
            if not _weighed(left, right, lex):
                outside += label
                continue
            j, s = lex.pairs.get((left, right), (0, 0))
            j, s = max(0, j - forms[left + ZWNJ + right]), max(0, s - runs[f"{left} {right}"])
            if not decides((left, right), lex, (j, s)):
                counted.append((left, right, j, s, label))  # the rule decides it
                continue
            pairs.append((left, right))
            lw.append(max(0, lex.weight.get(left, 0) - 2 * letters[left]))
            rw.append(max(0, lex.weight.get(right, 0) - 2 * letters[right]))
            gw.append(max(0, lex.weight.get(left + right, 0) - 2 * letters[left + right]))
            truth.append(label)
        if pairs:
            rows.append(np.array([feature_row(*pair, a, b, c, lex)
                                  for pair, a, b, c in zip(pairs, lw, rw, gw, strict=True)]))
            labels.extend(truth)
    matrix = np.vstack(rows) if rows else np.zeros((0, len(FEATURES)))
    return matrix, np.array(labels, dtype=np.float64), counted, outside


def _rule_scores(
    counted: list[tuple[str, str, int, int, bool]], outside: int, lex: Lexicon
) -> tuple[int, int, int]:
    """Right joins, wrong joins and ZWNJs left by the rule on the counted pairs, with the
    ZWNJs of the spaces not weighed added to the last."""
    if not counted:
        return 0, 0, outside
    says = np.array([rule_joins_pair(left, right, lex, (j, s)) for left, right, j, s, _ in counted],
                    dtype=bool)
    truth = np.array([row[4] for row in counted], dtype=bool)
    return (int((says & truth).sum()), int((says & ~truth).sum()),
            outside + int((~says & truth).sum()))


def fit(matrix: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Logistic regression weights by Newton's method (L2 on all but the bias)."""
    weights = np.zeros(matrix.shape[1])
    penalty = np.full(matrix.shape[1], PENALTY)
    penalty[0] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(matrix @ weights)))
        gradient = matrix.T @ (p - labels) + penalty * weights
        hessian = (matrix * (p * (1 - p))[:, None]).T @ matrix + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-7:
            break
    return weights


def best_threshold(scores: np.ndarray, labels: np.ndarray, rest: tuple[int, int, int]) -> float:
    """The score threshold with the best F1 over every space of the training copies: the
    examples as the scores split them, with the rule's answers on the rest (``rest``)."""
    right, wrong, left = rest
    order = np.argsort(-scores)
    hits = np.cumsum(labels[order]) + right
    taken = np.arange(1, len(order) + 1) + right + wrong
    total = labels.sum() + right + left
    f1 = 2 * hits / (taken + total)
    ranked = scores[order]
    f1[:-1][ranked[:-1] <= ranked[1:]] = -1.0  # a cut only where the score drops (no ties)
    best = int(np.argmax(f1))
    below = scores[order[best + 1]] if best + 1 < len(order) else scores[order[best]] - 1
    return float((scores[order[best]] + below) / 2)


def train_pair_model(texts: Iterable[str], root: Path, note: str) -> str:
    """Fit on ``texts`` with the lexicon under ``root`` (a resources folder) and write
    ``pair_model.tsv`` there; returns a one-line summary. An older model is removed first:
    the document habit the examples are read with is then the hand-set rule's."""
    (root / MODEL_FILE).unlink(missing_ok=True)
    (root / MARGINS_FILE).unlink(missing_ok=True)  # the examples read with the hand margins
    with resources_at(root):
        lex = lexicon()
        matrix, labels, counted, outside = gathered(texts, lex)
        table = margin_table(counted, lex)
        # the model's pairs as the form rule alone would decide them, while the margins
        # are learned (the model is fitted after, with the margins it will ship beside)
        says = matrix[:, FEATURES.index("rule")] > 0
        truth = labels > 0
        unseen = (int((says & truth).sum()), int((says & ~truth).sum()),
                  int((~says & truth).sum()) + outside)
        margins = learn_margins(table, unseen)
        write_margins(root / MARGINS_FILE, margins, note)
        _forget()
        rest = _rule_scores(counted, outside, lexicon())
    margin_line = summary(table, margins, unseen)
    weights = fit(matrix, labels)
    threshold = best_threshold(matrix @ weights, labels, rest)
    rows = [f"# {note}", "# feature\tweight (logistic regression; join where score > threshold)"]
    rows += [f"{name}\t{weight:.6f}" for name, weight in zip(FEATURES, weights, strict=True)]
    rows.append(f"threshold\t{threshold:.6f}")
    (root / MODEL_FILE).write_text("\n".join(rows) + "\n", encoding="utf-8")
    return (f"{margin_line}\n"
            f"pair model: {len(labels)} unseen pairs' spaces ({int(labels.sum())} ZWNJs; the "
            f"rule on the rest: {rest[0]} right, {rest[1]} wrong, {rest[2]} left), "
            f"threshold {threshold:.3f} -> {root / MODEL_FILE}")
