"""Stores of analysed articles: ``open_store`` picks the backend from the target.

    with open_store("khabar.db") as store:
        store.add(doc)
        hits = store.search("باقری")

A path (or ``sqlite:///path``) opens the embedded SQLite store; ``None`` uses the
setting ``store.path``. PostgreSQL URLs are recognised and refused until that
backend lands (the ``postgres`` extra).
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
    "open_store",
]

_POSTGRES = ("postgresql://", "postgres://", "postgresql+")
_SQLITE_URL = "sqlite:///"


def _sqlite_path(target: str) -> str:
    if target.startswith(_POSTGRES):
        raise StoreError(
            "PostgreSQL stores arrive with the postgres extra (pip install 'khabar[postgres]') "
            "in a later release; use a SQLite file path for now"
        )
    if target.startswith(_SQLITE_URL):
        return target[len(_SQLITE_URL):]
    if "://" in target:
        raise StoreError(f"unknown store URL {target!r}; give a SQLite file path")
    return os.path.expanduser(target)


def open_store(
    target: str | os.PathLike[str] | None = None, settings: Settings | None = None
) -> Store:
    """Open (creating and migrating if needed) the store at ``target``."""
    settings = settings or Settings()
    chosen = os.fspath(target) if target is not None else settings["store.path"]
    path = _sqlite_path(str(chosen))

    from khabar.store.sqlite import SQLiteStore

    return SQLiteStore(path, settings)
