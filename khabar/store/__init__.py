"""Stores of analysed articles: ``open_store`` picks the backend from the target.

    with open_store("khabar.db") as store:
        store.add(doc)
        hits = store.search("باقری")

A path (or ``sqlite:///path``) opens the embedded SQLite store; ``None`` uses the
setting ``store.path``. A ``postgresql://`` (or ``postgres://``) URL opens the
PostgreSQL store (the ``postgres`` extra: ``pip install 'khabar[postgres]'``).
"""

from __future__ import annotations

import os

from khabar.errors import StoreError
from khabar.settings import Settings
from khabar.store.base import Added, ArticleRow, LogEntry, SearchHit, Store, StoryRow

__all__ = [
    "Added",
    "ArticleRow",
    "LogEntry",
    "SearchHit",
    "Store",
    "StoryRow",
    "open_existing_store",
    "open_store",
]

_POSTGRES = ("postgresql://", "postgres://", "postgresql+")
_SQLITE_URL = "sqlite:///"


def _sqlite_path(target: str) -> str:
    if target.startswith(_SQLITE_URL):
        return target[len(_SQLITE_URL):]
    if "://" in target:
        raise StoreError(
            f"unknown store URL {target!r}; give a SQLite file path or a postgresql:// URL"
        )
    return os.path.expanduser(target)


def open_store(
    target: str | os.PathLike[str] | None = None, settings: Settings | None = None
) -> Store:
    """Open (creating and migrating if needed) the store at ``target``."""
    settings = settings or Settings()
    chosen = str(os.fspath(target) if target is not None else settings["store.path"])
    if chosen.startswith(_POSTGRES):
        return _postgres(chosen.replace("postgresql+psycopg://", "postgresql://", 1), settings)
    path = _sqlite_path(chosen)

    from khabar.store.sqlite import SQLiteStore

    return SQLiteStore(path, settings)


def open_existing_store(
    target: str | os.PathLike[str] | None = None, settings: Settings | None = None
) -> Store:
    """``open_store`` for commands that only read: a SQLite file that is not there is an
    error naming the path, not a new empty store (a mistyped ``--db`` would otherwise
    answer "0 articles" or "no match" as if the store were empty)."""
    settings = settings or Settings()
    chosen = str(os.fspath(target) if target is not None else settings["store.path"])
    if not chosen.startswith(_POSTGRES):
        path = _sqlite_path(chosen)
        if path != ":memory:" and not os.path.exists(path):
            raise StoreError(
                f"no store at {path}; check the path, or create one with "
                f"`khabar ingest FILES --db {path}`"
            )
    return open_store(chosen, settings)


def _postgres(url: str, settings: Settings) -> Store:
    try:
        from khabar.store.postgres import PostgresStore
    except ImportError as missing:
        raise StoreError(
            f"PostgreSQL stores need the postgres extra ({missing}): "
            "pip install 'khabar[postgres]'"
        ) from missing
    return PostgresStore(url, settings)
