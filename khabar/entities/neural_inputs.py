"""What the neural tagger sees of each token, the same at training and tagging time.

A token is its folded word (an index into the model's vocabulary), its characters
(indices, for the character CNN), and a few binary flags: the gazetteer names it falls
inside (``B-place``, ``I-org``, … as the CRF's features give them), role and stop words,
the word's shape, a ZWNJ inside it, and a clitic prefix. The flags carry the KB and list
knowledge the CRF uses, so the network learns how far to trust them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from typing import TYPE_CHECKING, Protocol

from khabar.entities.features import WordFeatures, gazetteer_flags
from khabar.entities.gazetteer import Word
from khabar.entities.name_flags import Gazetteer

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

    def __init__(self, token: str, features: Described | None = None) -> None:
        """``features``: the word's CRF features where the caller has them (the pooled
        tagger), which say all this; they are built here otherwise."""
        if features is None:
            features = WordFeatures(token, {})
        self.folded = features.folded
        self.word = features.word
        self.starts = features.starts
        self.own = own_columns(features.own)


def own_columns(own: Sequence[str]) -> tuple[int, ...]:
    """The columns of ``FLAGS`` of a word's own features (a tuple: kept per type, and
    left out of the garbage collector's walks)."""
    return tuple(FLAG_INDEX[f] for f in own if f in FLAG_INDEX)


MAX_COMBINATIONS = 4096
"""Tuples of flags ``own_columns_of`` remembers before it starts again."""
_COLUMNS: dict[tuple[str, ...], tuple[int, ...]] = {}
"""``own_columns`` of each tuple of flags met: a word's flags (shape, ZWNJ, clitic, role
and stop word) come in a few dozen combinations, and a new word type reads them."""


def own_columns_of(own: Sequence[str]) -> tuple[int, ...]:
    """``own_columns``, remembered for a tuple (the numpy CRF keeps a word's flags as one:
    ``fast_crf._TypeRow.own``)."""
    if type(own) is not tuple:
        return own_columns(own)
    found = _COLUMNS.get(own)
    if found is None:
        if len(_COLUMNS) > MAX_COMBINATIONS:  # not a word's flags: keep memory bounded
            _COLUMNS.clear()
        found = _COLUMNS[own] = own_columns(own)
    return found


class Described(Protocol):
    """What ``TokenType`` reads of a word's CRF features (``features.WordFeatures``, or
    what the numpy CRF keeps of them)."""

    folded: str
    word: Word
    starts: tuple[int, ...]

    @property
    def own(self) -> Sequence[str]: ...


def flag_matrix(types: Sequence[TokenType], gazetteer: Gazetteer) -> np.ndarray:
    """(tokens, len(FLAGS)) of 0/1: each token's own flags plus its gazetteer flags
    (``features.gazetteer_flags`` of the sentence)."""
    import numpy as np

    matrix = np.zeros((len(types), len(FLAGS)), dtype=np.float32)
    for i, (kind, found) in enumerate(zip(types, gazetteer, strict=True)):
        matrix[i, kind.own] = 1.0
        for flag in found:
            matrix[i, FLAG_INDEX[flag]] = 1.0
    return matrix


def sentence_flags(tokens: Sequence[str], types: Sequence[TokenType]) -> np.ndarray:
    """``flag_matrix`` of a sentence whose gazetteer flags are yet to be found."""
    return flag_matrix(types, gazetteer_flags(tokens, types))  # type: ignore[arg-type]


def gazetteer_cells(gazetteer: Sequence[Gazetteer]) -> tuple[np.ndarray, np.ndarray]:
    """The (token, flag column) cells set by the gazetteer flags of sentences laid end to
    end: where ``flag_matrix`` puts its gazetteer ones, for a whole document at once."""
    import numpy as np

    tokens, columns = [], []
    at = 0
    for sentence in gazetteer:
        for i, found in enumerate(sentence, start=at):
            for flag in found:
                tokens.append(i)
                columns.append(FLAG_INDEX[flag])
        at += len(sentence)
    return np.array(tokens, dtype=np.intp), np.array(columns, dtype=np.intp)


def char_ids(folded: str, chars: dict[str, int]) -> list[int]:
    return list(map(chars.get, folded[:MAX_CHARS], repeat(UNKNOWN))) or [UNKNOWN]
