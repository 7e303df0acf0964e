"""What the neural tagger sees of each token, the same at training and tagging time.

A token is its folded word (an index into the model's vocabulary), its characters
(indices, for the character CNN), and a few binary flags: the gazetteer names it falls
inside (``B-place``, ``I-org``, … as the CRF's features give them), role and stop words,
the word's shape, a ZWNJ inside it, and a clitic prefix. The flags carry the KB and list
knowledge the CRF uses, so the network learns how far to trust them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from khabar.entities.features import WordFeatures, gazetteer_flags

if TYPE_CHECKING:
    import numpy as np

GAZETTEERS = ("place", "org", "title", "given", "demonym")
SHAPES = ("digit", "LATIN", "latin", "arabic", "punct")
FLAGS = (*(f"{bio}-{name}" for name in GAZETTEERS for bio in "BI"), "g=role", "g=stop",
         *(f"shape={s}" for s in SHAPES), "zwnj", "clitic")
"""The flag columns, in order; a model file records the list it was trained with."""
FLAG_INDEX = {name: i for i, name in enumerate(FLAGS)}
MAX_CHARS = 20
"""Characters of a word seen by the character CNN (the first ones; longer words are cut)."""
PAD, UNKNOWN = 0, 1
"""Reserved indices of the word and character vocabularies."""


class TokenType:
    """One word type: its folded form, its own flags and what gazetteer matching needs."""

    __slots__ = ("folded", "own", "starts", "word")

    def __init__(self, token: str) -> None:
        features = WordFeatures(token, {})
        self.folded = features.folded
        self.word = features.word
        self.starts = features.starts
        self.own = [FLAG_INDEX[f] for f in features.own if f in FLAG_INDEX]


def flag_matrix(tokens: Sequence[str], types: Sequence[TokenType]) -> np.ndarray:
    """(tokens, len(FLAGS)) of 0/1: each token's own flags plus its gazetteer flags."""
    import numpy as np

    matrix = np.zeros((len(tokens), len(FLAGS)), dtype=np.float32)
    gazetteer = gazetteer_flags(tokens, types)  # type: ignore[arg-type]
    for i, (kind, found) in enumerate(zip(types, gazetteer, strict=True)):
        matrix[i, kind.own] = 1.0
        for flag in found:
            matrix[i, FLAG_INDEX[flag]] = 1.0
    return matrix


def char_ids(folded: str, chars: dict[str, int]) -> list[int]:
    return [chars.get(c, UNKNOWN) for c in folded[:MAX_CHARS]] or [UNKNOWN]
