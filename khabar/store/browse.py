"""Reading methods that SQLite and PostgreSQL share, and the helpers both use.

The browsing SQL is in ``queries.py``.

A mixin, listed before ``Store`` in each backend's bases so that these implementations
replace the ABC's "not supported" defaults.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from khabar.export.contract import names_apart
from khabar.store import queries, records, search
from khabar.store.base import ArticleRow, LogEntry, SearchHit, StoredInput, StoryRow

ARTICLE_COLUMNS = (
    "id, lang, published, title, outlet, url, n_entities, n_events, n_quotes, story,"
    " ingested_at, source_path"
)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def with_story(record_json: str, story: str | None) -> dict[str, Any]:
    """A stored record as the contract gives it, with its story; one stored before
    ``references`` (session 25) has its references moved out of ``entities``
    (``contract.names_apart``; its rows move when it is reprocessed)."""
    record: dict[str, Any] = names_apart(json.loads(record_json))
    if story is not None:
        record["story"] = story
    return record


def story_row(row: tuple[Any, ...]) -> StoryRow:
    sid, title, titles, first, last, n, langs = row
    return StoryRow(sid, title, json.loads(titles), first, last, n,
                    tuple(langs.split(",")) if langs else ())


def path_of(item: object) -> str | None:
    if isinstance(item, records.Analysed):
        return item.path
    if isinstance(item, Mapping):
        return None
    path = getattr(item, "meta", {}).get("path")
    return None if path is None else str(path)


def _header_snippet(hit: SearchHit, header: str | None, terms: list[search.Term]
                    ) -> SearchHit:
    if hit.span is not None or not header:
        return hit
    shown, found = search.snippet(header, terms)
    return hit if found is None else replace(hit, snippet=shown)


class SharedReading:
    """Needs ``self._conn`` (a DB-API connection taking ``?`` parameters) and
    ``self._assigner`` (the story assigner, or None before the first story)."""

    _conn: Any
    _assigner: Any
    UNLIMITED: int | None = None
    """What ``LIMIT ?`` is given for no limit: NULL (PostgreSQL); SQLite's is -1."""

    def _header_snippets(self, hits: list[SearchHit], terms: list[search.Term]
                         ) -> list[SearchHit]:
        """``hits``, those that match no word of the text snippeted around the header
        line that matched instead (a byline, dateline or credit line: migration
        0012_header_search), so the page shows why the article was found. Their ``span``
        stays None: it points into the text. Only these hits' records are read."""
        unshown = [hit.id for hit in hits if hit.span is None]
        if not unshown:
            return hits
        marks = ", ".join("?" for _ in unshown)
        headers = {article_id: search.header_of(record) for article_id, record in
                   self._conn.execute(f"SELECT id, record FROM articles WHERE id IN ({marks})",
                                      unshown).fetchall()}
        return [_header_snippet(hit, headers.get(hit.id), terms) for hit in hits]

    def article_page(self, filters: queries.Filters, limit: int,
                     after: list[Any] | None = None) -> list[tuple[ArticleRow, list[Any]]]:
        return [(ArticleRow(*row), key)
                for row, key in queries.article_page(self._conn, filters, limit, after)]

    def event_page(self, filters: queries.Filters, limit: int,
                   after: list[Any] | None = None) -> list[dict[str, Any]]:
        return queries.event_page(self._conn, filters, limit, after)

    def event_page_json(self, filters: queries.Filters, limit: int,
                        after: list[Any] | None = None) -> list[tuple[str, int, str]]:
        return queries.event_page_json(self._conn, filters, limit, after)

    def quote_page(self, *, article: str | None, speaker: str | None, limit: int,
                   after: list[Any] | None = None) -> list[dict[str, Any]]:
        return queries.quote_page(self._conn, article, speaker, limit, after)

    def entity_list(self, *, entity_type: str | None, limit: int, offset: int = 0
                    ) -> list[dict[str, Any]]:
        return queries.entity_list(self._conn, entity_type, limit, offset)

    def entity(self, key: str) -> dict[str, Any] | None:
        return queries.entity_detail(self._conn, key)

    def entity_spans(self, article_ids: list[str]) -> dict[str, list[tuple[Any, ...]]]:
        return queries.entity_spans(self._conn, article_ids)

    def ids(self) -> list[str]:
        return sorted(row[0] for row in self._conn.execute("SELECT id FROM articles"))

    def stored_input(self, article_id: str) -> StoredInput | None:
        row = self._conn.execute(
            "SELECT meta, source_path, url FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        meta_text, path, url = row
        if meta_text:
            meta = json.loads(meta_text)
        else:  # stored before the store kept the hints: those the record still shows
            meta = {key: value for key, value in (("path", path), ("url", url)) if value}
        raw: str | None = self.raw(article_id)  # type: ignore[attr-defined]
        return StoredInput(raw, meta)

    def has(self, article_id: str) -> bool:
        found = self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,))
        return found.fetchone() is not None

    def get(self, article_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT record, story FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return None if row is None else with_story(row[0], row[1])

    def stats(self) -> dict[str, Any]:
        return {
            "articles": self._count("articles"),
            "articles_by_lang": self._group("articles", "coalesce(lang, 'unknown')"),
            "entities": self._count("entities"),
            "entities_by_type": self._group("entities", "type"),
            # apart from the names: pronouns, role phrases, governments read as a state
            "references": self._count(records.REFERENCE_TABLE),
            "events": self._count("events"),
            "events_by_type": self._group("events", "type"),
            "quotes": self._count("quotes"),
            "stories": self._count("stories"),
            "ingest": self._group("ingest_log", "status"),
            "ingest_errors": self._count("ingest_log", "status = 'error'"),
        }

    def _count(self, table: str, where: str = "1 = 1") -> int:
        return int(self._conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])

    def _group(self, table: str, column: str) -> dict[str, int]:
        rows = self._conn.execute(
            f"SELECT {column} AS k, count(*) FROM {table} GROUP BY k ORDER BY 2 DESC, 1"
        )
        return {key: n for key, n in rows}

    def _log(self, path: str | None, status: str, reason: str | None,
             article_id: str | None) -> None:
        self._conn.execute(
            "INSERT INTO ingest_log (path, status, reason, article_id, at) VALUES (?, ?, ?, ?, ?)",
            (path, status, reason, article_id, now_iso()),
        )

    def _forget(self, item: object) -> None:
        if self._assigner is not None:
            self._assigner.forget(records.record_id(item))

    def api_token_ids(self, digest: str | None = None) -> list[str]:
        where, params = ("WHERE digest = ?", [digest]) if digest is not None else ("", [])
        rows = self._conn.execute(f"SELECT id FROM api_tokens {where} ORDER BY id", params)
        return [row[0] for row in rows]

    def stories(self, *, limit: int | None = None) -> list[StoryRow]:
        rows = self._conn.execute(
            "SELECT id, title, titles, first_day, last_day, n_articles, langs FROM stories"
            " ORDER BY last_day IS NULL, last_day DESC, n_articles DESC, id LIMIT ?",
            (self.UNLIMITED if limit is None else limit,),
        )
        return [story_row(row) for row in rows]

    def ingest_log(self, *, status: str | None = None, limit: int | None = None
                   ) -> list[LogEntry]:
        where, params = ("WHERE status = ?", [status]) if status else ("", [])
        rows = self._conn.execute(
            "SELECT id, path, status, reason, article_id, at FROM ingest_log"
            f" {where} ORDER BY id DESC LIMIT ?",
            [*params, self.UNLIMITED if limit is None else limit],
        )
        return [LogEntry(*row) for row in rows]

    def story(self, story_id: str) -> StoryRow | None:
        row = queries.story_row(self._conn, story_id)
        return None if row is None else story_row(row)
