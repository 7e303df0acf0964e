"""Tagging with a trained CRFsuite model in numpy: the same tags, without building
feature strings for every token.

A CRF's score for a label at a token is a sum of weights of the token's features
(``khabar.entities.features``). Most of them depend on one word type and on where that
word sits relative to the tagged token, so the sums are computed once per word type (its
own features, and what it adds to each neighbour within the window) and kept as rows of
a matrix. A document's emission scores are then a few gathers, plus the features of
word pairs (bigrams, cluster pairs) and gazetteer flags, and Viterbi runs over all of
its sentences at once. Tags match python-crfsuite's (``tests/test_fast_crf.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import filterfalse
from typing import TYPE_CHECKING

from khabar.entities.crf_pairs import PairRows, Tables
from khabar.entities.crf_weights import CrfWeights
from khabar.entities.features import (
    CONJUNCTION_LEVEL,
    OFFSETS,
    SEEN_FROM,
    WordFeatures,
    gazetteer_flags,
)
from khabar.entities.name_flags import Gazetteer

if TYPE_CHECKING:
    import numpy as np

CACHE_TYPES = 50_000
"""Word types whose score rows are kept (about 0.5 KB each); emptied past this size."""
FAR = (-3, 3)
"""Offsets whose only feature is the word's cluster (when the language has clusters)."""
_NO_CONTEXT = ((),) * len(OFFSETS)
"""A word type no neighbour feature of which the model knows: an empty group per offset."""


def _context_rows(attrs: dict[str, int]) -> dict[str, tuple[int, ...]]:
    """Each neighbour feature the model knows at some offset, with its attribute row at
    each of ``OFFSETS`` (-1: not known there)."""
    position = {prefix[:-1]: k for k, (_, prefix) in enumerate(SEEN_FROM)}
    found: dict[str, list[int]] = {}
    for attr, row in attrs.items():
        offset, _, name = attr.partition(":")
        k = position.get(offset)
        if k is not None:
            found.setdefault(name, [-1] * len(OFFSETS))[k] = row
    return {name: tuple(rows) for name, rows in found.items()}


class _TypeRow:
    """What tagging still needs of a word type once its score rows are built."""

    __slots__ = ("cluster", "folded", "own", "starts", "word")

    def __init__(self, word: WordFeatures) -> None:
        self.folded = word.folded
        self.starts = word.starts
        self.word = word.word
        self.cluster = word.cluster
        self.own = word.flags
        """The word's own flags (shape, role and stop word, ZWNJ, clitic), which the
        neural model also reads (``neural_inputs.TokenType``)."""


class _Layout:
    """Where each token of sentences laid end to end sits: its sentence, its position
    in it, and that sentence's length."""

    def __init__(self, lengths: Sequence[int]) -> None:
        import numpy as np

        self.lengths = np.array(lengths, dtype=np.intp)
        self.starts = [0, *np.cumsum(self.lengths)[:-1].tolist()]
        self.sentence = np.repeat(np.arange(len(lengths)), self.lengths)
        self.index = np.arange(int(self.lengths.sum()))
        self.position = self.index - np.array(self.starts, dtype=np.intp)[self.sentence]
        self._length_of = self.lengths[self.sentence]

    def inside(self, offset: int) -> np.ndarray:
        """Per token, whether the token ``offset`` away is in the same sentence."""
        moved = self.position + offset
        return (moved >= 0) & (moved < self._length_of)


