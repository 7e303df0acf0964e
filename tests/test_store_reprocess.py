"""``khabar reprocess``: stored articles analysed again from their raw input by the
current pipeline give what a fresh ingest with that pipeline gives (SQLite and
PostgreSQL); failures keep the old analysis and are reported."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.batch import ingest
from khabar.cli import main
from khabar.doc import Doc
from khabar.engine.analyse import Failed
from khabar.export.contract import to_record
from khabar.pipeline import Pipeline
from khabar.reprocess import MISSING, NO_RAW, reprocess
from khabar.store import Store, open_store

# An "old release" without dates, entities or quotes, and the "upgrade" that adds them.
OLD_STAGES = ["khabar.clean.lines.v1", "khabar.langid.script.v1", "khabar.normalize.chars.v1",
              "khabar.meta.published.v1", "khabar.meta.sources.v1", "khabar.text.sentences.v1",
              "khabar.stories.fingerprint.v2"]
NEW_STAGES = [*OLD_STAGES[:-1], "khabar.meta.dates.v1", "khabar.entities.rules.v1",
              "khabar.quotes.verbs.v2", OLD_STAGES[-1]]

ARTICLES = [
    # (text, JSONL hints): the hints must survive, since the text alone lacks them
    ("سرلشکر محمد باقری روز دوشنبه در اسلام‌آباد با فرمانده ارتش پاکستان دیدار کرد. "
     "وی گفت: «همکاری دو کشور ادامه دارد.»", {"date": "2025-01-20", "title": "دیدار باقری"}),
    ("التقى اللواء محمد باقري في إسلام آباد مع قائد الجيش الباكستاني. وقال باقري: "
     "إن التعاون مستمر.", {"date": "2025-01-20", "url": "https://www.alalamtv.net/news/1"}),
    ("عباس عراقچی وزیر امور خارجه در تهران گفت مذاکرات ادامه خواهد داشت.", {}),
]


@pytest.fixture(scope="module")
def old() -> Pipeline:
    return Pipeline(stages=OLD_STAGES)


@pytest.fixture(scope="module")
def new() -> Pipeline:
    return Pipeline(stages=NEW_STAGES)


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:
        yield opened


def write_jsonl(folder: Path) -> Path:
    path = folder / "news.jsonl"
    path.write_text("".join(json.dumps({"text": text, **hints}, ensure_ascii=False) + "\n"
                            for text, hints in ARTICLES), encoding="utf-8")
    return path


def without_story(records: Iterable[dict[str, object]]) -> list[dict[str, object]]:
    return [{k: v for k, v in r.items() if k != "story"} for r in records]


def test_reprocessing_gives_what_a_fresh_ingest_with_the_new_pipeline_gives(
        store: Store, old: Pipeline, new: Pipeline, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path)
    ingest([str(path)], store, old)
    assert store.stats()["entities"] == 0
    summary = reprocess(store, new, store.ids())
    assert (summary.counts, summary.errors) == ({"reprocessed": 3}, [])
    with open_store(tmp_path / "fresh.db") as fresh:
        ingest([str(path)], fresh, new)
        assert without_story(store.export_records()) == without_story(fresh.export_records())
        assert store.stats()["entities"] == fresh.stats()["entities"] > 0
    published = [r["published"] for r in store.export_records()]
    assert published.count(None) == 1  # the JSONL dates were kept as hints
    assert store.integrity() == "ok"
    log = store.stats()["ingest"]
    assert log == {"ok": 3, "reprocessed": 3}


def test_reprocessing_with_the_same_pipeline_changes_no_record(
        store: Store, new: Pipeline, tmp_path: Path) -> None:
    ingest([str(write_jsonl(tmp_path))], store, new)
    before = list(store.export_records())
    reprocess(store, new, store.ids())
    assert list(store.export_records()) == before


def test_articles_without_raw_input_or_unknown_ids_are_reported(
        store: Store, new: Pipeline) -> None:
    doc = new(Doc(raw=ARTICLES[2][0]))
    store.import_records([to_record(doc)])
    before = list(store.export_records())
    seen: list[str] = []
    summary = reprocess(store, new, [doc.id, "0" * 16], on_item=seen.append)
    assert summary.errors == [(doc.id, NO_RAW), ("0" * 16, MISSING)]
    assert seen == ["error", "error"] and summary.failed
    assert list(store.export_records()) == before


def test_a_failed_analysis_keeps_the_old_one_and_is_logged(
        store: Store, old: Pipeline, new: Pipeline, tmp_path: Path) -> None:
    ingest([str(write_jsonl(tmp_path))], store, old)
    before = list(store.export_records())

    def failing(docs: Iterable[Doc], pipeline: Pipeline) -> Iterator[Doc | Failed]:
        for doc in docs:
            yield Failed(str(doc.meta["path"]), "stage exploded")

    summary = reprocess(store, new, store.ids(), engine=failing)
    assert summary.counts == {"error": 3}
    assert list(store.export_records()) == before
    errors = store.ingest_log(status="error")
    assert len(errors) == 3 and all("old analysis is kept" in (e.reason or "") for e in errors)
    assert {e.path for e in errors} == {f"{tmp_path / 'news.jsonl'}:{n}" for n in (1, 2, 3)}


def test_the_command_reprocesses_all_or_named_articles(tmp_path: Path,
                                                       store_target: str) -> None:
    """End to end through the CLI, on SQLite and on PostgreSQL (``--db postgresql://``)."""
    db = store_target
    config = tmp_path / "old.toml"
    config.write_text(f"[pipeline]\nstages = {json.dumps(OLD_STAGES)}\n", encoding="utf-8")
    runner = CliRunner()
    path = write_jsonl(tmp_path)
    done = runner.invoke(main, ["--config", str(config), "ingest", str(path), "--db", db, "-q"])
    assert done.exit_code == 0, done.output
    with open_store(db) as store:
        first = store.ids()[0]
        assert store.stats()["entities"] == 0  # the old release found none
    config.write_text(f"[pipeline]\nstages = {json.dumps(NEW_STAGES)}\n", encoding="utf-8")
    one = runner.invoke(main, ["--config", str(config), "reprocess", first, "--db", db, "-q"])
    assert one.exit_code == 0 and "1 reprocessed" in one.output
    every = runner.invoke(main, ["--config", str(config), "reprocess", "--all", "--db", db, "-q"])
    assert every.exit_code == 0 and "3 reprocessed" in every.output
    fresh = str(tmp_path / "fresh.db")
    done = runner.invoke(main, ["--config", str(config), "ingest", str(path), "--db", fresh,
                                "-q"])
    assert done.exit_code == 0, done.output
    with open_store(db) as store, open_store(fresh) as expected:
        assert store.stats()["entities"] > 0
        assert store.stats()["ingest"] == {"ok": 3, "reprocessed": 4}
        assert without_story(store.export_records()) == without_story(
            expected.export_records())
        assert store.integrity() == "ok"
    unknown = runner.invoke(main, ["reprocess", "0" * 16, "--db", db, "-q"])
    assert unknown.exit_code == 1 and MISSING in unknown.output
    usage = runner.invoke(main, ["reprocess", "--db", db])
    assert usage.exit_code == 2 and "--all" in usage.output
