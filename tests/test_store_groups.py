"""Grouped writes: ``khabar ingest`` stores analysed articles several per transaction
(``ingest.batch_articles``), and the store ends exactly as with one transaction each.

A group that fails is rolled back and written again one article at a time, so a record
the store refuses is logged alone and its neighbours are kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar import batch
from khabar.batch import ingest
from khabar.doc import Doc
from khabar.errors import ContractError, StoreError
from khabar.pipeline import Pipeline
from khabar.settings import Settings
from khabar.store import open_store, records
from khabar.store.sqlite import SQLiteStore

CITIES = ["تهران", "مشهد", "کراچی", "بغداد", "دمشق"]


def _corpus(folder: Path) -> list[str]:
    """13 short articles, one of them twice, a broken JSONL line and an empty file."""
    lines = [json.dumps({"text": f"وزیر خارجه روز {i + 1} در {CITIES[i % 5]} با همتای خود "
                                 f"دیدار کرد. شماره گزارش {i} است."}, ensure_ascii=False)
             for i in range(13)]
    lines.insert(7, lines[2])  # a duplicate in the middle of a group
    lines.insert(4, "{broken")
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b_empty.txt").write_text("", encoding="utf-8")
    return [str(folder)]


def _outcome(target: str) -> tuple[str, list[tuple[str | None, str, str | None, str | None]]]:
    with open_store(target) as store:
        stored = "".join(json.dumps(r, ensure_ascii=False) + "\n"
                         for r in store.export_records())
        log = [(e.path, e.status, e.article_id, e.reason and e.reason.split(":")[0])
               for e in reversed(store.ingest_log())]
    return stored, log


def _ingest(folder: Path, target: str, batch_articles: int) -> dict[str, int]:
    settings = Settings({"ingest.batch_articles": batch_articles, "ingest.batch_seconds": 60.0})
    with open_store(target, settings=settings) as store:
        summary = ingest(_corpus(folder), store, Pipeline(settings))
    return dict(summary.counts)


@pytest.fixture
def refuse_fourth_article(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The store refuses the fourth distinct article it is given, whichever that is."""
    real, seen = records.check_record, []

    def check(record: dict[str, object]) -> None:
        if record["id"] not in seen:
            seen.append(record["id"])
        if seen.index(record["id"]) == 3:
            raise ContractError(f"record {record['id']} refused by the test")
        real(record)

    monkeypatch.setattr(records, "check_record", check)
    yield


@pytest.mark.parametrize("refusing", [False, True], ids=["all-good", "one-refused"])
@pytest.mark.parametrize("hold", [60.0, 0.0], ids=["groups-full", "groups-cut-by-time"])
def test_grouped_ingest_stores_what_one_transaction_each_stores(
        tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
        refusing: bool, hold: float) -> None:
    """SQLite only: PostgreSQL stores one transaction per article, nothing to group.
    ``hold`` 0 closes every group after its first article (the lock-holding bound)."""
    if refusing:
        request.getfixturevalue("refuse_fourth_article")
    monkeypatch.setattr(batch, "HOLD_SECONDS", hold)
    groups = []
    real_batch = SQLiteStore.batch
    monkeypatch.setattr(SQLiteStore, "batch",
                        lambda store: groups.append(1) or real_batch(store))
    outcomes = []
    for n, batch_articles in enumerate((1, 4)):  # 4: several full groups and a partial one
        folder = tmp_path / f"in{n}"
        folder.mkdir()
        target = str(tmp_path / f"k{n}.db")
        counts = _ingest(folder, target, batch_articles)
        stored, log = _outcome(target)
        # Input paths differ per run only in the folder name.
        outcomes.append((counts, stored, [(p and Path(p).name, *rest) for p, *rest in log]))
    assert outcomes[0] == outcomes[1]
    if hold and not refusing:  # 16 inputs, 4 per transaction
        assert len(groups) == 4
    counts, _, log = outcomes[1]
    assert counts["added"] == 13 - refusing and counts["duplicate"] == 1
    assert [status for _, status, _, _ in log].count("error") == 2 + refusing


def test_a_failed_group_leaves_nothing_behind(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "k.db") as store:
        store.add(Doc(raw="پیش از گروه"))
        with pytest.raises(RuntimeError), store.batch():
            assert store.add(Doc(raw="خبر اول گروه")) == "added"
            store.log_error("x.txt", "unreadable")
            raise RuntimeError("the group fails after two writes")
        assert store.stats()["articles"] == 1
        assert [e.status for e in store.ingest_log()] == ["ok"]
        # The store is usable after the rollback, grouped or not.
        with store.batch():
            assert store.add(Doc(raw="خبر اول گروه")) == "added"
        assert store.stats()["articles"] == 2


def test_groups_cannot_nest(tmp_path: Path) -> None:
    with (SQLiteStore(tmp_path / "k.db") as store, store.batch(),
          pytest.raises(StoreError, match="nested"), store.batch()):
        pass


def test_the_store_connection_takes_the_page_cache_setting(tmp_path: Path) -> None:
    settings = Settings({"store.sqlite_cache_mb": 7})
    with SQLiteStore(tmp_path / "k.db", settings) as store:
        assert store._conn.execute("PRAGMA cache_size").fetchone()[0] == -7 * 1024


def test_finding_neighbours_reads_no_article_row(tmp_path: Path) -> None:
    """The id and story of each article sharing a key come from the ``articles_seq_story``
    index: the row holds the text, raw input and record before it (overflow pages)."""
    from test_store import make_doc

    with SQLiteStore(tmp_path / "k.db") as store:
        store.add(make_doc("سرلشکر باقری در اسلام‌آباد", entities=(("باقری", "PER", "Q1"),)))
        executed: list[str] = []
        store._conn.set_trace_callback(executed.append)
        store.add(make_doc("باقری به اسلام‌آباد رفت", entities=(("باقری", "PER", "Q1"),)))
        store._conn.set_trace_callback(None)
        # the neighbour lookup, and the count of stories holding each key (common keys)
        joins = [sql for sql in executed if "FROM story_keys k JOIN articles" in sql]
        assert len([sql for sql in joins if sql.startswith("SELECT a.id, a.story")]) == 1
        for sql in joins:
            plan = " ".join(row[3] for row in store._conn.execute("EXPLAIN QUERY PLAN " + sql))
            assert "COVERING INDEX articles_seq_story" in plan, sql