class FastCrfTagger:
    """Tags sentences like CRFsuite's Viterbi, from the model's weights."""

    def __init__(self, weights: CrfWeights, lang: str | None) -> None:
        import numpy as np

        from khabar.entities.clusters import load_clusters

        self.labels = weights.labels
        self._attrs = weights.attributes
        self._state = weights.state
        self._transitions = weights.transitions
        self._clusters = load_clusters(lang) if lang else {}
        size = len(self.labels)
        self._edges = np.stack([self._sum([f"{offset}:edge"]) for offset in OFFSETS])
        names = sorted({ids[CONJUNCTION_LEVEL] for ids in self._clusters.values()
                        if len(ids) > CONJUNCTION_LEVEL} | {"none"})
        self._cluster_ids = {name: k for k, name in enumerate(names)}
        self._far = np.stack([np.stack([self._sum([f"{offset}:c={name}"]) for name in names])
                              for offset in FAR]) if self._clusters else None
        self._flag_ids: dict[tuple[int, str], int] = {}
        """(offset, gazetteer flag) -> its row of ``_flag_rows``."""
        self._flag_rows = np.zeros((0, size))
        self._ids: dict[str, int] = {}
        self._rows: list[_TypeRow] = []
        self._own = np.zeros((1024, size))
        self._near = np.zeros((len(OFFSETS), 1024, size))
        self._cluster_of = np.zeros(1024, dtype=np.intp)
        self._has_pairs = np.zeros((3, 1024), dtype=bool)
        """Per type, whether it has each of its ``crf_pairs.Tables``."""
        self._folded: list[str] = []
        self._pair_tables: list[Tables] = []
        self._padded_state = np.vstack([self._state, np.zeros((1, size))])
        """The weights plus a zero row, so that every summed segment is non-empty."""
        self._pairs = PairRows(self._attrs, self._state, self._cluster_ids,
                               bool(self._clusters))
        self._context_rows = _context_rows(self._attrs)
        """Features a neighbour gives (``WordFeatures.context``) that the model knows at
        some offset, with their rows at each offset: a new word's neighbour features
        need no prefixed copies (most of them the model does not know)."""

    def _sum(self, features: Sequence[str]) -> np.ndarray:
        """The summed weights (one per label) of the features the model knows."""
        rows = [self._attrs[f] for f in features if f in self._attrs]
        return self._state[rows].sum(axis=0)

    def _type_sums(self, words: Sequence[WordFeatures]) -> np.ndarray:
        """(words, 1 + offsets, labels): ``_sum`` of each word's own features and of what
        it gives a neighbour at each offset, in one numpy call."""
        import numpy as np

        get, near, zero = self._attrs.get, self._context_rows.get, len(self._state)
        rows: list[int] = []
        starts: list[int] = []
        for word in words:
            starts.append(len(rows))
            rows.append(zero)
            rows += [row for row in map(get, word.own) if row is not None]
            known = [found for found in map(near, word.context) if found is not None]
            for column in zip(*known, strict=True) if known else _NO_CONTEXT:  # per offset
                starts.append(len(rows))
                rows.append(zero)
                rows += [row for row in column if row >= 0]
        sums = np.add.reduceat(self._padded_state[rows], starts, axis=0)
        return sums.reshape(len(words), 1 + len(OFFSETS), -1)

    # -- word types ---------------------------------------------------------------
    def _type_ids(self, tokens: Sequence[str]) -> list[int]:
        if len(self._ids) + len(tokens) > CACHE_TYPES:
            self._ids.clear()
            self._rows.clear()
            self._folded.clear()
            self._pair_tables.clear()
        ids = self._ids
        new = list(filterfalse(ids.__contains__, dict.fromkeys(tokens)))
        if new:
            self._add_types(new)
        return list(map(ids.__getitem__, tokens))

    def _add_types(self, tokens: Sequence[str]) -> None:
        import numpy as np

        words = [WordFeatures(token, self._clusters) for token in tokens]
        first = len(self._rows)
        while first + len(words) > len(self._own):
            self._own = np.concatenate([self._own, np.zeros_like(self._own)])
            self._near = np.concatenate([self._near, np.zeros_like(self._near)], axis=1)
            self._cluster_of = np.concatenate([self._cluster_of, self._cluster_of])
            self._has_pairs = np.concatenate([self._has_pairs, self._has_pairs], axis=1)
        sums = self._type_sums(words)
        last = first + len(words)
        self._own[first:last] = sums[:, 0]
        self._near[:, first:last] = sums[:, 1:].transpose(1, 0, 2)
        self._cluster_of[first:last] = [self._cluster_ids.get(w.cluster, 0) for w in words]
        self._rows += [_TypeRow(word) for word in words]
        self._folded += [word.folded for word in words]
        entries = [self._pairs.entry(word.folded) for word in words]
        self._pair_tables += [tables for tables, _ in entries]
        self._has_pairs[:, first:last] = np.array([has for _, has in entries], dtype=bool).T
        self._ids.update(zip(tokens, range(first, last), strict=True))

    # -- scores and Viterbi -------------------------------------------------------
    def _flag_id(self, offset: int, flag: str) -> int:
        found = self._flag_ids.get((offset, flag))
        if found is None:
            import numpy as np

            name = f"g={flag}" if offset == 0 else f"{offset}:g={flag}"
            found = self._flag_ids[(offset, flag)] = len(self._flag_rows)
            self._flag_rows = np.vstack([self._flag_rows, self._sum([name])])
        return found

    def _emissions(self, sentences: Sequence[Sequence[str]], layout: _Layout,
                   found: list[Gazetteer] | None = None) -> np.ndarray:
        """(tokens, labels) scores of the sentences' tokens, end to end: numpy works on
        the whole document at once, and offsets never reach across a sentence. Each
        sentence's gazetteer flags are appended to ``found``."""
        import numpy as np

        ids = self._type_ids([token for sentence in sentences for token in sentence])
        tids = np.array(ids, dtype=np.intp)
        scores = self._own[tids]
        for k, offset in enumerate(OFFSETS):
            inside = layout.inside(offset)
            scores[inside] += self._near[k, tids[layout.index[inside] + offset]]
            scores[~inside] += self._edges[k]
        if self._far is not None:
            clusters = self._cluster_of[tids]
            for k, offset in enumerate(FAR):
                inside = layout.inside(offset)
                scores[inside] += self._far[k, clusters[layout.index[inside] + offset]]
        if len(ids) > 1:
            summed = self._pairs.weights[self._pairs_of(ids, layout)].sum(axis=1)
            scores[1:] += summed[:, 0]  # (pairs, 2, labels)
            scores[:-1] += summed[:, 1]
        targets: list[int] = []
        rows: list[int] = []
        for sentence, start in zip(sentences, layout.starts, strict=True):
            flags = self._flags(sentence, ids, start, targets, rows)
            if found is not None:
                found.append(flags)
        if targets:
            add_in_order(scores, targets, self._flag_rows[rows])
        return scores

    def _pairs_of(self, ids: list[int], layout: _Layout) -> np.ndarray:
        """``crf_pairs.PairRows.rows`` of each two neighbouring tokens; none across
        sentences."""
        pairs = self._pairs.rows(ids, self._folded, self._cluster_of, self._pair_tables,
                                 self._has_pairs)
        pairs[[start - 1 for start in layout.starts[1:]]] = 0
        return pairs

    def _flags(self, tokens: Sequence[str], ids: list[int], start: int,
               targets: list[int], rows: list[int]) -> Gazetteer:
        """The sentence's gazetteer flags; each token a flag's weights go to (the token
        and its neighbours) is appended to ``targets``, with the ``_flag_rows`` row."""
        size = len(tokens)
        found = gazetteer_flags(tokens, [self._rows[t] for t in ids[start:start + size]])  # type: ignore[misc]
        for j, flags in enumerate(found):
            for flag in flags:
                targets.append(start + j)
                rows.append(self._flag_id(0, flag))
                for offset in OFFSETS:
                    if 0 <= j - offset < size:
                        targets.append(start + j - offset)
                        rows.append(self._flag_id(offset, flag))
        return found

    def potentials(self, sentences: Sequence[Sequence[str]]
                   ) -> tuple[np.ndarray, np.ndarray, list[Gazetteer]]:
        """The label scores of every token of non-empty ``sentences`` laid end to end,
        the transition scores (what Viterbi maximises: ``khabar.entities.pooled``), and
        each sentence's gazetteer flags (the neural model reads them too)."""
        found: list[Gazetteer] = []
        emissions = self._emissions(sentences, _Layout([len(s) for s in sentences]), found)
        return emissions, self._transitions, found

    def described(self, token: str) -> _TypeRow:
        """What this tagger keeps of a token's features; only for a token of the
        sentences of the last call (the cache may be emptied at the next one)."""
        return self._rows[self._ids[token]]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence (Viterbi over all of them at once)."""

        kept = [s for s in sentences if s]
        if not kept:
            return [[] for _ in sentences]
        layout = _Layout([len(s) for s in kept])
        tagged = iter(self.decode(self._emissions(kept, layout), layout.lengths))
        return [next(tagged) if s else [] for s in sentences]

    def decode(self, emissions: np.ndarray, lengths: np.ndarray) -> list[list[str]]:
        """BIO tags of sentences laid end to end, from their ``emissions``."""
        import numpy as np

        layout = _Layout(lengths.tolist())
        padded = np.zeros((len(lengths), int(layout.lengths.max()), len(self.labels)))
        padded[layout.sentence, layout.position] = emissions
        paths = viterbi(padded, layout.lengths, self._transitions)
        return [[self.labels[i] for i in path[:n]]
                for path, n in zip(paths, layout.lengths, strict=True)]

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_many([tokens])[0]


def add_in_order(scores: np.ndarray, targets: Sequence[int], rows: np.ndarray) -> None:
    """``scores[targets[i]] += rows[i]`` for each i in order: the same sums as adding the
    rows one by one. In rounds, each a fancy-indexed add whose targets are distinct (a
    row's k-th round holds its k-th row): ``np.add.at`` would do it one index at a time."""
    import numpy as np

    at = np.asarray(targets, dtype=np.intp)
    order = np.argsort(at, kind="stable")
    grouped = at[order]
    first = np.flatnonzero(np.concatenate([[True], grouped[1:] != grouped[:-1]]))
    rank = np.empty(len(at), dtype=np.intp)
    rank[order] = np.arange(len(at)) - np.repeat(first, np.diff(np.append(first, len(at))))
    for k in range(int(rank.max()) + 1):
        chosen = rank == k
        scores[at[chosen]] += rows[chosen]


def viterbi(scores: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best label paths of padded sentences ``scores`` (sentences, steps, labels); ties go
    to the lowest label index, as in CRFsuite. Sentences are taken longest first, so the
    ones still running at a step are a prefix of the rows."""
    import numpy as np

    order = np.argsort(-lengths, kind="stable")
    scores, lengths = scores[order], lengths[order]
    count, steps, size = scores.shape
    running = (lengths[:, None] > np.arange(steps)).sum(axis=0).tolist()
    """Per step, how many sentences (the first rows) reach it."""
    best = scores[:, 0].astype(np.result_type(scores, transitions))
    back = np.zeros((steps, count, size), dtype=np.intp)
    into = np.ascontiguousarray(transitions.T)  # (to, from): argmax over the last axis
    candidates = np.empty((count, size, size), dtype=best.dtype)  # (sentences, to, from)
    flat = candidates.reshape(-1)
    base = np.arange(count)[:, None] * (size * size) + np.arange(size) * size
    """Where each (sentence, to) row of ``candidates`` starts in ``flat``."""
    at = np.empty((count, size), dtype=np.intp)
    k = 0
    for t in range(1, steps):
        if running[t] != k:  # the views change only when a sentence ends
            k = running[t]
            best_k, ends, joined = best[:k], best[:k, None, :], candidates[:k]
            base_k, at_k = base[:k], at[:k]
        np.add(ends, into, out=joined)
        moves = joined.argmax(axis=2, out=back[t, :k])
        # the best score is the candidate argmax chose: a gather, cheaper than max again
        flat.take(np.add(base_k, moves, out=at_k), out=best_k, mode="clip")
        best_k += scores[:k, t]
    paths = np.zeros((count, steps), dtype=np.intp)
    label = np.zeros(count, dtype=np.intp)
    rows = np.arange(count) * size
    """Where each sentence's row of ``back[t]`` starts, flattened."""
    for t in range(steps - 1, -1, -1):
        k, ended = running[t], running[t + 1] if t + 1 < steps else 0
        if ended < k:  # sentences whose last step is t
            label[ended:k] = best[ended:k].argmax(axis=1)
        paths[:k, t] = label[:k]
        if t:
            label[:k] = back[t].take(rows[:k] + label[:k])
    unsorted = np.empty_like(paths)
    unsorted[order] = paths
    return unsorted
