"""Opening the embedded store's SQLite file: the connection settings every
``SQLiteStore`` uses (WAL, a busy timeout, foreign keys, the page cache and the
checkpoint size of ``settings.toml``'s ``store`` table)."""

from __future__ import annotations

import sqlite3

from khabar.errors import StoreError

BUSY_TIMEOUT_MS = 5000


def connect(path: str, cache_mb: int = 0, checkpoint_pages: int = 0) -> sqlite3.Connection:
    """A connection in autocommit mode with WAL, foreign keys and a busy timeout, a page
    cache of ``cache_mb`` and a checkpoint once the WAL holds ``checkpoint_pages`` (0 for
    either: SQLite's default)."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if cache_mb > 0:
            conn.execute(f"PRAGMA cache_size = -{int(cache_mb) * 1024}")  # negative: KiB
        if checkpoint_pages > 0:
            conn.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint_pages)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = NORMAL")  # durable enough in WAL mode, much faster
        # Debian builds SQLite with SECURE_DELETE on: every page freed is zeroed and
        # written, and FTS5 merges free whole segments, so the pages written per article
        # grew with the index's merge levels. FAST zeroes deleted content only on pages
        # written anyway; a freed page keeps its bytes until it is reused.
        conn.execute("PRAGMA secure_delete = FAST")
    except sqlite3.Error as error:
        raise StoreError(
            f"cannot open the store {path}: {error}; check that its folder exists, is "
            "writable, and that the file is a khabar SQLite store"
        ) from error
    return conn
