"""Word vectors learned from raw news text, the starting point of the neural tagger's
word embeddings (``khabar train ner-neural``).

The same method as the CRF's word clusters (``khabar.entities.clusters``): each frequent
folded word is described by positive PMI with the words just before and after it and
reduced by SVD; the vectors are kept instead of being grouped. They are an input of
training only: the trained model ships its own (tuned) copy of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from khabar.entities.clusters import corpus_sentences, vocabulary_of, word_vectors

VOCABULARY = 50000
MIN_COUNT = 3


def build_embeddings(paths: Iterable[str], output: Path) -> int:
    """Learn vectors from the corpus files and write ``words`` and ``vectors`` to an .npz;
    returns the number of words."""
    import numpy as np

    sentences = list(corpus_sentences(paths))
    vocabulary = vocabulary_of(sentences, VOCABULARY, MIN_COUNT)
    vectors = word_vectors(np, sentences, vocabulary)
    output.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(output, words=np.array(vocabulary), vectors=vectors.astype(np.float32))
    return len(vocabulary)


def load_embeddings(path: str | Path) -> dict[str, object]:
    """Folded word -> vector (a numpy row) of an .npz written by ``build_embeddings``."""
    import numpy as np

    with np.load(path) as data:
        return dict(zip(data["words"].tolist(), data["vectors"], strict=True))
