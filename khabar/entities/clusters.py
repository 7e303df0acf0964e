"""Word clusters learned from raw news text, a CRF feature that generalises beyond the
few thousand names of the training file.

Each frequent folded word is described by the words seen just before and after it,
reduced to ``DIMENSIONS`` numbers and grouped by k-means at two granularities; a word's
two cluster numbers become features. Built by ``khabar train ner-clusters`` (numpy at
build time only) into ``resources/ner/<lang>.clusters.tsv``: word, coarse, fine.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from khabar.normalize.fold import fold
from khabar.resources import RESOURCES
from khabar.text.tokens import tokenize

VOCABULARY = 60000
CONTEXT_WORDS = 1000
DIMENSIONS = 80
GRANULARITIES = (64, 512)
SEED = 13


def cluster_path(lang: str) -> Path:
    return RESOURCES / "ner" / f"{lang}.clusters.tsv"


@lru_cache(maxsize=4)
def load_clusters(lang: str) -> dict[str, tuple[str, ...]]:
    """Folded word -> cluster ids (coarse, fine); empty when no file ships for ``lang``."""
    path = cluster_path(lang)
    if not path.is_file():
        return {}
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, *ids = line.split("\t")
        table[word] = tuple(ids)
    return table


def corpus_sentences(paths: Iterable[str]) -> Iterator[list[str]]:
    """Folded word tokens per line of the ``text`` field of JSON-lines files."""
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line).get("text") or ""
                for paragraph in text.splitlines():
                    tokens = [fold(t.text) for t in tokenize(paragraph)]
                    if tokens:
                        yield tokens


def build_clusters(paths: Iterable[str], output: Path) -> int:
    """Learn clusters from the corpus files and write them; returns the words written."""
    import numpy as np

    sentences = list(corpus_sentences(paths))
    counts = Counter(w for s in sentences for w in s)
    vocabulary = [w for w, n in counts.most_common(VOCABULARY) if n >= 3]
    index = {w: i for i, w in enumerate(vocabulary)}
    context = {w: i for i, w in enumerate(vocabulary[:CONTEXT_WORDS])}
    matrix = np.zeros((len(vocabulary), 2 * len(context)), dtype=np.float32)
    for s in sentences:
        for k, word in enumerate(s):
            row = index.get(word)
            if row is None:
                continue
            if k > 0 and s[k - 1] in context:
                matrix[row, context[s[k - 1]]] += 1
            if k + 1 < len(s) and s[k + 1] in context:
                matrix[row, len(context) + context[s[k + 1]]] += 1
    matrix = np.log1p(matrix)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
    reduced = _reduce(np, matrix)
    labels = [_kmeans(np, reduced, k) for k in GRANULARITIES]
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as out:
        for i, word in enumerate(vocabulary):
            out.write("\t".join([word, *(str(int(lab[i])) for lab in labels)]) + "\n")
    return len(vocabulary)


def _reduce(np, matrix):
    """Top principal directions, by SVD of the centred matrix's Gram form."""
    centred = matrix - matrix.mean(axis=0)
    _, _, vt = np.linalg.svd(centred[:: max(1, len(centred) // 20000)], full_matrices=False)
    reduced = centred @ vt[:DIMENSIONS].T
    return reduced / (np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-9)


def _kmeans(np, points, k: int, iterations: int = 15):
    rng = np.random.default_rng(SEED)
    centres = points[rng.choice(len(points), size=k, replace=False)]
    labels = np.zeros(len(points), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(points @ centres.T, axis=1)  # cosine: points are unit length
        for c in range(k):
            members = points[labels == c]
            if len(members):
                centre = members.mean(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) + 1e-9)
    return labels
