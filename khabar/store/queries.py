"""Read queries for browsing a store (the REST API and web UI), as functions of a
DB-API connection.

The SQL is kept to what SQLite and PostgreSQL share (row-value comparisons for keyset
pagination, ``coalesce``, ``EXISTS``; no JSON functions), so another backend can run
the same text with its own parameter style. Pages are keyset-paginated: a page ends
with the sort key of its last row, and ``after`` resumes strictly after it, so paging
stays fast and stable while articles are added.

An entity's identity is its ``key`` (``per:باقري``, ``geonames:1176615``), else its
``kb_id``: both are language-neutral, so one entity page gathers mentions in every script.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, Protocol

from khabar.store.records import ENTITY_TABLES, REFERENCE_TABLE

ENTITY_IDENTITY = "coalesce(en.key, en.kb_id)"

try:  # orjson (the web extra) encodes the API's busiest listing ~10x faster than json
    import orjson

    def _dumps(value: Any) -> str:
        return orjson.dumps(value).decode("utf-8")
except ImportError:  # pragma: no cover - the same JSON, more slowly
    def _dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


@dataclass(frozen=True)
class Filters:
    """What a listing of articles or events is narrowed to; ``None`` means any."""

    lang: str | None = None
    outlet: str | None = None
    """Matches the outlet's name as written or its English name."""
    date_from: str | None = None
    """``YYYY-MM-DD``, inclusive (an article's day; an event's date, else its article's)."""
    date_to: str | None = None
    entity: str | None = None
    """An entity key or kb_id mentioned in the article."""
    event_type: str | None = None
    story: str | None = None


def _article_where(filters: Filters, day: str) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    simple = (("a.lang", filters.lang), ("a.story", filters.story))
    for column, value in simple:
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if filters.outlet is not None:
        clauses.append("(a.outlet = ? OR a.outlet_en = ?)")
        params += [filters.outlet, filters.outlet]
    if filters.date_from is not None:
        clauses.append(f"{day} >= ?")
        params.append(filters.date_from)
    if filters.date_to is not None:
        clauses.append(f"{day} <= ?")
        params.append(filters.date_to)
    if filters.entity is not None:
        # an article whose headline or dateline names the entity is about it too, even
        # where its body says only «وی» or the role; and one whose body refers to it by
        # a role alone («رئیس جمهور», table reference_mentions, session 25), as before
        # the references left the entities
        tables = (*ENTITY_TABLES, REFERENCE_TABLE)
        clauses.append("(" + " OR ".join(
            f"EXISTS (SELECT 1 FROM {table} en WHERE en.article_seq = a.seq"
            f" AND {ENTITY_IDENTITY} = ?)" for table in tables) + ")")
        params += [filters.entity] * len(tables)
    return " AND ".join(clauses) or "1 = 1", params


ARTICLE_COLUMNS = (
    "a.id, a.lang, a.published, a.title, a.outlet, a.url, a.n_entities, a.n_events,"
    " a.n_quotes, a.story, a.ingested_at, a.source_path"
)
_ARTICLE_ORDER = "coalesce(a.day, ''), coalesce(a.published, ''), a.id"


