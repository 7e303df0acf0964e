"""The REST API: read endpoints over the store, and token-protected ingest.

Lists answer ``{"items": [...], "next": cursor or null}``; articles, events and quotes
are the contract objects of OUTPUT.md (events and quotes with their ``article``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from khabar.export import EVENT_FLAGS, flag_cells
from khabar.store.queries import Filters
from khabar.web import cursor, graphs
from khabar.web.ingest import ingest_body
from khabar.web.params import FiltersDep, ListingDep, PageDep, StoreDep, find_entity

router = APIRouter(prefix="/api")
CSV_MAX_EVENTS = 100_000


def _page(items: list[Any], limit: int, last_key: list[Any] | None) -> JSONResponse:
    more = len(items) > limit
    return JSONResponse({"items": items[:limit],
                         "next": cursor.encode(last_key) if more and last_key else None})


@router.get("/articles")
async def list_articles(store: StoreDep, filters: FiltersDep, page: PageDep) -> JSONResponse:
    """Articles newest first, filtered by language, outlet, dates, entity, event type, story."""
    rows = store.article_page(filters, page.limit + 1, page.after(3))
    items = [asdict(row) for row, _ in rows]
    return _page(items, page.limit, rows[page.limit - 1][1] if len(rows) > page.limit else None)


@router.get("/articles/{article_id}")
async def get_article(article_id: str, store: StoreDep) -> JSONResponse:
    """One article's contract record (with ``story``)."""
    record = store.get(article_id)
    if record is None:
        raise HTTPException(404, f"no article {article_id!r}; list ids at /api/articles")
    return JSONResponse(record)


@router.post("/articles", status_code=201)
async def post_articles(request: Request) -> JSONResponse:
    """Ingest text/plain, text/html or application/jsonl (one article per line); needs
    ``Authorization: Bearer <token>`` from ``khabar token create``."""
    return await ingest_body(request)


@router.get("/search")
async def search(store: StoreDep, page: PageDep,
                 q: Annotated[str, Query(min_length=1, max_length=500)]) -> JSONResponse:
    """Full-text search folded for Arabic-script variants (ي/ی, ك/ک, hamza, harakat)."""
    offset = page.offset()
    hits = store.search(q, limit=offset + page.limit + 1)[offset:]
    items = [asdict(hit) for hit in hits]
    more = len(items) > page.limit
    return JSONResponse({"items": items[:page.limit],
                         "next": cursor.encode([offset + page.limit]) if more else None})


@router.get("/entities")
async def list_entities(store: StoreDep, page: PageDep,
                        entity_type: Annotated[str | None, Query(alias="type")] = None
                        ) -> JSONResponse:
    """Entities by number of mentions (identity: ``key``, else ``kb_id``)."""
    offset = page.offset()
    items = store.entity_list(entity_type=entity_type or None, limit=page.limit + 1,
                              offset=offset)
    more = len(items) > page.limit
    return JSONResponse({"items": items[:page.limit],
                         "next": cursor.encode([offset + page.limit]) if more else None})


@router.get("/entities/{key:path}")
async def get_entity(key: str, store: StoreDep) -> JSONResponse:
    """Names across scripts, roles over time, mentions, co-occurring entities, timeline."""
    found = find_entity(store, key)
    if found is None:
        raise HTTPException(404, f"no entity {key!r}; list keys at /api/entities")
    return JSONResponse(found)


@router.get("/events")
async def list_events(store: StoreDep, listing: ListingDep) -> Response:
    """Events with their article; filter by type, dates (event date, else article day),
    language, outlet, story, or an entity mentioned in the article."""
    filters, page = listing
    rows = store.event_page_json(filters, page.limit + 1, page.after(2))
    more = len(rows) > page.limit
    after = cursor.encode(list(rows[page.limit - 1][:2])) if more else None
    # Spliced from the stored JSON: this listing is the API's busiest (see bench/web_load.py).
    body = '{"items": [' + ", ".join(row[2] for row in rows[:page.limit]) + \
        f'], "next": {json.dumps(after)}}}'
    return Response(body.encode("utf-8"), media_type="application/json")


CSV_COLUMNS = ("article_id", "n", "type", "mode", "date", "actor", "actor_kb_id", "target",
               "target_kb_id", "location", "country", "confidence", "lang", "title", *EVENT_FLAGS)


def _csv_row(event: dict[str, Any]) -> list[Any]:
    def name(part: Any) -> Any:
        return (part.get("name_en") or part.get("text")) if isinstance(part, dict) else None

    def field(part: Any, key: str) -> Any:
        return part.get(key) if isinstance(part, dict) else None

    article, where = event["article"], event.get("location")
    return [article["id"], event["n"], event["type"], event.get("mode"), event.get("date"),
            name(event.get("actor")), field(event.get("actor"), "kb_id"),
            name(event.get("target")), field(event.get("target"), "kb_id"),
            field(where, "name_en"), field(where, "country"), event.get("confidence"),
            article["lang"], article["title"], *flag_cells(event)]


@router.get("/events.csv")
async def events_csv(store: StoreDep, filters: FiltersDep) -> StreamingResponse:
    """The filtered events as CSV (UTF-8), for spreadsheets."""
    events = store.event_page(filters, CSV_MAX_EVENTS)

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        for event in events:
            writer.writerow(_csv_row(event))
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8",
                             headers={"content-disposition": 'attachment; filename="events.csv"'})


@router.get("/quotes")
async def list_quotes(store: StoreDep, page: PageDep, article: str | None = None,
                      speaker: str | None = None) -> JSONResponse:
    """Quotes with their article; ``speaker`` is a kb_id or English name."""
    items = store.quote_page(article=article, speaker=speaker, limit=page.limit + 1,
                             after=page.after(2))
    last = items[page.limit - 1] if len(items) > page.limit else None
    return _page(items, page.limit, [last["article"]["id"], last["n"]] if last else None)


@router.get("/stories")
async def list_stories(store: StoreDep, page: PageDep) -> JSONResponse:
    """Stories, most recent first."""
    offset = page.offset()
    rows = store.stories(limit=offset + page.limit + 1)[offset:]
    more = len(rows) > page.limit
    return JSONResponse({"items": [asdict(row) for row in rows[:page.limit]],
                         "next": cursor.encode([offset + page.limit]) if more else None})


def story_view(store: Any, story_id: str) -> dict[str, Any]:
    story = store.story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}; list ids at /api/stories")
    rows = list(store.articles(story=story_id))
    events = store.event_page(Filters(story=story_id), graphs.MAX_EVENTS)
    events.sort(key=lambda e: (e.get("date") or e["article"]["published"] or "", e["n"]))
    return {**asdict(story), "articles": [asdict(row) for row in rows], "events": events,
            "graph": graphs.report_graph(rows)}


@router.get("/stories/{story_id}")
async def get_story(story_id: str, store: StoreDep) -> JSONResponse:
    """A story: its articles, events in date order, and the first-report graph."""
    return JSONResponse(story_view(store, story_id))


@router.get("/network")
async def network(store: StoreDep, filters: FiltersDep) -> JSONResponse:
    """Actors (nodes) and events between them (edges by type), filterable like events."""
    return JSONResponse(graphs.network(store, filters))


@router.get("/map")
async def event_map(store: StoreDep, filters: FiltersDep) -> JSONResponse:
    """Event locations with coordinates, counted by place and type."""
    return JSONResponse(graphs.locations(store, filters))


@router.get("/stats")
async def stats(store: StoreDep) -> JSONResponse:
    """Counts of articles, entities, events, quotes, stories and the ingest log."""
    return JSONResponse(store.stats())
