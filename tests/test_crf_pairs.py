"""The CRF's pair features read by word type give the rows the ``left|right`` keys give."""

from __future__ import annotations

import numpy as np

from khabar.entities.crf_pairs import PairRows


def _rows(attrs: dict[str, int], clusters: dict[str, int], tokens: list[tuple[str, str]]
          ) -> list[list[int]]:
    state = np.arange(len(attrs) * 2, dtype=float).reshape(len(attrs), 2)
    pairs = PairRows(attrs, state, clusters, clustered=bool(clusters))
    kinds = list(dict.fromkeys(tokens))
    ids = [kinds.index(t) for t in tokens]
    tables = [pairs.tables(folded) for folded, _ in kinds]
    has = np.array([[bool(t) for t in found] for found in tables], dtype=bool).T
    cluster_of = np.array([clusters.get(c, 0) for _, c in kinds], dtype=np.intp)
    return pairs.rows(ids, [f for f, _ in kinds], cluster_of, tables, has).tolist()


def test_a_word_holding_the_separator_finds_its_bigram() -> None:
    # "a|b|c" is the bigram (a, b|c) and the bigram (a|b, c): both must be found
    attrs = {"bi-=a|b|c": 0, "bi+=x|y": 1}
    found = _rows(attrs, {}, [("a", "none"), ("b|c", "none"), ("a|b", "none"), ("c", "none"),
                              ("x", "none"), ("y", "none")])
    assert [row[0] != 0 for row in found] == [True, False, True, False, True]
    assert found[0][0] == found[2][0]


def test_cluster_features_by_type() -> None:
    clusters = {"none": 0, "7": 1, "9": 2}
    attrs = {"cc-=7|9": 0, "wc-=w|9": 1, "wc+=7|v": 2, "bias": 3}
    found = _rows(attrs, clusters, [("u", "7"), ("w", "9"), ("v", "9"), ("w", "7"), ("v", "9")])
    # (u7, w9): the clusters 7|9 only; (w9, v9): w with cluster 9; (v9, w7): nothing;
    # (w7, v9): all three
    assert [[r != 0 for r in row] for row in found] == [
        [False, True, False, False], [False, False, True, False],
        [False, False, False, False], [False, True, True, True]]


def test_rows_added_in_order_sum_as_one_by_one() -> None:
    from khabar.entities.fast_crf import add_in_order

    rng = np.random.default_rng(7)
    for _ in range(200):
        base = rng.normal(size=(int(rng.integers(1, 30)), 5)) * 1e3
        rows = rng.normal(size=(int(rng.integers(1, 80)), 5))
        targets = rng.integers(0, len(base), size=len(rows)).tolist()
        one_by_one = base.copy()
        for target, row in zip(targets, rows, strict=True):
            one_by_one[target] += row
        found = base.copy()
        add_in_order(found, targets, rows)
        assert np.array_equal(found, one_by_one)  # bit for bit, not just close