def article_page(conn: Connection, filters: Filters, limit: int,
                 after: list[Any] | None = None) -> list[tuple[tuple[Any, ...], list[Any]]]:
    """Articles newest first (undated last): ``(row, sort key)`` pairs."""
    where, params = _article_where(filters, "a.day")
    if filters.event_type is not None:
        where += " AND EXISTS (SELECT 1 FROM events ev WHERE ev.article_id = a.id AND ev.type = ?)"
        params.append(filters.event_type)
    if after is not None:
        where += f" AND ({_ARTICLE_ORDER}) < (?, ?, ?)"
        params += after
    rows = conn.execute(
        f"SELECT {ARTICLE_COLUMNS}, {_ARTICLE_ORDER} FROM articles a WHERE {where}"
        " ORDER BY coalesce(a.day, '') DESC, coalesce(a.published, '') DESC, a.id DESC"
        " LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [(tuple(row[:12]), list(row[12:])) for row in rows]


def event_page(conn: Connection, filters: Filters, limit: int,
               after: list[Any] | None = None) -> list[dict[str, Any]]:
    """Events as contract objects plus ``article`` (id, lang, title, published) and
    ``n`` (position in the article), in (article id, n) order."""
    return [_event(row) for row in _event_rows(conn, filters, limit, after)]


def event_page_json(conn: Connection, filters: Filters, limit: int,
                    after: list[Any] | None = None) -> list[tuple[str, int, str]]:
    """The same page as ``event_page``, each event as JSON text (with its article id and
    n): the stored JSON is spliced, not parsed and dumped again, which makes the REST
    API's busiest listing several times cheaper."""
    return [(row[0], row[1], _event_json(row)) for row in _event_rows(conn, filters, limit, after)]


def _event_json(row: tuple[Any, ...]) -> str:
    article_id, n, event_json, lang, title, published = row
    article = _dumps({"id": article_id, "lang": lang, "title": title, "published": published})
    inner = event_json.strip()[1:-1].strip()
    return f'{{{inner}{", " if inner else ""}"article": {article}, "n": {int(n)}}}'


def _event_rows(conn: Connection, filters: Filters, limit: int,
                after: list[Any] | None) -> list[tuple[Any, ...]]:
    where, params = _article_where(filters, "coalesce(ev.date, a.day)")
    if filters.event_type is not None:
        where += " AND ev.type = ?"
        params.append(filters.event_type)
    if after is not None:
        where += " AND (ev.article_id, ev.n) > (?, ?)"
        params += after
    rows = conn.execute(
        "SELECT ev.article_id, ev.n, ev.json, a.lang, a.title, a.published"
        f" FROM events ev JOIN articles a ON a.id = ev.article_id WHERE {where}"
        " ORDER BY ev.article_id, ev.n LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [tuple(row) for row in rows]


def _event(row: tuple[Any, ...]) -> dict[str, Any]:
    article_id, n, event_json, lang, title, published = row
    event: dict[str, Any] = json.loads(event_json)
    event["article"] = {"id": article_id, "lang": lang, "title": title, "published": published}
    event["n"] = n
    return event


def quote_page(conn: Connection, article: str | None, speaker: str | None, limit: int,
               after: list[Any] | None = None) -> list[dict[str, Any]]:
    """Quotes with their article; ``speaker`` matches the speaker's kb_id or English name."""
    clauses, params = ["1 = 1"], []
    if article is not None:
        clauses.append("q.article_id = ?")
        params.append(article)
    if speaker is not None:
        clauses.append("(q.speaker_kb_id = ? OR q.speaker_name = ?)")
        params += [speaker, speaker]
    if after is not None:
        clauses.append("(q.article_id, q.n) > (?, ?)")
        params += after
    rows = conn.execute(
        "SELECT q.article_id, q.n, q.text, q.start, q.\"end\", q.speaker_name,"
        " q.speaker_kb_id, a.lang, a.title FROM quotes q JOIN articles a ON a.id = q.article_id"
        f" WHERE {' AND '.join(clauses)} ORDER BY q.article_id, q.n LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [
        {"article": {"id": aid, "lang": lang, "title": title}, "n": n, "text": text,
         "start": start, "end": end, "speaker": {"name_en": name, "kb_id": kb}}
        for aid, n, text, start, end, name, kb, lang, title in rows
    ]


def entity_list(conn: Connection, entity_type: str | None, limit: int,
                offset: int = 0) -> list[dict[str, Any]]:
    """Entities by number of mentions, most first: body, headline and header-line mentions
    alike, so an outlet or writer named only in bylines is listed too."""
    where, params = f"{ENTITY_IDENTITY} IS NOT NULL", []
    if entity_type is not None:
        where += " AND en.type = ?"
        params.append(entity_type)
    every_mention = " UNION ALL ".join(
        f"SELECT key, kb_id, type, name_en, country, article_id, text FROM {table}"
        for table in ENTITY_TABLES)
    rows = conn.execute(
        f"SELECT {ENTITY_IDENTITY} AS ident, min(en.type), max(en.name_en), max(en.country),"
        " count(*), count(DISTINCT en.article_id), min(en.text)"
        f" FROM ({every_mention}) en WHERE {where} GROUP BY ident"
        " ORDER BY count(*) DESC, ident LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [
        {"key": key, "type": kind, "name_en": name, "country": country, "mentions": mentions,
         "articles": articles, "text": text}
        for key, kind, name, country, mentions, articles, text in rows
    ]


def entity_detail(conn: Connection, key: str, limit: int = 500) -> dict[str, Any] | None:
    """Everything an entity page shows: names by language, roles over time, mentions,
    co-occurring entities and mentions per day; ``None`` when the key is unknown."""
    mentions = _body_rows(conn, "entities", key, limit)
    headlines = title_mentions(conn, key, limit)
    datelines = header_mentions(conn, key, limit)
    if not mentions:
        return _headline_only(key, headlines, datelines)
    return {
        "key": key,
        "type": Counter(row[2] for row in mentions).most_common(1)[0][0],
        "kb_id": next((row[6] for row in mentions if row[6]), None),
        "name_en": next((row[7] for row in mentions if row[7]), None),
        "country": next((row[8] for row in mentions if row[8]), None),
        "names": _names(mentions),
        # the references («وی», a role phrase) are no names, but tell the roles held
        "roles": _roles(mentions + _body_rows(conn, REFERENCE_TABLE, key, limit)),
        "mentions": [_mention(row) for row in mentions],
        "timeline": _timeline(mentions),
        "cooccurring": cooccurring(conn, key),
        "headlines": headlines,
        "datelines": datelines,
    }


def _body_rows(conn: Connection, table: str, key: str, limit: int) -> list[tuple[Any, ...]]:
    """An entity's rows in ``table`` (``entities``, or ``reference_mentions``) with their
    article's language, title, day and outlet, newest first."""
    rows: list[tuple[Any, ...]] = conn.execute(
        "SELECT en.article_id, en.n, en.type, en.text, en.start, en.\"end\", en.kb_id,"
        " en.name_en, en.country, en.role, a.lang, a.title, a.day, a.outlet"
        f" FROM {table} en JOIN articles a ON a.seq = en.article_seq WHERE {ENTITY_IDENTITY} = ?"
        " ORDER BY coalesce(a.day, '') DESC, en.article_id, en.n LIMIT ?",
        [key, limit],
    ).fetchall()
    return rows


def title_mentions(conn: Connection, key: str, limit: int = 500) -> list[dict[str, Any]]:
    """The headlines naming an entity (table ``title_entities``), newest first."""
    return _side_mentions(conn, "title_entities", key, limit)


def header_mentions(conn: Connection, key: str, limit: int = 500) -> list[dict[str, Any]]:
    """The mastheads, datelines, bylines and dropped credit lines naming an entity (table
    ``header_entities``), newest first: an outlet or writer named there only is in no body
    mention."""
    return _side_mentions(conn, "header_entities", key, limit)


def _side_mentions(conn: Connection, table: str, key: str,
                   limit: int) -> list[dict[str, Any]]:
    """An entity's rows in ``table``, one of the tables of entities beside the body."""
    rows = conn.execute(
        "SELECT en.article_id, en.type, en.text, en.kb_id, en.name_en, en.country, a.lang,"
        " a.title, a.day, a.outlet"
        f" FROM {table} en JOIN articles a ON a.seq = en.article_seq"
        f" WHERE {ENTITY_IDENTITY} = ?"
        " ORDER BY coalesce(a.day, '') DESC, en.article_id, en.n LIMIT ?",
        [key, limit],
    ).fetchall()
    return [{"article": {"id": row[0], "lang": row[6], "title": row[7], "day": row[8],
                         "outlet": row[9]},
             "type": row[1], "text": row[2], "kb_id": row[3], "name_en": row[4],
             "country": row[5]} for row in rows]


def _headline_only(key: str, headlines: list[dict[str, Any]],
                   datelines: list[dict[str, Any]]) -> dict[str, Any] | None:
    """An entity named in headlines or header lines only, never in a body: what they tell
    of it, headlines first; ``None`` when none do."""
    sides = headlines + datelines
    if not sides:
        return None
    names = Counter((h["article"]["lang"], h["text"]) for h in sides)
    return {
        "key": key,
        "type": Counter(h["type"] for h in sides).most_common(1)[0][0],
        "kb_id": next((h["kb_id"] for h in sides if h["kb_id"]), None),
        "name_en": next((h["name_en"] for h in sides if h["name_en"]), None),
        "country": next((h["country"] for h in sides if h["country"]), None),
        "names": [{"lang": lang, "text": text, "mentions": n}
                  for (lang, text), n in sorted(names.items(), key=lambda i: (-i[1], i[0]))],
        "roles": [], "mentions": [], "timeline": [], "cooccurring": [],
        "headlines": headlines, "datelines": datelines,
    }


def _mention(row: tuple[Any, ...]) -> dict[str, Any]:
    article_id, n, _type, text, start, end, *_ = row
    lang, title, day, outlet = row[10:14]
    return {"article": {"id": article_id, "lang": lang, "title": title, "day": day,
                        "outlet": outlet},
            "n": n, "text": text, "start": start, "end": end, "role": row[9]}


def _names(mentions: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    counts = Counter((row[10], row[3]) for row in mentions)
    return [{"lang": lang, "text": text, "mentions": n}
            for (lang, text), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _roles(mentions: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    spans: dict[str, list[str]] = {}
    for row in mentions:
        role, day = row[9], row[12]
        if role:
            spans.setdefault(role, []).extend([day] if day else [])
    return [{"role": role, "first_day": min(days) if days else None,
             "last_day": max(days) if days else None}
            for role, days in sorted(spans.items(), key=lambda item: min(item[1] or [""]))]


def _timeline(mentions: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    days = Counter(row[12] for row in mentions if row[12])
    return [{"day": day, "mentions": n} for day, n in sorted(days.items())]


def cooccurring(conn: Connection, key: str, limit: int = 20) -> list[dict[str, Any]]:
    """Entities mentioned in the same articles, by number of shared articles."""
    rows = conn.execute(
        f"SELECT {ENTITY_IDENTITY} AS ident, min(en.type), max(en.name_en), min(en.text),"
        " count(DISTINCT en.article_seq) AS shared FROM entities en"
        " WHERE en.article_seq IN (SELECT other.article_seq FROM entities other"
        " WHERE coalesce(other.key, other.kb_id) = ?)"
        f" AND {ENTITY_IDENTITY} IS NOT NULL AND {ENTITY_IDENTITY} <> ?"
        " GROUP BY ident ORDER BY shared DESC, ident LIMIT ?",
        [key, key, limit],
    ).fetchall()
    return [{"key": ident, "type": kind, "name_en": name, "text": text, "articles": shared}
            for ident, kind, name, text, shared in rows]


def entity_spans(conn: Connection, article_ids: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """Per article, its entities as (start, end, identity, type, text, name_en), then its
    references (table ``reference_mentions``): an event whose actor is «وی» is tied to the
    key of the person it resolves to, as when the record's entities held it."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for chunk_start in range(0, len(article_ids), 500):
        chunk = article_ids[chunk_start:chunk_start + 500]
        marks = ", ".join("?" for _ in chunk)
        both = " UNION ALL ".join(
            f"SELECT {rank} AS kind, article_seq, n, article_id, start, \"end\", key, kb_id,"
            f" type, text, name_en FROM {table}"
            for rank, table in enumerate(("entities", REFERENCE_TABLE)))
        rows = conn.execute(
            f"SELECT en.article_id, en.start, en.\"end\", {ENTITY_IDENTITY}, en.type, en.text,"
            f" en.name_en FROM ({both}) en WHERE en.article_seq IN"
            f" (SELECT seq FROM articles WHERE id IN ({marks}))"
            " ORDER BY en.article_seq, en.kind, en.n",
            chunk,
        ).fetchall()
        for article_id, *rest in rows:
            found.setdefault(article_id, []).append(tuple(rest))
    return found


def story_row(conn: Connection, story_id: str) -> tuple[Any, ...] | None:
    found: tuple[Any, ...] | None = conn.execute(
        "SELECT id, title, titles, first_day, last_day, n_articles, langs FROM stories"
        " WHERE id = ?",
        [story_id],
    ).fetchone()
    return found

