"""Engines: a local process pool and Dask give exactly the single-process result."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.batch import ingest
from khabar.pipeline import Pipeline
from khabar.settings import Settings
from khabar.store import open_store


def _corpus(folder: Path, example_paths: list[Path]) -> list[str]:
    """The examples, a near copy of one (so stories join across workers), a duplicate,
    a broken JSONL line and an empty file: every kind of outcome."""
    for path in example_paths:
        (folder / path.name).write_bytes(path.read_bytes())
    first = example_paths[0].read_text(encoding="utf-8")
    (folder / "near_copy.txt").write_text(first.replace("\n", "\n\n", 1), encoding="utf-8")
    (folder / "zz_duplicate.txt").write_text(first, encoding="utf-8")
    (folder / "lines.jsonl").write_text('{"text": "خبر کوتاه از تهران"}\n{broken\n',
                                        encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return [str(folder)]


def _outcome(db: Path | str) -> tuple[str, list[tuple[str | None, str, str | None]]]:
    with open_store(db) as store:
        records = "".join(json.dumps(r, ensure_ascii=False) + "\n"
                          for r in store.export_records())
        log = [(e.path, e.status, e.article_id) for e in reversed(store.ingest_log())]
    return records, log


def _cli_ingest(paths: list[str], db: Path, workers: int) -> None:
    """`khabar ingest` in a fresh process (this test process's caches, warmed by other
    tests, must not be part of what is compared)."""
    config = db.with_suffix(".toml")
    config.write_text(f"[ingest]\nworkers = {workers}\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "khabar.cli", "--config", str(config), "ingest",
                    *paths, "--db", str(db), "--quiet"], check=False, timeout=600)


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory, example_paths: list[Path]
           ) -> tuple[list[str], tuple[str, list[tuple[str | None, str, str | None]]]]:
    """The reference: one process, started fresh."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = _corpus(folder, example_paths)
    _cli_ingest(paths, folder.parent / "single.db", workers=1)
    return paths, _outcome(folder.parent / "single.db")


def test_a_process_pool_stores_what_one_process_stores(single: tuple, tmp_path: Path) -> None:
    paths, expected = single
    _cli_ingest(paths, tmp_path / "pool.db", workers=2)
    outcome = _outcome(tmp_path / "pool.db")
    assert [status for _, status, _ in outcome[1]].count("ok") == 7
    assert outcome == expected


