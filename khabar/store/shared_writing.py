"""Writing steps that SQLite and PostgreSQL share: the article's row and its derived rows,
its place among the stories, and the check that the full-text index was folded as now.

A mixin beside ``browse.SharedReading``; the transactions, the full-text index's own SQL
and the handling of a racing or failing write stay each backend's. Session 28
(2026-12-07), engineer mend8: these were written twice (``duplicates``: sqlite.py ~
postgres.py).
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, Any

from khabar.store import records, search
from khabar.store.base import Item
from khabar.store.browse import now_iso

if TYPE_CHECKING:
    from khabar.store.assign import StoryAssigner


class SharedWriting:
    """Needs ``self._conn`` (a DB-API connection taking ``?`` and ``:name`` parameters) and
    the two backend steps declared here, so that mypy checks the calls below."""

    _conn: Any

    @abstractmethod
    def _stories(self) -> StoryAssigner:
        """The story assigner, made on first use (each backend makes its own)."""

    @abstractmethod
    def reindex(self) -> None:
        """Rebuild the full-text index (FTS5 or tsvector: each backend's own SQL)."""

    def _article_insert(self, stored: dict[str, Any], record_json: str,
                        source: records.ArticleInput, raw: Any) -> tuple[str, dict[str, Any]]:
        """The INSERT of the article's row and its named parameters; ``raw`` as the backend
        stores it (text in SQLite, UTF-8 bytes in PostgreSQL)."""
        row = records.article_row(stored)
        row.update(raw=raw, record=record_json, source_path=source.path,
                   meta=source.meta, ingested_at=source.ingested_at or now_iso(),
                   embedding=source.embedding)
        names = ", ".join(row)
        marks = ", ".join(f":{name}" for name in row)
        return f"INSERT INTO articles ({names}) VALUES ({marks})", row

    def _insert_parts(self, record: dict[str, Any], seq: int) -> None:
        """The mentions', events' and quotes' rows of the article stored as ``seq``."""
        entity_tables = [(f"{table} ({records.ENTITY_COLUMNS})",
                          records.entity_rows(record, seq, key))
                         for table, key in records.MENTION_TABLES]
        for table, rows in (*entity_tables, ("events", records.event_rows(record)),
                            ("quotes", records.quote_rows(record))):
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                self._conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    def _place_story(self, article_id: str, record: dict[str, Any], story: str | None,
                     item: Item) -> None:
        """Index the article's story keys and put it in ``story``, or the one it joins."""
        assigner = self._stories()
        candidate = assigner.index(article_id, record, records.fingerprint_of(item),
                                   records.vector_of(item))
        assigner.place(article_id, story or assigner.choose(article_id, candidate))

    def _check_index(self) -> None:
        """Reindex when the text was folded by a different fold table or tokenizer."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'fold'").fetchone()
        if row is None or row[0] != search.fold_signature():
            self.reindex()
