"""What a SQLite store writes: pages freed by a delete (an FTS5 merge, a replaced article)
are not written again as zeros (the Debian build's SECURE_DELETE made each one a WAL
frame, a cost per article that grew with the full-text index's merge levels)."""

from __future__ import annotations

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
