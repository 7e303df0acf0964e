"""Story assignment over the SQLite tables: blocking keys, neighbours, story rows.

The clustering decision itself belongs to ``khabar.stories.cluster``; this module only
finds an article's neighbours cheaply (articles sharing a blocking key, dated within
``stories.window_days``), hands them to ``best_story``, and keeps ``articles.story``
and the ``stories`` summary rows up to date. Cost per article is bounded by
``MAX_NEIGHBOURS``, so assigning a whole corpus stays linear. With ``stories.embedding``
on, it also embeds each new article's headline and lead once (``khabar.stories.embed``) and
keeps the vector in ``articles.embedding``; with it off, stored vectors are ignored.
"""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from khabar.settings import Settings
from khabar.stories import cluster
from khabar.stories.core import CORE_MEMBERS

MAX_NEIGHBOURS = 200
CACHE_SIZE = 4096
BUCKET_DAYS = 4
"""Days per bucket of ``story_keys``, its leading key column (``bucket_of``). Keys are
hashes: ordered by key alone, each key written lands on a random page of a tree as large
as the store, and once that tree outgrows a transaction's inserts every key dirties a page
of its own, which the commit writes (per article, the growth of its cost with the store's
size). Ordered by (bucket, key), a feed's keys land among the few pages of its last
days whatever the store's size; a lookup reads the two or three buckets its window
overlaps. The stored rows hold the bucket: changing this needs a migration."""
UNDATED = -1
"""The bucket of an undated article's keys (day ''): no window reaches it."""


