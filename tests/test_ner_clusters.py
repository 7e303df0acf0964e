"""Word clusters for the NER features: learned from raw JSON-lines text, written as a
small TSV, read back as features."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from khabar.entities import clusters
from khabar.entities.features import FeatureExtractor
from khabar.normalize.fold import fold

CITIES = ["تهران", "مشهد", "تبریز", "شیراز"]
PEOPLE = ["احمدی", "رضایی", "کریمی", "حسینی"]


def _corpus(path: Path) -> Path:
    """Cities only ever follow "به" and precede "رفت"; surnames follow "آقای"."""
    rng = random.Random(5)
    lines = []
    for _ in range(400):
        city, person = rng.choice(CITIES), rng.choice(PEOPLE)
        lines.append({"text": f"آقای {person} گفت که به {city} رفت .\nاو دیروز به {city} رفت ."})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), "utf-8")
    return path


def test_words_of_the_same_contexts_share_clusters(tmp_path: Path) -> None:
    pytest.importorskip("numpy")
    output = tmp_path / "fa.clusters.tsv"
    written = clusters.build_clusters([str(_corpus(tmp_path / "news.jsonl"))], output)
    table = {row.split("\t")[0]: row.split("\t")[1:]
             for row in output.read_text("utf-8").splitlines()}
    assert written == len(table) and all(len(ids) == len(clusters.GRANULARITIES)
                                         for ids in table.values())
    cities = {tuple(table[fold(c)]) for c in CITIES}
    people = {tuple(table[fold(p)]) for p in PEOPLE}
    assert len(cities) == 1 and len(people) == 1, "identical contexts, identical clusters"
    assert cities != people


def test_cluster_ids_become_features(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fa.clusters.tsv"
    path.write_text(f"{fold('تهران')}\t3\t17\n", "utf-8")
    monkeypatch.setattr(clusters, "cluster_path", lambda lang: path)
    clusters.load_clusters.cache_clear()
    try:
        feats = FeatureExtractor("fa")(["به", "تهران"])
    finally:
        clusters.load_clusters.cache_clear()
    assert {"c0=3", "c1=17"} <= set(feats[1]) and "1:c1=17" in feats[0]
    assert "c0=none" in feats[0], "a word outside the table says so"
    assert "cc+=none|none" in feats[0], "a 2-level table has no level-2 cluster to pair"
    plain = FeatureExtractor(None)(["به", "تهران"])[0]
    assert not any(f.startswith(("cc", "wc")) for f in plain), "no table, no conjunctions"