def test_dask_on_a_local_cluster_stores_what_one_process_stores(single: tuple,
                                                                tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from khabar.engine.dask import dask_engine

    paths, expected = single
    with dask_engine(None, workers=2) as engine, open_store(tmp_path / "dask.db") as store:
        ingest(paths, store, Pipeline(), engine=engine)
    assert _outcome(tmp_path / "dask.db") == expected


def test_dask_into_postgresql_stores_what_one_process_stores_session18(
        postgres_url: str, single: tuple) -> None:
    """Dask workers analysing into a PostgreSQL store, not only SQLite: the single-process
    SQLite store's records and log (session 18, 2026-12-06, issue 8; runs when
    KHABAR_TEST_POSTGRES is set, as in CI)."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from khabar.engine.dask import dask_engine

    paths, expected = single
    with dask_engine(None, workers=2) as engine, open_store(postgres_url) as store:
        ingest(paths, store, Pipeline(), engine=engine)
    outcome = _outcome(postgres_url)
    assert [status for _, status, _ in outcome[1]].count("ok") == 7
    assert outcome == expected


def test_dask_shards_load_into_what_one_process_stores(single: tuple, tmp_path: Path) -> None:
    """`ingest --engine dask --out-parquet`, then `load`: the single-process store."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    from khabar.engine.dask import dask_engine
    from khabar.export.parquet import ParquetSink, load

    paths, expected = single
    with dask_engine(None, workers=2) as engine, ParquetSink(tmp_path / "shards", 4) as sink:
        ingest(paths, sink, Pipeline(), engine=engine)
    assert len(list((tmp_path / "shards").glob("part-*.parquet"))) == 3  # 11 rows by 4
    with open_store(tmp_path / "loaded.db") as store:
        load(tmp_path / "shards", store)
    assert _outcome(tmp_path / "loaded.db") == expected


def test_a_document_over_its_time_budget_is_recorded_and_the_batch_goes_on(
    tmp_path: Path, example_paths: list[Path]
) -> None:
    """A budget far below any real analysis time: every document overruns it."""
    tight = Pipeline(Settings({"ingest": {"max_seconds_per_doc": 1e-6}}))
    with open_store(tmp_path / "k.db") as store:
        summary = ingest([str(p) for p in example_paths[:2]], store, tight)
        assert summary.counts == {"error": 2}
        assert all("ingest.max_seconds_per_doc" in e.reason  # type: ignore[operator]
                   for e in store.ingest_log(status="error"))
        assert store.stats()["articles"] == 0


SETTLE = """
import gc
from khabar.doc import Doc
from khabar.engine.local import analyse_in_process
from khabar.pipeline import Pipeline

assert gc.get_freeze_count() == 0
texts = ["خبر اول از تهران", "خبر دوم"]
docs = analyse_in_process((Doc(raw=t) for t in texts),
                          Pipeline(stages=["khabar.clean.lines.v1",
                                           "khabar.langid.script.v1"]))
next(docs)
after_first = gc.get_freeze_count()
next(docs)
print(after_first, gc.get_freeze_count())
"""


def test_one_process_freezes_what_its_first_document_loaded_once() -> None:
    """The resources a batch loads live as long as it: frozen after the first document,
    the collector stops walking them (``settle_resources``); later documents freeze
    nothing more."""
    out = subprocess.run([sys.executable, "-c", SETTLE], capture_output=True, text=True,
                         check=True).stdout.split()
    after_first, after_second = map(int, out)
    assert after_first > 0
    assert after_second <= after_first  # (frozen objects may still be freed by refcount)


COLLECTOR = """
import gc
import khabar.engine.local as local
from khabar.doc import Doc
from khabar.pipeline import Pipeline

seen = []
analyse = local.analyse
local.analyse = lambda doc, pipeline: seen.append(gc.isenabled()) or analyse(doc, pipeline)
pipeline = Pipeline(stages=["khabar.clean.lines.v1"])
list(local.analyse_in_process((Doc(raw=t) for t in ["خبر اول", "خبر دوم"]), pipeline))
print(*seen, gc.isenabled())
"""


def test_the_first_document_loads_with_the_collector_off() -> None:
    """The first document loads what the batch keeps, with no full collection walking it
    as it grows; the collector is on again for the next documents."""
    out = subprocess.run([sys.executable, "-c", COLLECTOR], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True", "True"]


ANALYZE = """
import gc, sys
import khabar.pipeline
from khabar.cli import main

light = khabar.pipeline.Pipeline
stages = ["khabar.clean.lines.v1", "khabar.langid.script.v1"]
khabar.pipeline.Pipeline = lambda settings: light(settings, stages)
main(["analyze", sys.argv[1]], standalone_mode=False)
print(gc.get_freeze_count(), gc.isenabled(), file=sys.stderr)
"""


def test_analyze_settles_what_its_first_document_loaded(tmp_path: Path) -> None:
    """``khabar analyze`` over many files runs as long as a batch: its heap is frozen
    after the first document too (in a process that never freezes it the collector's
    full passes walk the models and tables again and again)."""
    article = tmp_path / "a.txt"
    article.write_text("خبر اول از تهران", encoding="utf-8")
    err = subprocess.run([sys.executable, "-c", ANALYZE, str(article)], capture_output=True,
                         text=True, check=True).stderr.split()
    assert int(err[-2]) > 0 and err[-1] == "True"


SETTLE_DASK = """
import gc
from khabar.doc import Doc
from khabar.engine.dask import analyse_partition

assert gc.get_freeze_count() == 0
stages = ["khabar.clean.lines.v1", "khabar.langid.script.v1"]
analyse_partition([Doc(raw="خبر اول از تهران")], {}, stages)
print(gc.get_freeze_count())
"""


def test_a_dask_worker_freezes_what_its_first_document_loaded() -> None:
    """A Dask worker keeps its pipeline as long as it lives, as a pool worker does."""
    out = subprocess.run([sys.executable, "-c", SETTLE_DASK], capture_output=True,
                         text=True, check=True).stdout.split()
    assert int(out[0]) > 0


THRESHOLD = """
import gc
import khabar.engine.local as local
from khabar.doc import Doc
from khabar.pipeline import Pipeline

before = gc.get_threshold()
analyse = local.analyse


def noting(doc, pipeline):  # runs in the process that analyses (here, or a pool worker)
    doc.meta["threshold"] = list(gc.get_threshold())
    return analyse(doc, pipeline)


local.analyse = noting
pipeline = Pipeline(stages=["khabar.clean.lines.v1"])
docs = [Doc(raw=t) for t in ["خبر اول", "خبر دوم", "خبر سوم"]]
here = [d.meta["threshold"] for d in local.analyse_in_process(docs[:2], pipeline)]
print(list(before), *here, list(gc.get_threshold()))
local._settled = False
gc.set_threshold(*before)
pooled = [d.meta["threshold"] for d in local.analyse_in_pool(docs, pipeline, 1)]
print(*pooled, list(gc.get_threshold()))
"""


def test_a_settled_process_collects_at_the_settled_threshold_session19() -> None:
    """Once its first document has settled the process (one process, and each pool
    worker), the collector runs at ``SETTLED_THRESHOLD``: with the resources frozen,
    Python's default set off a full pass every few documents. The first document runs at
    the default; a pool's parent, which analyses nothing, keeps the default."""
    from khabar.engine.local import SETTLED_THRESHOLD

    out = subprocess.run([sys.executable, "-c", THRESHOLD], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    default, settled = "[700, 10, 10]", str(list(SETTLED_THRESHOLD))
    assert out[0] == " ".join([default, default, settled, settled])
    assert out[1] == " ".join([default, settled, settled, default])
