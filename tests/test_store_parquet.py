"""Parquet shards: ``khabar ingest --out-parquet`` then ``khabar load`` leaves a store
exactly as a direct ingest does (records, stories, ingest log), on SQLite and
PostgreSQL; shards are whole files, written in input order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

pytest.importorskip("pyarrow", reason="the parquet extra is not installed")

from khabar.batch import ingest
from khabar.cli import main
from khabar.export.parquet import ParquetError, ParquetSink, load, read_rows
from khabar.pipeline import Pipeline
from khabar.store import Store, open_store

# Cheap stages (no NER): these tests are about shards and stores, not analysis.
STAGES = ["khabar.clean.lines.v1", "khabar.langid.script.v1", "khabar.normalize.chars.v1",
          "khabar.meta.published.v1", "khabar.meta.sources.v1", "khabar.text.sentences.v1",
          "khabar.meta.dates.v1", "khabar.entities.rules.v1", "khabar.quotes.verbs.v2",
          "khabar.stories.fingerprint.v2"]

NEWS = [
    {"text": "سرلشکر محمد باقری در اسلام‌آباد با فرمانده ارتش پاکستان دیدار کرد.",
     "date": "2025-01-20", "title": "دیدار باقری"},
    {"text": "سرلشکر محمد باقری در اسلام‌آباد با فرمانده ارتش پاکستان دیدار کرد و گفت.",
     "date": "2025-01-20"},  # a near copy: the two share a story
    {"text": "التقى اللواء محمد باقري في إسلام آباد مع قائد الجيش الباكستاني.",
     "url": "https://www.alalamtv.net/news/1"},
    {"text": "سرلشکر محمد باقری در اسلام‌آباد با فرمانده ارتش پاکستان دیدار کرد.",
     "date": "2025-01-20", "title": "دیدار باقری"},  # the first again: a duplicate
    {"text": "lone \ud800 surrogate from a JSON escape"},
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(stages=STAGES)


def corpus(folder: Path) -> list[str]:
    folder.mkdir(exist_ok=True)
    lines = [json.dumps(item) for item in NEWS]  # ASCII escapes: the surrogate survives
    lines.insert(2, "{broken")
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return [str(folder)]


def exported(store: Store) -> list[str]:
    """The export as JSON text: key order counts too."""
    return [json.dumps(record, ensure_ascii=False) for record in store.export_records()]


def outcome(store: Store) -> tuple[list[str], list[tuple[Any, ...]], list[Any]]:
    log = [(e.path, e.status, e.reason, e.article_id) for e in reversed(store.ingest_log())]
    return exported(store), log, store.stories()


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:
        yield opened


def test_loaded_shards_give_the_store_a_direct_ingest_gives(
        store: Store, pipeline: Pipeline, tmp_path: Path) -> None:
    paths = corpus(tmp_path / "in")
    with open_store(tmp_path / "direct.db") as direct:
        ingest(paths, direct, pipeline)
        expected = outcome(direct)
        raw = {article_id: direct.stored_input(article_id) for article_id in direct.ids()}
    with ParquetSink(tmp_path / "shards", shard_rows=3) as sink:
        summary = ingest(paths, sink, pipeline)
    assert summary.counts == {"added": 5, "error": 2}  # the duplicate too: no store to ask
    counts = load(tmp_path / "shards", store)
    assert counts == {"added": 4, "duplicate": 1, "error": 2}
    assert outcome(store) == expected
    assert {article_id: store.stored_input(article_id) for article_id in store.ids()} == raw
    stories = {json.loads(record)["story"] for record in expected[0]}
    assert len(stories) < len(expected[0])  # a story was shared


def test_shards_roll_over_and_keep_the_input_order(pipeline: Pipeline, tmp_path: Path) -> None:
    with ParquetSink(tmp_path / "shards", shard_rows=2) as sink:
        ingest(corpus(tmp_path / "in"), sink, pipeline)
    names = sorted(p.name for p in (tmp_path / "shards").iterdir())
    assert names == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet",
                     "part-00003.parquet"]  # 7 rows in shards of 2, no temporary left
    rows = list(read_rows(tmp_path / "shards"))
    assert [(r["kind"], r["path"].rsplit("/", 1)[-1]) for r in rows] == [
        ("error", "empty.txt"), ("article", "news.jsonl:1"), ("article", "news.jsonl:2"),
        ("error", "news.jsonl:3"), ("article", "news.jsonl:4"), ("article", "news.jsonl:5"),
        ("article", "news.jsonl:6")]
    first = rows[1]
    assert (first["lang"], first["title"]) == ("fa", "دیدار باقری")
    assert json.loads(first["record"])["id"] == first["id"]
    assert json.loads(first["meta"])["date"] == "2025-01-20"


def test_a_folder_with_shards_is_not_written_into_and_an_empty_one_not_loaded(
        store: Store, tmp_path: Path) -> None:
    with pytest.raises(ParquetError, match="no shards"):
        load(tmp_path, store)
    with ParquetSink(tmp_path / "shards", shard_rows=10) as sink:
        sink.log_error("a.bin", "binary")
    with pytest.raises(ParquetError, match="already holds shards"):
        ParquetSink(tmp_path / "shards", shard_rows=10)


def test_a_damaged_shard_is_reported(store: Store, tmp_path: Path) -> None:
    (tmp_path / "part-00000.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(ParquetError, match="cannot read the shard"):
        load(tmp_path, store)


def test_the_commands_write_and_load_shards(tmp_path: Path) -> None:
    config = tmp_path / "k.toml"
    config.write_text(f"[pipeline]\nstages = {json.dumps(STAGES)}\n[ingest]\nworkers = 1\n",
                      encoding="utf-8")
    runner = CliRunner()
    paths = corpus(tmp_path / "in")
    written = runner.invoke(main, ["--config", str(config), "ingest", *paths, "-q",
                                   "--out-parquet", str(tmp_path / "shards")])
    assert written.exit_code == 1, written.output  # 1: two inputs failed, as usual
    assert "5 added" in written.output
    loaded = runner.invoke(main, ["load", str(tmp_path / "shards"), "--db",
                                  str(tmp_path / "k.db")])
    assert loaded.exit_code == 1 and "4 added, 1 duplicate, 2 error" in loaded.output
    direct = runner.invoke(main, ["--config", str(config), "ingest", *paths, "-q",
                                  "--db", str(tmp_path / "direct.db")])
    assert direct.exit_code == 1
    with open_store(tmp_path / "k.db") as shards, open_store(tmp_path / "direct.db") as one:
        assert exported(shards) == exported(one)


def test_ingest_refuses_a_store_and_shards_at_once(tmp_path: Path) -> None:
    """Shards are loaded later; a --db beside --out-parquet would be silently unused."""
    (tmp_path / "a.txt").write_text("متن خبر", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "-q",
                                       "--db", str(tmp_path / "k.db"),
                                       "--out-parquet", str(tmp_path / "shards")])
    assert result.exit_code == 2 and "not both" in result.output
    assert not (tmp_path / "k.db").exists()


def _shards(pipeline: Pipeline, tmp_path: Path) -> Path:
    with ParquetSink(tmp_path / "shards", shard_rows=3) as sink:
        ingest(corpus(tmp_path / "in"), sink, pipeline)
    return tmp_path / "shards"


def test_load_stores_its_rows_in_groups(pipeline: Pipeline, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shards = _shards(pipeline, tmp_path)
    with open_store(tmp_path / "one.db") as one:
        alone = load(shards, one, group_rows=1)
        expected = outcome(one)
    with open_store(tmp_path / "grouped.db") as store:
        groups = []
        opened = store.batch  # type: ignore[attr-defined]
        monkeypatch.setattr(store, "batch", lambda: groups.append(1) or opened())
        assert load(shards, store, group_rows=4) == alone
        assert len(groups) == 2  # 7 rows in groups of 4
        assert outcome(store) == expected


def test_a_row_the_store_refuses_in_a_group_is_logged_alone(
        pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shards = _shards(pipeline, tmp_path)
    refused = [row["id"] for row in read_rows(shards) if row["kind"] == "article"][1]
    with open_store(tmp_path / "k.db") as store:
        add = store.add

        def refusing(item: Any, **hints: Any) -> Any:
            if item.record["id"] == refused:
                raise ValueError("refused")
            return add(item, **hints)

        monkeypatch.setattr(store, "add", refusing)
        assert load(shards, store, group_rows=50) == {"added": 3, "duplicate": 1, "error": 3}
        assert refused not in set(store.ids())
        log = [(e.status, e.reason) for e in store.ingest_log()]
        assert log.count(("error", "could not store: ValueError: refused")) == 1
        assert len(log) == 7  # the group's rows were rolled back, then stored once each
