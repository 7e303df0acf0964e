"""The store interface every backend implements (SQLite now, PostgreSQL later).

A store keeps analysed articles as contract records (OUTPUT.md) plus tables derived
from them (entities, events, quotes, stories, a folded full-text index) and an ingest
log in which every input is recorded as ``ok``, ``duplicate`` or ``error``.

Articles are immutable and keyed by their content hash, so adding is idempotent.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from khabar.doc import Doc
from khabar.errors import StoreError
from khabar.store import search
from khabar.store.queries import Filters
from khabar.store.records import Analysed

#: What ``add`` accepts: an analysed Doc, a contract record (a dict from JSONL), or a
#: record with its raw input, ingest hints and fingerprint (``records.Analysed``).
Item = Doc | Mapping[str, Any] | Analysed

#: Statuses in the ingest log (``add`` reports ``added`` for a log entry ``ok``;
#: ``reprocessed``: ``replace`` stored a new analysis of the article's raw input).
LOG_STATUSES = ("ok", "duplicate", "error", "reprocessed")


class Added(str):
    """The status of an add (a ``str``), carrying the article ``id``.

    ``added`` (stored), ``duplicate`` (already there; nothing changed) or ``error``
    (``add_many`` only: rolled back and logged, see ``reason``). So
    ``counts[store.add(doc)] += 1`` counts outcomes, and ``.id`` names the article.
    """

    id: str
    reason: str | None

    def __new__(cls, status: str, article_id: str, reason: str | None = None) -> Added:
        added = super().__new__(cls, status)
        added.id = article_id
        added.reason = reason
        return added

    @property
    def status(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"Added({str(self)!r}, id={self.id!r})"


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str | None
    lang: str | None
    published: str | None
    snippet: str
    """Original text around the first hit; when the text has none, the header lines
    (byline, dateline, credits) around theirs; else the start of the text."""
    score: float
    """Higher is better: SQLite's negated BM25 (``search.FTS5_WEIGHTS``), PostgreSQL's
    ``ts_rank`` (title weight A, body and header lines B)."""
    span: tuple[int, int] | None = None
    """Offsets in the article's ``text`` of the first hit shown in the snippet (None when
    the snippet shows no hit in the text)."""

    @classmethod
    def of(cls, row: tuple[Any, ...], terms: list[search.Term]) -> SearchHit:
        """A hit from an article row ``(id, title, lang, published, text, score)`` (score
        higher is better), with the snippet around the first of the query's terms."""
        article_id, title, lang, published, text, score = row
        shown, span = search.snippet(text, terms)
        return cls(article_id, title, lang, published, shown, score, span)


@dataclass(frozen=True)
class ArticleRow:
    id: str
    lang: str | None
    published: str | None
    title: str | None
    outlet: str | None
    url: str | None
    n_entities: int
    n_events: int
    n_quotes: int
    story: str | None
    ingested_at: str
    source_path: str | None


@dataclass(frozen=True)
class StoryRow:
    id: str
    title: str | None
    titles: dict[str, str]
    """The earliest headline in each language."""
    first_day: str | None
    last_day: str | None
    n_articles: int
    langs: tuple[str, ...]


@dataclass(frozen=True)
class StoredInput:
    """What an article was analysed from: the decoded input and the ingest hints."""

    raw: str | None
    """``None`` for an article imported as a record without its input."""
    meta: dict[str, Any]
    """``Doc.meta`` at ingest (format, url, title, date, source, path); for articles
    stored before the store kept it, the hints the record still shows (url, path)."""


@dataclass(frozen=True)
class LogEntry:
    id: int
    path: str | None
    status: str
    reason: str | None
    article_id: str | None
    at: str


