"""The story assigner's candidate cache: neighbours beyond its size are still found.

Regression: when the cache was full, loading a new article's missing neighbours could
evict the cached ones it was about to use (a KeyError ended a 100k-article ingest at
~40k articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.doc import Doc
from khabar.export.contract import to_record
from khabar.pipeline import Pipeline
from khabar.store import assign
from khabar.store.sqlite import SQLiteStore

TEXT = ("سرلشکر محمد باقری روز دوشنبه در اسلام‌آباد با فرمانده ارتش پاکستان دیدار کرد و "
        "درباره همکاری نظامی دو کشور گفت‌وگو کرد.")


@pytest.mark.parametrize("cache_size", [1, 2, 3, 4096])
def test_copies_join_one_story_whatever_the_cache_size(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_size: int) -> None:
    monkeypatch.setattr(assign, "CACHE_SIZE", cache_size)
    record = to_record(Pipeline()(Doc(raw=TEXT, meta={"date": "2025-01-20"})))
    with SQLiteStore(tmp_path / "k.db") as store:
        for n in range(8):  # each copy's neighbours outnumber the small caches
            assert store.add({**record, "id": f"{n:016x}"}) == "added"
        stories = store.stories()
    assert [story.n_articles for story in stories] == [8]
