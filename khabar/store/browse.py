"""Browsing methods that SQLite and PostgreSQL share: the SQL is in ``queries.py``.

A mixin, listed before ``Store`` in each backend's bases so that these implementations
replace the ABC's "not supported" defaults.
"""

from __future__ import annotations

from typing import Any

from khabar.store import queries
from khabar.store.base import ArticleRow


class SharedBrowsing:
    """Needs ``self._conn``: a DB-API connection taking ``?`` parameters."""

    _conn: Any

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