class Store(ABC):
    """A khabar store; use it as a context manager so it is closed."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None: ...

    # writing
    @abstractmethod
    def add(self, item: Item, *, raw: str | None = None, source_path: str | None = None) -> Added:
        """Store one article in one transaction: ``added`` or ``duplicate`` (logged).

        A record breaking the contract raises ``ContractError``, a database failure
        ``StoreError``; either is rolled back whole and NOT logged: the caller records
        it with ``log_error`` (as ``khabar.batch`` does). ``raw`` defaults to ``Doc.raw``
        (or a record's ``raw``), ``source_path`` to ``Doc.meta["path"]``.
        """

    @abstractmethod
    def add_many(self, items: Iterable[Item]) -> list[Added]:
        """Store many articles in batched transactions; one that fails is rolled back
        alone, logged as an error and reported with status ``error``."""

    def import_records(self, records: Iterable[Mapping[str, Any]]) -> int:
        """Import contract records (e.g. an export), keeping their ``story`` ids;
        returns how many were added (failures are in the ingest log)."""
        return sum(1 for added in self.add_many(records) if added == "added")

    @abstractmethod
    def replace(self, article_id: str, item: Item) -> Added:
        """Replace a stored article's analysis by ``item`` in one transaction.

        ``item`` is a new analysis of the article's input (``khabar reprocess``): its
        entities, events, quotes and index rows replace the old ones, the article leaves
        its story (whose summary is refreshed) and is assigned again, and the ingest log
        gains a ``reprocessed`` entry (earlier entries are kept). The raw input, source
        path and first ingest time are kept. When ``item`` has another id (an upgrade
        changed the id), the old article is removed and ``item`` takes its place, or,
        when ``item`` is stored already, the old one is just removed. Returns
        ``Added("reprocessed", new id)``; an unknown ``article_id`` raises ``StoreError``.
        """

    @abstractmethod
    def log_error(self, path: str, reason: str) -> None:
        """Record an input that could not be read or analysed."""

    @abstractmethod
    def assign_story(self, article_id: str) -> str:
        """Put a stored article in a story (joining a neighbour's or a new one)."""

    # reading
    @abstractmethod
    def has(self, article_id: str) -> bool: ...

    @abstractmethod
    def get(self, article_id: str) -> dict[str, Any] | None:
        """The contract record of an article, with ``story``; ``None`` when absent."""

    @abstractmethod
    def raw(self, article_id: str) -> str | None:
        """The decoded input an article was analysed from, when the store has it."""

    @abstractmethod
    def stored_input(self, article_id: str) -> StoredInput | None:
        """The raw input and ingest hints of an article; ``None`` when absent."""

    @abstractmethod
    def ids(self) -> list[str]:
        """The ids of every stored article, sorted."""

    @abstractmethod
    def articles(
        self,
        *,
        lang: str | None = None,
        story: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Iterator[ArticleRow]:
        """Articles, newest first (undated last)."""

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search, folded for Arabic-script variants; never a syntax error."""

    @abstractmethod
    def export_records(self) -> Iterator[dict[str, Any]]:
        """Every stored contract record, ``story`` filled, sorted by id."""

    @abstractmethod
    def stats(self) -> dict[str, Any]: ...

    @abstractmethod
    def stories(self, *, limit: int | None = None) -> list[StoryRow]:
        """Stories, most recent last day first."""

    @abstractmethod
    def integrity(self) -> str:
        """``ok``, or the database's description of what is damaged."""

    @abstractmethod
    def ingest_log(
        self, *, status: str | None = None, limit: int | None = None
    ) -> list[LogEntry]:
        """Ingest log entries, newest first."""

    # browsing (the REST API and web UI); a backend without them refuses clearly
    def _unsupported(self, what: str) -> StoreError:
        return StoreError(f"{type(self).__name__} cannot {what}; use the SQLite store")

    def article_page(self, filters: Filters, limit: int, after: list[Any] | None = None
                     ) -> list[tuple[ArticleRow, list[Any]]]:
        """Filtered articles newest first, each with its sort key (pass the last one as
        ``after`` for the next page)."""
        raise self._unsupported("list articles by page")

    def event_page(self, filters: Filters, limit: int, after: list[Any] | None = None
                   ) -> list[dict[str, Any]]:
        """Filtered events (contract objects with ``article`` and ``n``); resume after
        ``[article id, n]``."""
        raise self._unsupported("list events")

    def event_page_json(self, filters: Filters, limit: int, after: list[Any] | None = None
                        ) -> list[tuple[str, int, str]]:
        """``event_page`` as ``(article id, n, event JSON text)``, for fast responses."""
        raise self._unsupported("list events")

    def quote_page(self, *, article: str | None, speaker: str | None, limit: int,
                   after: list[Any] | None = None) -> list[dict[str, Any]]:
        raise self._unsupported("list quotes")

    def entity_list(self, *, entity_type: str | None, limit: int, offset: int = 0
                    ) -> list[dict[str, Any]]:
        raise self._unsupported("list entities")

    def entity(self, key: str) -> dict[str, Any] | None:
        """An entity by key or kb_id: names, roles, mentions, co-occurring, timeline."""
        raise self._unsupported("describe entities")

    def entity_spans(self, article_ids: list[str]) -> dict[str, list[tuple[Any, ...]]]:
        """Per article: (start, end, key, type, text, name_en) of each entity."""
        raise self._unsupported("list entity spans")

    def story(self, story_id: str) -> StoryRow | None:
        raise self._unsupported("read a story")

    # API tokens: only their SHA-256 digests are stored
    def add_api_token(self, token_id: str, digest: str, label: str | None) -> None:
        raise self._unsupported("store API tokens")

    def api_token_ids(self, digest: str | None = None) -> list[str]:
        """Ids of all tokens, or of the one with this digest."""
        raise self._unsupported("read API tokens")

    def delete_api_token(self, token_id: str) -> bool:
        raise self._unsupported("delete API tokens")
