"""The embedded store: one SQLite file in WAL mode.

Threads: a ``SQLiteStore`` owns one connection and must be used from the thread that
opened it (``sqlite3`` refuses other threads); open one store per thread or process.
Several processes may open the same file: WAL lets readers run beside one writer, and
a writer waits up to ``sqlite_connect.BUSY_TIMEOUT_MS`` for the lock.

Iterators (``articles``, ``export_records``) read lazily: consume them before writing.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from khabar.errors import KhabarError, StoreError
from khabar.normalize.fold import fold
from khabar.settings import Settings
from khabar.store import migrations, records, search
from khabar.store.base import Added, ArticleRow, Item, SearchHit, Store
from khabar.store.browse import (
    ARTICLE_COLUMNS,
    SharedReading,
    now_iso,
    path_of,
    with_story,
)
from khabar.store.shared_writing import SharedWriting
from khabar.store.sqlite_connect import connect

if TYPE_CHECKING:
    from khabar.store.assign import StoryAssigner

BATCH_SIZE = 500


class SQLiteStore(SharedReading, SharedWriting, Store):
    """A khabar store in one SQLite file (``:memory:`` for a throwaway one)."""

    UNLIMITED = -1  # SQLite's LIMIT takes no NULL

    def __init__(self, path: str | os.PathLike[str], settings: Settings | None = None) -> None:
        self.path = str(path)
        self.settings = settings or Settings()
        self._conn: sqlite3.Connection = connect(
            self.path, self.settings["store.sqlite_cache_mb"],
            self.settings["store.sqlite_checkpoint_pages"])
        self._assigner: StoryAssigner | None = None
        self._grouping = False
        try:
            self.migrated = migrations.apply(self._conn)
            self._check_index()
        except sqlite3.Error as error:
            self._conn.close()
            raise StoreError(f"cannot prepare the store {self.path}: {error}") from error
        except BaseException:
            self._conn.close()
            raise

    def close(self) -> None:
        self._conn.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    # transactions
    @contextmanager
    def _atomic(self) -> Iterator[None]:
        """A transaction, or a savepoint inside the one already open."""
        conn = self._conn
        nested = conn.in_transaction
        conn.execute("SAVEPOINT atomic" if nested else "BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:  # some errors roll the whole transaction back
                conn.execute("ROLLBACK TO atomic" if nested else "ROLLBACK")
                if nested:
                    conn.execute("RELEASE atomic")
            raise
        conn.execute("RELEASE atomic" if nested else "COMMIT")

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group the adds and logged errors inside into one transaction.

        Much cheaper per article than a transaction each: one commit, and one flush of
        the full-text index instead of one per article (FTS5 writes a new index segment
        at every commit and savepoint). Adds inside take no savepoint of their own, so
        any error rolls the whole group back and propagates: the caller repeats the
        group one article at a time (``khabar.batch`` does). A crash loses the group
        as a whole, never part of an article.
        """
        if self._grouping or self._conn.in_transaction:
            raise StoreError("store.batch() cannot be nested or opened inside a transaction")
        self._grouping = True
        try:
            with self._atomic():
                yield
        except BaseException:
            self._assigner = None  # its cache may hold articles that were rolled back
            raise
        finally:
            self._grouping = False

    # writing
    def add(self, item: Item, *, raw: str | None = None, source_path: str | None = None) -> Added:
        if self._grouping:
            return self._add_grouped(item, raw, source_path)
        try:
            with self._atomic():
                return self._add_one(item, raw, source_path)
        except sqlite3.Error as error:
            raise self._write_error(item, error) from error
        except KhabarError:  # the record broke the contract
            self._forget(item)
            raise

    def add_many(self, items: Iterable[Item]) -> list[Added]:
        results: list[Added] = []
        batch: list[Item] = []
        for item in items:
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                results += self._add_batch(batch)
                batch = []
        return results + self._add_batch(batch)

    def _add_grouped(self, item: Item, raw: str | None, source_path: str | None) -> Added:
        try:
            return self._add_one(item, raw, source_path)
        except sqlite3.Error as error:
            raise self._write_error(item, error) from error

    def _add_batch(self, batch: list[Item]) -> list[Added]:
        results = []
        with self._atomic():
            for item in batch:
                results.append(self._add_or_log(item))
        return results

    def _add_or_log(self, item: Item) -> Added:
        try:
            with self._atomic():
                return self._add_one(item, None, None)
        except (KhabarError, sqlite3.Error) as error:
            if not self._conn.in_transaction:  # SQLite rolled back the whole batch
                raise StoreError(
                    f"the batch was rolled back: {error}; nothing from it is stored, "
                    "fix the cause (e.g. a full disk) and add it again"
                ) from error
            failure = error if isinstance(error, KhabarError) else self._write_error(item, error)
            self._forget(item)
            article_id = records.record_id(item)
            self._log(path_of(item), "error", str(failure), article_id or None)
            return Added("error", article_id, str(failure))

    def _write_error(self, item: object, error: sqlite3.Error) -> StoreError:
        self._forget(item)
        return StoreError(
            f"could not store article {records.record_id(item)!r}: {error}; the store is "
            "unchanged (check the record's field types against OUTPUT.md)"
        )

    def _add_one(self, item: Item, raw: str | None, source_path: str | None) -> Added:
        record = records.as_record(item)
        records.check_record(record)
        stored, record_json = records.canonical(record)
        article_id, path = stored["id"], source_path or path_of(item)
        if self.has(article_id):
            self._log(path, "duplicate", None, article_id)
            return Added("duplicate", article_id)
        self._insert(stored, record_json, records.ArticleInput(
            raw if raw is not None else records.raw_of(item), path, records.meta_json(item),
            embedding=records.vector_bytes(item)))
        self._log(path, "ok", None, article_id)
        story = record.get("story")
        self._place_story(article_id, stored, story if isinstance(story, str) else None, item)
        return Added("added", article_id)

    def _insert(self, record: dict[str, Any], record_json: str,
                source: records.ArticleInput) -> None:
        insert, row = self._article_insert(record, record_json, source, source.raw)
        seq = self._conn.execute(insert, row).lastrowid
        self._index(seq, record["title"], record["text"], record.get("header"))
        self._insert_parts(record, seq or 0)

    def _index(self, seq: int | None, title: str | None, text: str,
               header: str | None) -> None:
        self._conn.execute(
            "INSERT INTO articles_fts (rowid, title, body, header) VALUES (?, ?, ?, ?)",
            (seq, fold(title or ""), fold(text), fold(header or "")),
        )

    def replace(self, article_id: str, item: Item) -> Added:
        try:
            with self._atomic():
                return self._replace_one(article_id, item)
        except sqlite3.Error as error:
            raise self._write_error(item, error) from error
        except KhabarError:
            self._forget(item)
            raise

    def _replace_one(self, article_id: str, item: Item) -> Added:
        record = records.as_record(item)
        records.check_record(record)
        stored, record_json = records.canonical(record)
        source = self._remove(article_id)
        new_id = stored["id"]
        if new_id == article_id or not self.has(new_id):
            self._insert(stored, record_json, records.ArticleInput(
                source.raw if source.raw is not None else records.raw_of(item), source.path,
                source.meta or records.meta_json(item), source.ingested_at))
            self._place_story(new_id, stored, None, item)
        moved = None if new_id == article_id else f"replaces {article_id}"
        self._log(source.path, "reprocessed", moved, new_id)
        return Added("reprocessed", new_id)

    def _remove(self, article_id: str) -> records.ArticleInput:
        """Delete an article and its derived rows; returns what its input was."""
        row = self._conn.execute(
            "SELECT seq, title, text, record, story, raw, source_path, meta, ingested_at"
            " FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id!r} in the store; add it first")
        seq, title, text, record, story = row[:5]
        # A contentless FTS5 row is deleted by giving the values it was indexed with.
        self._conn.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, title, body, header)"
            " VALUES ('delete', ?, ?, ?, ?)",
            (seq, fold(title or ""), fold(text), fold(search.header_of(record) or "")))
        self._conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self._forget({"id": article_id})
        if story:
            from khabar.store.assign import refresh_story

            refresh_story(self._conn, story)
        return records.ArticleInput(*row[5:])

    def log_error(self, path: str, reason: str) -> None:
        if self._grouping:  # one statement: atomic without a savepoint (see ``batch``)
            self._log(path, "error", reason, None)
            return
        with self._atomic():
            self._log(path, "error", reason, None)

    # stories
    def _stories(self) -> StoryAssigner:
        if self._assigner is None:
            from khabar.store.assign import StoryAssigner

            self._assigner = StoryAssigner(self._conn, self.settings)
        return self._assigner

    def assign_story(self, article_id: str) -> str:
        """(Re)assign a stored article's story, e.g. after the clustering changed."""
        record = self.get(article_id)
        if record is None:
            raise StoreError(f"no article {article_id!r} in the store; add it first")
        record.pop("story", None)
        with self._atomic():
            assigner = self._stories()
            story = assigner.choose(article_id, assigner.index(article_id, record))
            assigner.place(article_id, story)
        return story

    # reading
    def raw(self, article_id: str) -> str | None:
        row = self._conn.execute("SELECT raw FROM articles WHERE id = ?", (article_id,))
        found = row.fetchone()
        return None if found is None else found[0]

    def articles(
        self,
        *,
        lang: str | None = None,
        story: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Iterator[ArticleRow]:
        sql = f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE 1"
        params: list[Any] = []
        for column, value in (("lang", lang), ("story", story)):
            if value is not None:
                sql += f" AND {column} = ?"
                params.append(value)
        sql += " ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
        return (ArticleRow(*row) for row in _rows(self._conn.execute(sql, params)))

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        terms = search.parse_query(query)
        if not terms or limit <= 0:
            return []
        ranked = search.fts5_ranked(self._conn, terms, limit,
                                    self.settings["search.max_ranked"])
        marks = ", ".join("?" for _ in ranked)
        articles = {row[0]: row[1:] for row in self._conn.execute(
            f"SELECT seq, id, title, lang, published, text FROM articles WHERE seq IN ({marks})",
            [seq for seq, _ in ranked],
        )}
        return self._header_snippets([SearchHit.of((*articles[seq], -score), terms)
                                      for seq, score in ranked if seq in articles], terms)

    def export_records(self) -> Iterator[dict[str, Any]]:
        cursor = self._conn.execute("SELECT record, story, embedding FROM articles ORDER BY id")
        return (records.with_vector(with_story(record, story), vector)
                for record, story, vector in _rows(cursor))

    # the folded index
    def reindex(self) -> None:
        """Rebuild the full-text index, e.g. after the fold table changed."""
        with self._atomic():
            self._conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
            for seq, title, text, header in search.indexed_articles(self._conn):
                self._index(seq, title, text, header)
            self._conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('fold', ?)",
                (search.fold_signature(),),
            )

    def integrity(self) -> str:
        """``ok``, or SQLite's description of what is damaged (tables, then the index)."""
        found = "; ".join(row[0] for row in self._conn.execute("PRAGMA integrity_check"))
        try:
            self._conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            found = f"{found}; full-text index: {error}".removeprefix("ok; ")
        return found

    # browsing: shared with the other backends through khabar/store/browse.py
    def add_api_token(self, token_id: str, digest: str, label: str | None) -> None:
        with self._atomic():
            self._conn.execute("INSERT INTO api_tokens VALUES (?, ?, ?, ?)",
                               (token_id, digest, label, now_iso()))

    def delete_api_token(self, token_id: str) -> bool:
        with self._atomic():
            gone = self._conn.execute("DELETE FROM api_tokens WHERE id = ?", (token_id,))
        return bool(gone.rowcount)


def _rows(cursor: sqlite3.Cursor) -> Iterator[tuple[Any, ...]]:
    while chunk := cursor.fetchmany(BATCH_SIZE):
        yield from chunk

