"""The CRF's word-pair features (bigrams, cluster pairs, a word with its neighbour's
cluster) read as table lookups per word type instead of a key string per token pair.

A pair feature's key is ``left|right`` (``features.FeatureExtractor``): the two words'
folded forms, their clusters, or one of each. A document's neighbouring tokens are mostly
pairs never seen before, and most of them have no feature the model knows, so the keys
are split once, when the model loads, by their left (or right) part: a word type then
holds the few right parts its known pairs can have, the cluster pairs are one array, and
only the tokens whose type has such a table are looked at one by one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

PAIR_FAMILIES = (("bi-=", "bi+="), ("cc-=", "cc+="), ("wc-=", None), (None, "wc+="))
"""Pair features by key family (``left|right`` after the prefix): the prefix whose
weights go to the right word (it sees its left neighbour), and the one whose weights go
to the left word. Word with cluster: ``wc-`` is the left word and the right cluster,
``wc+`` the left cluster and the right word."""

Tables = tuple[dict[str, int], dict[int, int], dict[int, int]]
"""Per word type: its bigrams as the left word (right word -> row), its pairs as the left
word with a cluster (right cluster id -> row), and as the right word with one (left
cluster id -> row); empty where it has none (the same empty dicts for every type)."""
_NONE: Tables = ({}, {}, {})
_NO_ENTRY = (_NONE, (False, False, False))


def pair_tables(attrs: dict[str, int], state: np.ndarray
                ) -> tuple[tuple[dict[str, int], ...], np.ndarray]:
    """Per family, key -> row, and the rows: (rows, 2, labels), to the right word and to
    the left word; row 0 is all zeros."""
    import numpy as np

    named: dict[str, list[tuple[str, int]]] = {
        prefix: [] for prefixes in PAIR_FAMILIES for prefix in prefixes if prefix}
    for name, attr in attrs.items():  # one pass: every pair prefix has four characters
        found = named.get(name[:4])
        if found is not None:
            found.append((name[4:], attr))
    keys: list[dict[str, int]] = []
    cells: list[tuple[int, int, int]] = []
    """(row, side, attribute) of each pair feature's weights."""
    rows = 1
    for prefixes in PAIR_FAMILIES:
        table: dict[str, int] = {}
        for side, prefix in enumerate(prefixes):
            for key, attr in named[prefix] if prefix else ():
                row = table.get(key)
                if row is None:
                    row = table[key] = rows
                    rows += 1
                cells.append((row, side, attr))
        keys.append(table)
    weights = np.zeros((rows, 2, state.shape[1]))
    if cells:
        at, sides, rows_of = np.array(cells, dtype=np.intp).T
        weights[at, sides] = state[rows_of]
    return tuple(keys), weights


def _splits(key: str) -> list[tuple[str, str]]:
    """Every (left, right) whose ``left|right`` is ``key``: a folded word may hold a "|",
    and a lookup of the joined pair finds the key whichever way it was joined."""
    return [(key[:i], key[i + 1:]) for i, c in enumerate(key) if c == "|"]


class PairRows:
    """A model's pair features, keyed for lookups by word type (see the module)."""

    def __init__(self, attrs: dict[str, int], state: np.ndarray,
                 cluster_ids: dict[str, int], clustered: bool) -> None:
        import numpy as np

        (bigram, clusters, word_cluster, cluster_word), self.weights = pair_tables(
            attrs, state)
        self.width = 4 if clustered else 1
        """Rows per pair: the bigram, and with clusters the three cluster features."""
        self._bigrams: dict[str, dict[str, int]] = {}
        for key, row in bigram.items():
            for left, right in _splits(key):
                self._bigrams.setdefault(left, {})[right] = row
        self.cluster_pairs = np.zeros((len(cluster_ids), len(cluster_ids)), dtype=np.intp)
        """Left cluster id, right cluster id -> row."""
        self._word_cluster: dict[str, dict[int, int]] = {}
        self._cluster_word: dict[str, dict[int, int]] = {}
        if clustered:
            for key, row in clusters.items():
                for left, right in _splits(key):
                    if left in cluster_ids and right in cluster_ids:
                        self.cluster_pairs[cluster_ids[left], cluster_ids[right]] = row
            for key, row in word_cluster.items():
                for left, right in _splits(key):
                    if right in cluster_ids:
                        self._word_cluster.setdefault(left, {})[cluster_ids[right]] = row
            for key, row in cluster_word.items():
                for left, right in _splits(key):
                    if left in cluster_ids:
                        self._cluster_word.setdefault(right, {})[cluster_ids[left]] = row
        self._entries = {folded: self._entry(folded) for folded in
                         {*self._bigrams, *self._word_cluster, *self._cluster_word}}

    def _entry(self, folded: str) -> tuple[Tables, tuple[bool, bool, bool]]:
        tables = (self._bigrams.get(folded, _NONE[0]), self._word_cluster.get(folded, _NONE[1]),
                  self._cluster_word.get(folded, _NONE[2]))
        return tables, (bool(tables[0]), bool(tables[1]), bool(tables[2]))

    def tables(self, folded: str) -> Tables:
        """A word type's ``Tables``."""
        return self.entry(folded)[0]

    def entry(self, folded: str) -> tuple[Tables, tuple[bool, bool, bool]]:
        """A word type's ``Tables``, and which of them are non-empty (``rows``' ``has``):
        one lookup, the same objects for the many words with none."""
        return self._entries.get(folded, _NO_ENTRY)

    def rows(self, ids: list[int], folded: Sequence[str], cluster_of: np.ndarray,
             tables: Sequence[Tables], has: np.ndarray) -> np.ndarray:
        """(pairs, ``width``) rows of ``weights`` for each two neighbouring tokens, the
        tokens given by type (``ids``), each type by its folded form, cluster id, ``Tables``
        and ``has`` (3, types): whether each of its tables is non-empty."""
        import numpy as np

        tids = np.array(ids, dtype=np.intp)
        left, right = tids[:-1], tids[1:]
        found = np.zeros((len(left), self.width), dtype=np.intp)
        at = np.flatnonzero(has[0, left]).tolist()
        if at:
            found[at, 0] = [tables[ids[p]][0].get(folded[ids[p + 1]], 0) for p in at]
        if self.width == 1:
            return found
        clusters = cluster_of[tids]
        found[:, 1] = self.cluster_pairs[clusters[:-1], clusters[1:]]
        of_token = clusters.tolist()
        at = np.flatnonzero(has[1, left]).tolist()
        if at:
            found[at, 2] = [tables[ids[p]][1].get(of_token[p + 1], 0) for p in at]
        at = np.flatnonzero(has[2, right]).tolist()
        if at:
            found[at, 3] = [tables[ids[p + 1]][2].get(of_token[p], 0) for p in at]
        return found

