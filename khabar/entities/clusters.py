"""Word clusters learned from raw news text, a CRF feature that generalises beyond the
few thousand names of the training file.

Each frequent folded word is described by the words seen just before and after it
(positive PMI), reduced to ``DIMENSIONS`` numbers by SVD and grouped by k-means at
several granularities; a word's cluster numbers become features. Built by
``khabar train ner-clusters`` (numpy at build time only) into
``resources/ner/<lang>.clusters.tsv``: the word, then its cluster at each granularity.
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

VOCABULARY = 40000
MIN_COUNT = 5
CONTEXT_WORDS = 2000
DIMENSIONS = 100
GRANULARITIES = (16, 64, 256, 1024)
"""k-means at several sizes: coarse ids generalise, fine ones keep words apart."""
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
                for paragraph in fold(text).splitlines():
                    tokens = [t.text for t in tokenize(paragraph)]
                    if tokens:
                        yield tokens


def build_clusters(paths: Iterable[str], output: Path) -> int:
    """Learn clusters from the corpus files and write them; returns the words written."""
    import numpy as np

    sentences = list(corpus_sentences(paths))
    vocabulary = vocabulary_of(sentences, VOCABULARY, MIN_COUNT)
    vectors = word_vectors(np, sentences, vocabulary)
    labels = [_kmeans(np, vectors, k) for k in GRANULARITIES]
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as out:
        for i, word in enumerate(vocabulary):
            out.write("\t".join([word, *(str(int(lab[i])) for lab in labels)]) + "\n")
    return len(vocabulary)


def vocabulary_of(sentences: list[list[str]], size: int, min_count: int) -> list[str]:
    """The ``size`` commonest words of ``sentences`` that occur ``min_count`` times or more,
    commonest first."""
    counts = Counter(w for s in sentences for w in s)
    return [w for w, n in counts.most_common(size) if n >= min_count]


def word_vectors(np, sentences: list[list[str]], vocabulary: list[str]):
    """A vector for each vocabulary word: its positive PMI with the words just before and
    after it, reduced by SVD, rows of unit length (the clusters' input, and
    ``embeddings``' output)."""
    return _embed(np, _ppmi(np, _neighbour_counts(np, sentences, vocabulary)))


def _neighbour_counts(np, sentences: list[list[str]], vocabulary: list[str]):
    """Counts of each vocabulary word (rows) next to each frequent word (columns: the
    word just before, then the word just after)."""
    index = {w: i for i, w in enumerate(vocabulary)}
    contexts = min(CONTEXT_WORDS, len(vocabulary))
    width = 2 * contexts
    keys = []
    for s in sentences:
        ids = np.array([index.get(w, -1) for w in s], dtype=np.int64)
        if len(ids) < 2:
            continue
        word, before = ids[1:], ids[:-1]
        keep = (word >= 0) & (before >= 0) & (before < contexts)
        keys.append(word[keep] * width + before[keep])
        word, after = ids[:-1], ids[1:]
        keep = (word >= 0) & (after >= 0) & (after < contexts)
        keys.append(word[keep] * width + contexts + after[keep])
    flat = np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)
    counts = np.bincount(flat, minlength=len(vocabulary) * width)
    return counts.reshape(len(vocabulary), width).astype(np.float32)


def _ppmi(np, counts):
    """Positive pointwise mutual information, with the context distribution smoothed
    (power 0.75) so rare contexts do not dominate."""
    total = counts.sum() or 1.0
    rows = counts.sum(axis=1, keepdims=True) + 1e-9
    context = counts.sum(axis=0, keepdims=True) ** 0.75
    context = context / (context.sum() or 1.0)
    with np.errstate(divide="ignore"):
        pmi = np.log(counts / total / (rows / total) / (context + 1e-12))
    return np.maximum(pmi, 0.0, where=counts > 0, out=np.zeros_like(counts))


def _embed(np, matrix):
    """Truncated SVD (through the small column Gram matrix), U times the square root
    of the singular values, rows of unit length."""
    gram = (matrix.T @ matrix).astype(np.float64)
    values, vectors = np.linalg.eigh(gram)
    top = np.argsort(values)[::-1][:DIMENSIONS]
    singular = np.sqrt(np.maximum(values[top], 1e-12))
    reduced = (matrix @ vectors[:, top].astype(np.float32)) / np.sqrt(singular).astype(np.float32)
    return reduced / (np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-9)


def _kmeans(np, points, k: int, iterations: int = 20):
    k = min(k, len(points))
    rng = np.random.default_rng(SEED)
    centres = points[rng.choice(len(points), size=k, replace=False)].copy()
    labels = np.zeros(len(points), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(points @ centres.T, axis=1)  # cosine: points are unit length
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, points)
        filled = np.bincount(labels, minlength=k) > 0
        centres[filled] = sums[filled] / (
            np.linalg.norm(sums[filled], axis=1, keepdims=True) + 1e-9)
    return labels
