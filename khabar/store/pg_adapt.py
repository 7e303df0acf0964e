"""Running SQLite-style SQL on psycopg, and the folded full-text terms of PostgreSQL.

``QmarkConnection`` lets the SQL shared with the SQLite store (``assign.py``,
``queries.py``) run unchanged; ``lexemes`` and ``tsquery`` fold and split text exactly as
the SQLite index does (``khabar.store.search``), so both backends match the same words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import psycopg

from khabar.normalize.fold import fold
from khabar.store import search


@lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """SQLite-style SQL (``?``, ``:name``) in psycopg's style (``%s``, ``%(name)s``)."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    return re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", sql)


class QmarkConnection:
    """A psycopg connection that runs the SQL written for SQLite's ``sqlite3``."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Any = None, /) -> psycopg.Cursor[Any]:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(to_pyformat(sql), _safe(parameters))

    def executemany(self, sql: str, rows: Iterable[Any]) -> psycopg.Cursor[Any]:
        cursor = self.conn.cursor()
        cursor.executemany(to_pyformat(sql), [_safe(row) for row in rows])
        return cursor


def _safe(parameters: Any) -> Any:
    """PostgreSQL text cannot hold NUL: shown as U+FFFD (one character for one, so
    offsets into stored text still hold). The record's JSON escapes NUL and is exact."""
    if isinstance(parameters, Mapping):
        return {key: _safe_value(value) for key, value in parameters.items()}
    return [_safe_value(value) for value in parameters]


def _safe_value(value: Any) -> Any:
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


def lexemes(text: str) -> str:
    """The folded tokens of ``text`` as the index stores them, space-separated."""
    return " ".join(_plain(token) for _, _, token in search.tokens(fold(text)))


def _plain(token: str) -> str:
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def tsquery(terms: list[search.Term]) -> str:
    """A ``to_tsquery`` expression ANDing one phrase per term (``:*`` for a prefix)."""
    phrases = []
    for term in terms:
        words = [_plain(token).replace("'", "''").replace("\\", "\\\\") for token in term.tokens]
        quoted = [f"'{word}'" for word in words]
        if term.prefix:
            quoted[-1] += ":*"
        phrases.append("(" + " <-> ".join(quoted) + ")")
    return " & ".join(phrases)
