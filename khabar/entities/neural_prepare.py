"""Turn CoNLL sentences into the arrays ``khabar.entities.neural_train`` learns from.

Preparing needs khabar (its gazetteers give the flags) but not torch; training needs
torch and numpy only. So the prepared file can be carried to a machine with a GPU and
nothing else, and the model trained there is the one this command would train.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from khabar.entities.conll import Sentence
from khabar.entities.neural_inputs import (
    FLAGS,
    MAX_CHARS,
    PAD,
    UNKNOWN,
    TokenType,
    char_ids,
    sentence_flags,
)

EMBEDDING_SEED = 7
MIN_CHAR_COUNT = 2
"""Characters seen fewer times in training are read as unknown."""


def label_set(sentences: Sequence[Sentence]) -> list[str]:
    """``O`` first, then every B-/I- tag of the data, B before I of each type."""
    kinds = sorted({t[2:] for s in sentences for t in s.tags if t != "O"})
    return ["O", *(f"{bio}-{k}" for k in kinds for bio in "BI")]


def prepare(train: Sequence[Sentence], dev: Sequence[Sentence], vectors: dict[str, object],
            output: Path) -> dict[str, int]:
    """Write the prepared arrays of ``train`` and ``dev`` to ``output`` (.npz)."""
    import numpy as np

    types: dict[str, TokenType] = {}

    def typed(tokens: Sequence[str]) -> list[TokenType]:
        return [types.setdefault(t, TokenType(t)) for t in tokens]

    sentences = [*train, *dev]
    seen = Counter(k.folded for s in train for k in typed(s.tokens))
    words = ["<pad>", "<unk>", *vectors, *sorted(w for w in seen if w not in vectors)]
    index = {w: i for i, w in enumerate(words)}
    char_counts = Counter(c for w in seen.elements() for c in w[:MAX_CHARS])
    chars = ["<pad>", "<unk>", *sorted(c for c, n in char_counts.items() if n >= MIN_CHAR_COUNT)]
    char_index = {c: i for i, c in enumerate(chars)}
    labels = label_set(sentences)
    label_index = {t: i for i, t in enumerate(labels)}
    word_ids, char_rows, flag_rows, tag_ids = [], [], [], []
    for s in sentences:
        kinds = typed(s.tokens)
        word_ids += [index.get(k.folded, UNKNOWN) for k in kinds]
        for k in kinds:
            row = char_ids(k.folded, char_index)
            char_rows.append(row + [PAD] * (MAX_CHARS - len(row)))
        flag_rows.append(sentence_flags(s.tokens, kinds))
        tag_ids += [label_index[t] for t in s.tags]
    np.savez_compressed(
        output, words=np.array(words), chars=np.array(chars), labels=np.array(labels),
        flags=np.array(FLAGS), embeddings=_initial_vectors(np, words, vectors),
        word_ids=np.array(word_ids, dtype=np.int32),
        char_ids=np.array(char_rows, dtype=np.int32).reshape(-1, MAX_CHARS),
        flag_values=np.concatenate(flag_rows).astype(np.uint8),
        tag_ids=np.array(tag_ids, dtype=np.int16),
        lengths=np.array([len(s.tokens) for s in sentences], dtype=np.int32),
        is_dev=np.array([False] * len(train) + [True] * len(dev)))
    return {"words": len(words), "pretrained": len(vectors), "chars": len(chars),
            "labels": len(labels), "tokens": len(word_ids)}


def _initial_vectors(np, words: list[str], vectors: dict[str, object]):
    """Pretrained rows where known; small random rows (same scale) elsewhere; pad zero."""
    size = len(next(iter(vectors.values()))) if vectors else 100  # type: ignore[arg-type]
    rng = np.random.default_rng(EMBEDDING_SEED)
    scale = 1.0 / np.sqrt(size)  # pretrained rows have unit length
    table = rng.normal(0.0, scale, (len(words), size)).astype(np.float32)
    for i, word in enumerate(words):
        if word in vectors:
            table[i] = vectors[word]
    table[PAD] = 0.0
    return table
