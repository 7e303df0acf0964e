"""Training of the learned split of unseen glued words (``khabar.normalize.zwnj_glued``).

Every word of a training article that the rest of the corpus never writes (its letters
have no weight once the article's own sightings are taken out) and that no verb prefix
explains is read the way the repair would meet it: each cut into two known words
(weights also without the article's own sightings) is an example, labelled by whether
the article wrote a ZWNJ at that cut. The fit is the pair model's logistic regression
(``khabar.train.zwnj_model.fit``); the threshold is a score of 0: a word is split where
the model finds the ZWNJ likelier than not. Written to ``glued_model.tsv``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from khabar.normalize.charmap import normalize_text
from khabar.normalize.zwnj_glued import FEATURES, MODEL_FILE, cuts, feature_row
from khabar.normalize.zwnj_lexicon import VERB_PREFIXES, ZWNJ, Lexicon, lexicon
from khabar.train.zwnj_model import WORD, fit, resources_at

#: Split where the score passes this: a probability of one half.
THRESHOLD = 0.0


def _explained_by_a_verb(letters: str, lex: Lexicon) -> bool:
    return any(letters.startswith(prefix) and letters[len(prefix):] in lex.verbs
               for prefix in VERB_PREFIXES)


def examples(texts: Iterable[str], lex: Lexicon) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of every cut of the words each text alone writes."""
    rows: list[tuple[float, ...]] = []
    labels: list[float] = []
    for raw in texts:
        tokens = [m.group().strip(ZWNJ) for m in WORD.finditer(normalize_text(raw, "fa"))]
        own = Counter(token.replace(ZWNJ, "") for token in tokens if token)
        # each word once, in the text's order: a set's order changes with the hash seed,
        # and the order of the rows changes the fit's sums in their last bits
        for token in dict.fromkeys(tokens):
            parts = token.split(ZWNJ)
            letters = "".join(parts)
            if not token or len(parts) > 2 or lex.weight.get(letters, 0) > 2 * own[letters]:
                continue
            if _explained_by_a_verb(letters, lex):
                continue
            found = cuts(letters, lex.weight, own)
            for head, tail, head_weight, tail_weight in found:
                rows.append(feature_row(head, tail, head_weight, tail_weight, len(found), lex))
                labels.append(float(len(parts) == 2 and parts[0] == head))
    matrix = np.array(rows) if rows else np.zeros((0, len(FEATURES)))
    return matrix, np.array(labels, dtype=np.float64)


def train_glued_model(texts: Iterable[str], root: Path, note: str) -> str:
    """Fit on ``texts`` with the lexicon under ``root`` (a resources folder) and write
    ``glued_model.tsv`` there; returns a one-line summary."""
    (root / MODEL_FILE).unlink(missing_ok=True)
    with resources_at(root):
        matrix, labels = examples(texts, lexicon())
    weights = fit(matrix, labels)
    rows = [f"# {note}", "# feature\tweight (logistic regression; split where score > threshold)"]
    rows += [f"{name}\t{weight:.6f}" for name, weight in zip(FEATURES, weights, strict=True)]
    rows.append(f"threshold\t{THRESHOLD:.6f}")
    (root / MODEL_FILE).write_text("\n".join(rows) + "\n", encoding="utf-8")
    return (f"glued model: {len(labels)} cuts of unseen words ({int(labels.sum())} ZWNJs) "
            f"-> {root / MODEL_FILE}")
