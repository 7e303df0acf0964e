"""The PostgreSQL store (the ``postgres`` extra): the same interface as SQLite's.

    with open_store("postgresql://user@host/db") as store: ...

Tables, migrations, story assignment and the browsing queries are the SQLite store's,
run through ``QmarkConnection`` (which rewrites ``?`` and ``:name`` parameters to
psycopg's); the DDL is in ``postgres_schema.py``. Full-text search folds in Python as
SQLite does (``khabar.normalize.fold``), splits into the same tokens, and stores them
as a ``tsvector`` built with the ``simple`` configuration (no stemming, no stop words).

Concurrency: each article is one transaction; the article row is inserted with
``ON CONFLICT DO NOTHING``, so writers racing on one article store it once and the
loser logs a duplicate. A deadlock or serialization failure between writers is retried.
Two similar articles added at the same instant by two writers may start two stories
(each writer cannot see the other's uncommitted article); ``assign_story`` re-joins them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from khabar.errors import KhabarError, StoreError
from khabar.settings import Settings
from khabar.store import records, search
from khabar.store.assign import (
    MAX_NEIGHBOURS,
    StoryAssigner,
    key_buckets,
    refresh_story,
    window,
)
from khabar.store.base import Added, ArticleRow, Item, SearchHit, Store
from khabar.store.browse import (
    ARTICLE_COLUMNS,
    SharedReading,
    now_iso,
    path_of,
    with_story,
)
from khabar.store.pg_adapt import QmarkConnection, lexemes, tsquery
from khabar.store.shared_writing import SharedWriting

try:
    import psycopg
    from psycopg import errors as pg_errors
except ImportError as missing:  # pragma: no cover - depends on the install
    raise StoreError(
        "PostgreSQL stores need the postgres extra: pip install 'khabar[postgres]'"
    ) from missing

BATCH_SIZE = 500
RETRIES = 3
CONNECT_TIMEOUT_S = 10
#: A tsvector holds at most 1 MB: longer texts are indexed on their first characters.
MAX_INDEXED_CHARS = 200_000
_RETRYABLE = (pg_errors.DeadlockDetected, pg_errors.SerializationFailure)
_CURSORS = itertools.count()


def _encode_raw(raw: str | None) -> bytes | None:
    return None if raw is None else raw.encode("utf-8", "surrogatepass")


class _Assigner(StoryAssigner):
    """PostgreSQL wants every selected column grouped (SQLite infers ``a.story``)."""

    _SEQ_STORY = ""  # SQLite's index hint; PostgreSQL's planner picks its own

    def _neighbour_ids(self, article_id: str, candidate: Any) -> list[tuple[str, str]]:
        from khabar.stories import cluster

        keys = sorted(cluster.blocking_keys(candidate))
        if not keys:
            return []
        days = window(candidate.day, self._settings["stories.window_days"])
        sql = (
            "SELECT a.id, a.story FROM story_keys k JOIN articles a ON a.seq = k.article_seq"
            " WHERE k.bucket = ANY(?) AND k.key = ANY(?) AND a.id <> ?"
            " AND a.story IS NOT NULL"
        )
        params: list[Any] = [key_buckets(self._conn, days), keys, article_id]
        if days is not None:
            sql += " AND k.day BETWEEN ? AND ?"
            params += [day.isoformat() for day in days]
        sql += " GROUP BY a.id, a.story ORDER BY COUNT(*) DESC, a.id LIMIT ?"
        rows = self._conn.execute(sql, [*params, MAX_NEIGHBOURS]).fetchall()
        return [(found, story) for found, story in rows]


class PostgresStore(SharedReading, SharedWriting, Store):
    """A khabar store in a PostgreSQL database (``postgresql://`` URL)."""

    def __init__(self, url: str, settings: Settings | None = None) -> None:
        self.url = url
        self.settings = settings or Settings()
        try:
            self._pg = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.Error as error:
            raise StoreError(
                f"cannot connect to PostgreSQL at {_redacted(url)}: {error}; check that the "
                "server runs, the URL names an existing database, and the user may log in"
            ) from error
        self._conn: QmarkConnection = QmarkConnection(self._pg)
        self._assigner: _Assigner | None = None
        try:
            from khabar.store import postgres_schema

            self.migrated = postgres_schema.apply(self._pg, now_iso())
            self._check_index()
        except psycopg.Error as error:
            self._pg.close()
            raise StoreError(f"cannot prepare the store {_redacted(url)}: {error}") from error
        except BaseException:
            self._pg.close()
            raise

    def close(self) -> None:
        self._pg.close()

    def __repr__(self) -> str:
        return f"PostgresStore({_redacted(self.url)!r})"

    # writing
    def add(self, item: Item, *, raw: str | None = None, source_path: str | None = None) -> Added:
        return self._write(item, lambda: self._add_one(item, raw, source_path))

    def replace(self, article_id: str, item: Item) -> Added:
        return self._write(item, lambda: self._replace_one(article_id, item))

    def _write(self, item: Item, write: Callable[[], Added]) -> Added:
        """``write()`` in one transaction, retried when it lost a race with a writer."""
        for attempt in range(RETRIES):
            try:
                with self._pg.transaction():
                    return write()
            except _RETRYABLE:
                self._forget(item)
                if attempt == RETRIES - 1:
                    raise StoreError("the store stayed too busy to add the article; retry"
                                     " later") from None
            except psycopg.Error as error:
                self._forget(item)
                raise StoreError(
                    f"could not store article {records.record_id(item)!r}: {error}; the store"
                    " is unchanged (check the record's field types against OUTPUT.md)"
                ) from error
            except KhabarError:
                self._forget(item)
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def add_many(self, items: Iterable[Item]) -> list[Added]:
        results = []
        for item in items:
            try:
                results.append(self.add(item))
            except KhabarError as failure:
                article_id = records.record_id(item)
                self._log(path_of(item), "error", str(failure), article_id or None)
                results.append(Added("error", article_id, str(failure)))
        return results

    def _add_one(self, item: Item, raw: str | None, source_path: str | None) -> Added:
        record = records.as_record(item)
        records.check_record(record)
        stored, record_json = records.canonical(record)
        article_id, path = stored["id"], source_path or path_of(item)
        source = records.ArticleInput(raw if raw is not None else records.raw_of(item), path,
                                      records.meta_json(item),
                                      embedding=records.vector_bytes(item))
        if not self._insert(stored, record_json, source):
            self._log(path, "duplicate", None, article_id)
            return Added("duplicate", article_id)
        self._log(path, "ok", None, article_id)
        story = record.get("story")
        self._place_story(article_id, stored, story if isinstance(story, str) else None, item)
        return Added("added", article_id)

    def _insert(self, stored: dict[str, Any], record_json: str,
                source: records.ArticleInput) -> bool:
        """Insert the article and its parts; ``False`` when it is stored already
        (perhaps by a writer racing this one)."""
        insert, row = self._article_insert(stored, record_json, source, _encode_raw(source.raw))
        inserted = self._conn.execute(
            f"{insert} ON CONFLICT (id) DO NOTHING RETURNING seq", row).fetchone()
        if inserted is None:
            return False
        self._index(inserted[0], stored["title"], stored["text"], stored.get("header"))
        self._insert_parts(stored, inserted[0])
        return True

    def _replace_one(self, article_id: str, item: Item) -> Added:
        record = records.as_record(item)
        records.check_record(record)
        stored, record_json = records.canonical(record)
        row = self._conn.execute(
            "DELETE FROM articles WHERE id = ?"  # cascades to parts, keys and index
            " RETURNING story, raw, source_path, meta, ingested_at", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id!r} in the store; add it first")
        self._forget({"id": article_id})
        story, raw, path, meta, ingested_at = row
        if story:
            refresh_story(self._conn, story)  # type: ignore[arg-type]
        old_raw = None if raw is None else bytes(raw).decode("utf-8", "surrogatepass")
        if old_raw is None:
            old_raw = records.raw_of(item)
        source = records.ArticleInput(old_raw, path, meta or records.meta_json(item), ingested_at)
        new_id = stored["id"]
        if self._insert(stored, record_json, source):
            self._place_story(new_id, stored, None, item)
        moved = None if new_id == article_id else f"replaces {article_id}"
        self._log(path, "reprocessed", moved, new_id)
        return Added("reprocessed", new_id)

    def _index(self, seq: int, title: str | None, text: str, header: str | None) -> None:
        # The title weighs A, the body and the header lines (masthead, dateline, byline,
        # credits: migration 0012_header_search) B: ts_rank ranks a title hit above any
        # body-only one, as SQLite's weights do for most articles (search.FTS5_WEIGHTS).
        self._conn.execute(
            "INSERT INTO articles_fts (seq, doc) VALUES (?,"
            " setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')"
            " || setweight(to_tsvector('simple', ?), 'B'))"
            " ON CONFLICT (seq) DO UPDATE SET doc = excluded.doc",
            (seq, lexemes(title or ""), lexemes(text[:MAX_INDEXED_CHARS]),
             lexemes((header or "")[:MAX_INDEXED_CHARS])),
        )

    def log_error(self, path: str, reason: str) -> None:
        self._log(path, "error", reason, None)

    def _stories(self) -> _Assigner:
        if self._assigner is None:
            self._assigner = _Assigner(self._conn, self.settings)  # type: ignore[arg-type]
        return self._assigner

    def assign_story(self, article_id: str) -> str:
        record = self.get(article_id)
        if record is None:
            raise StoreError(f"no article {article_id!r} in the store; add it first")
        record.pop("story", None)
        with self._pg.transaction():
            assigner = self._stories()
            story = assigner.choose(article_id, assigner.index(article_id, record))
            assigner.place(article_id, story)
        return story

    # reading
    def raw(self, article_id: str) -> str | None:
        row = self._conn.execute("SELECT raw FROM articles WHERE id = ?", (article_id,))
        found = row.fetchone()
        if found is None or found[0] is None:
            return None
        return bytes(found[0]).decode("utf-8", "surrogatepass")

    def articles(self, *, lang: str | None = None, story: str | None = None,
                 limit: int | None = None, offset: int = 0) -> Iterator[ArticleRow]:
        sql = f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE TRUE"
        params: list[Any] = []
        for column, value in (("lang", lang), ("story", story)):
            if value is not None:
                sql += f" AND {column} = ?"
                params.append(value)
        sql += " ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?"
        rows = self._conn.execute(sql, [*params, limit, offset]).fetchall()
        return (ArticleRow(*row) for row in rows)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        terms = search.parse_query(query)
        if not terms or limit <= 0:
            return []
        # Ranked among the newest search.max_ranked matches only, as in SQLite (see
        # khabar/store/search.py); article rows are read for the returned page alone.
        max_ranked = self.settings["search.max_ranked"]
        rows = self._conn.execute(
            "WITH q AS (SELECT to_tsquery('simple', ?) AS q),"
            " candidates AS (SELECT f.seq, f.doc FROM articles_fts f, q WHERE f.doc @@ q.q"
            " ORDER BY f.seq DESC LIMIT ?),"
            " ranked AS (SELECT c.seq, ts_rank(c.doc, q.q) AS score FROM candidates c, q"
            " ORDER BY score DESC, c.seq LIMIT ?)"
            " SELECT a.id, a.title, a.lang, a.published, a.text, r.score"
            " FROM ranked r JOIN articles a ON a.seq = r.seq ORDER BY r.score DESC, r.seq",
            (tsquery(terms), max_ranked if max_ranked > 0 else None, limit),
        ).fetchall()
        return self._header_snippets([SearchHit.of(row, terms) for row in rows], terms)

    def export_records(self) -> Iterator[dict[str, Any]]:
        # A server-side cursor WITH HOLD streams outside a transaction (autocommit).
        name = f"khabar_export_{next(_CURSORS)}"
        with self._pg.cursor(name=name, withhold=True) as cursor:
            cursor.execute('SELECT record, story, embedding FROM articles ORDER BY id COLLATE "C"')
            while chunk := cursor.fetchmany(BATCH_SIZE):
                for record, story, vector in chunk:
                    yield records.with_vector(with_story(record, story), vector)

    # the folded index
    def reindex(self) -> None:
        """Rebuild the full-text index, e.g. after the fold table changed."""
        with self._pg.transaction():
            self._conn.execute("DELETE FROM articles_fts")
            for seq, title, text, header in search.indexed_articles(self._conn):
                self._index(seq, title, text, header)
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES ('fold', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (search.fold_signature(),),
            )

    def integrity(self) -> str:
        """``ok``, or what disagrees: articles without an index row, or the reverse, or
        derived rows whose article is gone (the foreign keys should make these none)."""
        checks = {
            "articles missing from the full-text index":
                "SELECT count(*) FROM articles a LEFT JOIN articles_fts f ON f.seq = a.seq"
                " WHERE f.seq IS NULL",
            "articles whose story has no summary row":
                "SELECT count(*) FROM articles a LEFT JOIN stories s ON s.id = a.story"
                " WHERE a.story IS NOT NULL AND s.id IS NULL",
        }
        found = [f"{name}: {n}" for name, sql in checks.items()
                 if (n := _scalar(self._conn.execute(sql)))]
        return "; ".join(found) or "ok"

    # browsing: shared with the other backends through khabar/store/browse.py
    def add_api_token(self, token_id: str, digest: str, label: str | None) -> None:
        self._conn.execute("INSERT INTO api_tokens VALUES (?, ?, ?, ?)",
                           (token_id, digest, label, now_iso()))

    def delete_api_token(self, token_id: str) -> bool:
        gone = self._conn.execute("DELETE FROM api_tokens WHERE id = ?", (token_id,))
        return bool(gone.rowcount)


def _scalar(cursor: psycopg.Cursor[Any]) -> int:
    row = cursor.fetchone()
    return 0 if row is None else int(row[0])


def _redacted(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