class StoryAssigner:
    """Assigns stories on one connection; must run inside the caller's transaction."""

    _SEQ_STORY = "INDEXED BY articles_seq_story"
    """How a join reads an article's story by its seq: see ``_neighbour_ids``."""

    def __init__(self, conn: sqlite3.Connection, settings: Settings) -> None:
        self._conn = conn
        self._settings = settings
        self._embedding = bool(settings["stories.embedding"])
        self._cache: OrderedDict[str, cluster.StoryCandidate] = OrderedDict()

    def index(self, article_id: str, record: dict[str, Any],
              fingerprint: list[int] | None = None,
              vector: Any = None) -> cluster.StoryCandidate:
        """Record the article's blocking keys and fingerprint; returns its candidate.

        ``fingerprint`` and ``vector`` are ones already computed (``Doc.fingerprint``,
        ``Doc.embedding``), else the stored ones.
        """
        # the stored row is read only for what the caller did not bring
        unknown = fingerprint is None or (self._embedding and vector is None)
        stored, stored_vector = self._stored(article_id) if unknown else (None, None)
        candidate = cluster.candidate_from_record(
            _with_fingerprint(record, stored if fingerprint is None else fingerprint),
            self._vector(record, stored_vector if vector is None else vector))
        self._remember(article_id, candidate)
        self._conn.execute(
            # with the setting off a stored vector is kept, not erased (COALESCE)
            "UPDATE articles SET fingerprint = ?, embedding = COALESCE(?, embedding) WHERE id = ?",
            (json.dumps(list(candidate.fingerprint)),
             None if candidate.vector is None else _vector_bytes(candidate.vector),
             article_id),
        )
        # '' for undated: the primary key (bucket, key, day, article_id) holds no NULL
        day = candidate.day.isoformat() if candidate.day else ""
        bucket = bucket_of(candidate.day)
        # keyed by seq, which counts up: an article's keys append to the index that
        # deletes them (the content id would put them at random; migration 0007)
        [seq] = self._conn.execute("SELECT seq FROM articles WHERE id = ?",
                                   (article_id,)).fetchone()
        self._conn.execute("DELETE FROM story_keys WHERE article_seq = ?", (seq,))
        self._conn.executemany(
            "INSERT INTO story_keys (bucket, key, day, article_seq) VALUES (?, ?, ?, ?)",
            [(bucket, key, day, seq) for key in sorted(cluster.blocking_keys(candidate))],
        )
        return candidate

    def choose(self, article_id: str, candidate: cluster.StoryCandidate) -> str:
        """The story a neighbour's cluster offers, else a new story id."""
        neighbours = self._neighbours(article_id, candidate)
        # only the article being placed carries its common keys (see StoryCandidate.common)
        candidate = replace(candidate, common=self._common(candidate))
        story = cluster.best_story(candidate, neighbours, self._settings,
                                   lambda s: self._members(s, candidate))
        return story or cluster.new_story_id(candidate)

    def _common(self, candidate: cluster.StoryCandidate) -> frozenset[str]:
        """The candidate's keys that articles of many stories of its window hold
        (``cluster.common_keys``), counted in ``story_keys`` (specific keys are blocking
        keys): the cost is the window's holders of its keys, not the store's size."""
        days = window(candidate.day, self._settings["stories.window_days"])
        keys = sorted(k for k in candidate.keys if cluster.key_weight(k) == 1.0
                      and not k.startswith("num:"))
        if days is None or not keys or self._settings["stories.common_key_stories"] <= 0:
            return frozenset()
        buckets = key_buckets(self._conn, days)
        stories = dict(self._conn.execute(
            "SELECT k.key, COUNT(DISTINCT a.story) FROM story_keys k"
            f" JOIN articles a {self._SEQ_STORY} ON a.seq = k.article_seq"
            f" WHERE k.bucket IN ({','.join('?' * len(buckets))})"
            f" AND k.key IN ({','.join('?' * len(keys))}) AND k.day BETWEEN ? AND ?"
            " GROUP BY k.key",
            [*buckets, *keys, *(day.isoformat() for day in days)]).fetchall())
        return cluster.common_keys(keys, stories, self._settings)

    def _members(self, story: str, candidate: cluster.StoryCandidate
                 ) -> list[cluster.StoryCandidate]:
        """The story's ``CORE_MEMBERS`` most recent members dated within the window of the
        candidate (any date for an undated candidate), for ``core.fits_core``."""
        days = window(candidate.day, self._settings["stories.window_days"])
        # newest first by seq: the index articles_story(story) holds the rowid, so only
        # the members read are visited. They are read on past the newest CORE_MEMBERS
        # until that many fall in the window: an article that arrives after later-dated
        # ones (a backfill) is judged by its own days' members, not let in with no core.
        rows = self._conn.execute(
            "SELECT id, day FROM articles WHERE story = ? ORDER BY seq DESC", (story,))
        ids: list[str] = []
        while len(ids) < CORE_MEMBERS and (batch := rows.fetchmany(CORE_MEMBERS)):
            ids += [member for member, day in batch if days is None
                    or (day and days[0].isoformat() <= day <= days[1].isoformat())]
        rows.close()
        ids = ids[:CORE_MEMBERS]
        known = {member: self._candidate(member) for member in ids if member in self._cache}
        known.update(self._load([member for member in ids if member not in known]))
        return [known[member] for member in ids]

    def place(self, article_id: str, story: str) -> None:
        """Put the article in ``story`` and bring the summaries it touches up to date."""
        old, *member = self._conn.execute(
            "SELECT story, lang, title, day, published FROM articles WHERE id = ?",
            (article_id,)).fetchone()
        self._conn.execute("UPDATE articles SET story = ? WHERE id = ?", (story, article_id))
        if old is None:  # a new member: updated in place, whatever the story's size
            join_story(self._conn, story, (*member, article_id))
            return
        if old != story:
            refresh_story(self._conn, old)
        refresh_story(self._conn, story)

    def _neighbour_ids(
        self, article_id: str, candidate: cluster.StoryCandidate
    ) -> list[tuple[str, str]]:
        """(article id, story) of the articles sharing most blocking keys, in the window."""
        keys = sorted(cluster.blocking_keys(candidate))
        if not keys:
            return []
        days = window(candidate.day, self._settings["stories.window_days"])
        buckets = key_buckets(self._conn, days)
        sql = (
            # the row holds the text, raw input and record before the story (overflow
            # pages): the index (seq, story, id) answers alone, as the planner would not
            # choose it over the rowid
            "SELECT a.id, a.story FROM story_keys k"
            " JOIN articles a INDEXED BY articles_seq_story ON a.seq = k.article_seq"
            f" WHERE k.bucket IN ({','.join('?' * len(buckets))})"
            f" AND k.key IN ({','.join('?' * len(keys))}) AND a.id != ?"
            " AND a.story IS NOT NULL"
        )
        params: list[Any] = [*buckets, *keys, article_id]
        if days is not None:
            sql += " AND k.day BETWEEN ? AND ?"
            params += [day.isoformat() for day in days]
        sql += " GROUP BY k.article_seq ORDER BY COUNT(*) DESC, a.id LIMIT ?"
        return self._conn.execute(sql, [*params, MAX_NEIGHBOURS]).fetchall()

    def _neighbours(
        self, article_id: str, candidate: cluster.StoryCandidate
    ) -> list[tuple[str, cluster.StoryCandidate]]:
        found = self._neighbour_ids(article_id, candidate)
        # Held here, not re-read from the cache: loading the missing ones may evict
        # cached ones when the cache is full (a KeyError at ~40k articles, once).
        known = {neighbour: self._candidate(neighbour) for neighbour, _ in found
                 if neighbour in self._cache}
        known.update(self._load([neighbour for neighbour, _ in found if neighbour not in known]))
        return [(story, known[neighbour]) for neighbour, story in found]

    def _stored(self, article_id: str) -> tuple[list[int] | None, bytes | None]:
        """The stored fingerprint and vector bytes of an article (None when absent)."""
        row = self._conn.execute(
            "SELECT fingerprint, embedding FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if not row:
            return None, None
        return (json.loads(row[0]) if row[0] else None), row[1]

    def _vector(self, record: dict[str, Any], known: Any) -> Any:
        """The article's vector when ``stories.embedding`` is on: the one the analysis
        computed or the stored bytes, else embedded now; None when the setting is off."""
        if not self._embedding:
            return None
        if isinstance(known, bytes | memoryview):
            return self._stored_vector(known)
        if known is not None:
            return known
        from khabar.stories import embed  # numpy and the model only when the setting is on

        return embed.embed([embed.lead_text(record)])[0]

    def _load(self, article_ids: list[str]) -> dict[str, cluster.StoryCandidate]:
        loaded = {}
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start : start + 500]
            rows = self._conn.execute(
                "SELECT id, record, fingerprint, embedding FROM articles"
                f" WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for found, record, fingerprint, vector in rows:
                stored = json.loads(fingerprint) if fingerprint else None
                candidate = cluster.candidate_from_record(
                    _with_fingerprint(json.loads(record), stored), self._stored_vector(vector))
                self._remember(found, candidate)
                loaded[found] = candidate
        return loaded

    def _stored_vector(self, data: bytes | memoryview | None) -> Any:
        if not self._embedding:
            return None
        from khabar.stories import embed

        return embed.from_bytes(data)

    def _candidate(self, article_id: str) -> cluster.StoryCandidate:
        self._cache.move_to_end(article_id)
        return self._cache[article_id]

    def _remember(self, article_id: str, candidate: cluster.StoryCandidate) -> None:
        self._cache[article_id] = candidate
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def forget(self, article_id: str) -> None:
        """Drop a cached candidate (after a rollback removed the article)."""
        self._cache.pop(article_id, None)


def bucket_of(day: date | None) -> int:
    """The ``story_keys`` bucket of an article dated ``day`` (see ``BUCKET_DAYS``)."""
    return UNDATED if day is None else day.toordinal() // BUCKET_DAYS


def window(day: date | None, days: int) -> tuple[date, date] | None:
    """The first and last day a neighbour of an article dated ``day`` may have (None:
    undated, any day)."""
    if day is None:
        return None
    return day - timedelta(days=days), day + timedelta(days=days)


_ALL_BUCKETS = (  # one index seek per bucket, not a scan of the keys
    "WITH RECURSIVE b(x) AS (SELECT min(bucket) FROM story_keys UNION ALL"
    " SELECT (SELECT min(bucket) FROM story_keys WHERE bucket > b.x) FROM b"
    " WHERE b.x IS NOT NULL) SELECT x FROM b WHERE x IS NOT NULL"
)


def key_buckets(conn: Any, days: tuple[date, date] | None) -> list[int]:
    """The buckets holding the keys of articles dated within ``days``: every stored
    bucket, undated included, for an undated article, which any article may join."""
    if days is None:
        return [row[0] for row in conn.execute(_ALL_BUCKETS).fetchall()]
    first, last = days
    return list(range(bucket_of(first), bucket_of(last) + 1))


def _vector_bytes(vector: Any) -> bytes:
    from khabar.stories import embed

    return embed.to_bytes(vector)


def _with_fingerprint(record: dict[str, Any], fingerprint: list[int] | None) -> dict[str, Any]:
    """The record as ``candidate_from_record`` should see it: with a known fingerprint."""
    return {**record, "fingerprint": fingerprint} if fingerprint else record


#: A story member as the summary needs it: (lang, title, day, published, id).
Member = tuple[str | None, str | None, str | None, str | None, str]


def _order(member: Member) -> list[Any]:
    """A member's place in the story's order: undated last, then day, published, id
    (``refresh_story``'s ORDER BY; day is null exactly when published is)."""
    _, _, day, published, article_id = member
    return [day is None, day or "", published or "", article_id]


class _Summary:
    """A story's summary row. ``holders`` keeps the order key of the member whose headline
    is the story's title (key "") and of each language's earliest headline, so that a
    new member updates the row without reading the others."""

    def __init__(self, titles: dict[str, str], holders: dict[str, list[Any]],
                 days: list[str], n_articles: int, langs: set[str],
                 title: str | None = None) -> None:
        self.title, self.titles, self.holders = title, titles, holders
        self.days, self.n_articles, self.langs = days, n_articles, langs

    def join(self, member: Member) -> None:
        lang, title, day, _, _ = member
        self.n_articles += 1
        self.days += [day] if day else []
        self.langs |= {lang} if lang else set()
        if not title:
            return
        order = _order(member)
        if "" not in self.holders or order < self.holders[""]:
            self.title, self.holders[""] = title, order
        if lang and (lang not in self.holders or order < self.holders[lang]):
            self.titles[lang], self.holders[lang] = title, order

    def row(self, story: str) -> dict[str, Any]:
        return {
            "id": story, "title": self.title,
            "titles": json.dumps(self.titles, ensure_ascii=False, sort_keys=True),
            "first_day": min(self.days, default=None),
            "last_day": max(self.days, default=None),
            "n_articles": self.n_articles, "langs": ",".join(sorted(self.langs)),
            "holders": json.dumps(self.holders, ensure_ascii=False, sort_keys=True),
        }


_WRITE_SUMMARY = (
    "INSERT INTO stories (id, title, titles, first_day, last_day, n_articles, langs, holders)"
    " VALUES (:id, :title, :titles, :first_day, :last_day, :n_articles, :langs, :holders)"
    " ON CONFLICT (id) DO UPDATE SET title = excluded.title, titles = excluded.titles,"
    " first_day = excluded.first_day, last_day = excluded.last_day,"
    " n_articles = excluded.n_articles, langs = excluded.langs, holders = excluded.holders"
)


def refresh_story(conn: sqlite3.Connection, story: str) -> None:
    """Recompute a story's summary row from all its members (deleted when it has none)."""
    rows = conn.execute(
        "SELECT lang, title, day, published, id FROM articles WHERE story = ?", (story,)
    ).fetchall()
    if not rows:
        conn.execute("DELETE FROM stories WHERE id = ?", (story,))
        return
    summary = _Summary({}, {}, [], 0, set())
    for member in rows:
        summary.join(member)
    conn.execute(_WRITE_SUMMARY, summary.row(story))


def join_story(conn: sqlite3.Connection, story: str, member: Member) -> None:
    """Update a story's summary for one new member (cost independent of its size)."""
    row = conn.execute(
        "SELECT title, titles, first_day, last_day, n_articles, langs, holders"
        " FROM stories WHERE id = ?", (story,)).fetchone()
    if row is None:
        summary = _Summary({}, {}, [], 0, set())
    elif row[6] is None:  # written before the store kept holders: read every member once
        refresh_story(conn, story)
        return
    else:
        title, titles, first, last, n_articles, langs, holders = row
        summary = _Summary(json.loads(titles), json.loads(holders),
                           [day for day in (first, last) if day], n_articles,
                           set(langs.split(",")) if langs else set(), title)
    summary.join(member)
    conn.execute(_WRITE_SUMMARY, summary.row(story))
