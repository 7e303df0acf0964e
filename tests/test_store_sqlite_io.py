"""What a SQLite store writes: pages freed by a delete (an FTS5 merge, a replaced article)
are not written again as zeros (the Debian build's SECURE_DELETE made each one a WAL
frame, a cost per article that grew with the full-text index's merge levels)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from test_store import make_doc

from khabar.settings import Settings
from khabar.store.sqlite import SQLiteStore

WAL_HEADER, FRAME_HEADER = 32, 24


def _wal_frames(path: Path, page_size: int) -> int:
    wal = Path(f"{path}-wal")
    size = wal.stat().st_size if wal.exists() else 0
    return max(0, size - WAL_HEADER) // (FRAME_HEADER + page_size)


def test_freeing_pages_writes_no_zeroed_copies(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    with SQLiteStore(path) as store:
        conn = store._conn
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        # About 600 KB of text: its raw input, text and record fill hundreds of pages.
        big = make_doc("خبر " + "گفتگوی وزیران خارجه در تهران ادامه یافت. " * 7000)
        assert store.add(big) == "added"
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = conn.execute("PRAGMA freelist_count").fetchone()[0]
        with store._atomic():
            store._remove(big.id)  # what replace and reprocess do first
        freed = conn.execute("PRAGMA freelist_count").fetchone()[0] - before
        written = _wal_frames(path, page_size)
    assert freed > 300
    # Zeroing writes a frame per freed page (written > freed); the delete itself changes
    # a page or two of each table and index.
    assert written < 50, (written, freed)


def test_the_store_connection_zeroes_only_pages_it_writes_anyway(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "k.db") as store:
        assert store._conn.execute("PRAGMA secure_delete").fetchone()[0] == 2  # FAST


def test_the_store_connection_checkpoints_at_the_setting(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "k.db") as store:  # SQLite's own default is 1000
        assert store._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 10000
    settings = Settings({"store.sqlite_checkpoint_pages": 2500})
    with SQLiteStore(tmp_path / "k.db", settings) as store:
        assert store._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 2500


def _automerge(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT v FROM articles_fts_config WHERE k = 'automerge'").fetchone()
    return None if row is None else int(row[0])


def test_the_full_text_index_merges_sixteen_segments_at_a_time(tmp_path: Path) -> None:
    # FTS5's default (4, no row) rewrites every token at twice as many merge levels.
    with SQLiteStore(tmp_path / "k.db") as store:
        assert _automerge(store._conn) == 16


def test_an_existing_store_takes_the_merge_policy_and_keeps_its_index(
        tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    first = make_doc("سرلشکر باقری با فرمانده ارتش پاکستان در اسلام‌آباد دیدار کرد.")
    with SQLiteStore(path) as store:  # then made a store of migration 0008's time
        store.add(first)
        store._conn.execute("DELETE FROM articles_fts_config WHERE k = 'automerge'")
        store._conn.execute("DELETE FROM migrations WHERE name = '0009_fts_automerge'")
    with SQLiteStore(path) as store:
        assert _automerge(store._conn) == 16
        assert store.migrated == ["0009_fts_automerge"]
        second = make_doc("فرمانده ارتش پاکستان فردا به تهران می‌رود.")
        store.add(second)
        found = {hit.id for hit in store.search("فرمانده ارتش")}
        assert found == {first.id, second.id}
        assert store.integrity() == "ok"
