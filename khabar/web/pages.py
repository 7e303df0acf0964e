"""The web UI: server-rendered pages (jinja2, autoescaped) over the same store.

Article text is only ever printed as escaped text, piece by piece (``highlight``);
templates hold no inline script or style, so the strict CSP needs no exception.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from khabar.store.queries import Filters
from khabar.web import cursor, graphs, highlight, world
from khabar.web.api import story_view
from khabar.web.params import FiltersDep, PageDep, StoreDep, find_entity

router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=1)
def _templates() -> Jinja2Templates:
    folder = resources.files("khabar.resources").joinpath("web/templates")
    templates = Jinja2Templates(directory=str(folder))
    templates.env.autoescape = True  # every template, whatever its name
    return templates


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return _templates().TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status=status, status_code=status, message=message)


@router.get("/favicon.ico")
async def favicon() -> RedirectResponse:
    """Browsers ask for it on pages that name no icon (the JSON of /api, /openapi.json)."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/", response_class=HTMLResponse)
async def search_page(request: Request, store: StoreDep, page: PageDep,
                      q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    hits = store.search(q, limit=page.limit) if q.strip() else []
    recent = [] if q.strip() else [row for row, _ in store.article_page(
        Filters(), page.limit)]
    return render(request, "search.html", q=q, hits=hits, recent=recent, stats=store.stats())


def _removed(record: dict[str, Any], raw: str | None) -> list[dict[str, Any]]:
    found = []
    for part in record.get("removed", []):
        start, end = part.get("raw_start"), part.get("raw_end")
        text = raw[start:end] if raw and isinstance(start, int) and isinstance(end, int) else ""
        if text.strip():  # an empty line removed as "blank" has nothing to show
            found.append({"reason": part.get("reason"), "text": text.strip()})
    return found


def _entity_panel(record: dict[str, Any]) -> list[dict[str, Any]]:
    counts: Counter[tuple[Any, ...]] = Counter()
    for e in record.get("entities", []):
        counts[(e.get("key") or e.get("kb_id"), e["type"], e.get("name_en"), e.get("country"),
                e["text"])] += 1
    merged: dict[Any, dict[str, Any]] = {}
    for (key, kind, name, country, text), n in counts.most_common():
        entry = merged.setdefault(key or text, {
            "key": key, "type": kind, "name_en": name, "country": country, "texts": [],
            "mentions": 0})
        entry["texts"].append(text)
        entry["mentions"] += n
    return sorted(merged.values(), key=lambda entry: -entry["mentions"])


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(article_id: str, request: Request, store: StoreDep) -> HTMLResponse:
    record = store.get(article_id)
    if record is None:
        raise HTTPException(404, f"no article {article_id!r}; search for it from the start page")
    pieces = highlight.segments(record["text"], highlight.marks_of(record))
    return render(request, "article.html", record=record, segments=pieces,
                  entities=_entity_panel(record), removed=_removed(record, store.raw(article_id)))


@router.get("/entities", response_class=HTMLResponse)
async def entities_page(request: Request, store: StoreDep, page: PageDep,
                        entity_type: Annotated[str | None, Query(alias="type")] = None
                        ) -> HTMLResponse:
    offset = page.offset()
    items = store.entity_list(entity_type=entity_type or None, limit=page.limit + 1,
                              offset=offset)
    more = cursor.encode([offset + page.limit]) if len(items) > page.limit else None
    return render(request, "entities.html", items=items[:page.limit], next=more,
                  entity_type=entity_type or "")


@router.get("/entities/{key:path}", response_class=HTMLResponse)
async def entity_page(key: str, request: Request, store: StoreDep) -> HTMLResponse:
    found = find_entity(store, key)
    if found is None:
        raise HTTPException(404, f"no entity {key!r}; browse entities at /entities")
    peak = max((day["mentions"] for day in found["timeline"]), default=1)
    return render(request, "entity.html", entity=found, peak=peak,
                  by_article=_mentions_by_article(found["mentions"]),
                  chart=_timeline_layout(len(found["timeline"])))


def _mentions_by_article(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mentions grouped by article (in the order given), each distinct wording once with
    its count: an article naming someone nine times is one line, not nine."""
    grouped: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        entry = grouped.setdefault(mention["article"]["id"],
                                   {"article": mention["article"], "wordings": Counter()})
        entry["wordings"][(mention["text"], mention["role"])] += 1
    return [{"article": entry["article"],
             "wordings": [{"text": text, "role": role, "count": n}
                          for (text, role), n in entry["wordings"].most_common()]}
            for entry in grouped.values()]


def _timeline_layout(days: int) -> dict[str, int]:
    """Bar pitch and which bars get a date label, so that labels never overlap."""
    pitch = 72 if days <= 12 else 24
    return {"pitch": pitch, "label_every": 1 if pitch == 72 else 3,
            "width": 20 + pitch * max(days, 1)}


@router.get("/stories", response_class=HTMLResponse)
async def stories_page(request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "stories.html", stories=store.stories(limit=200))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story_page(story_id: str, request: Request, store: StoreDep) -> HTMLResponse:
    view = story_view(store, story_id)
    by_lang: dict[str, list[dict[str, Any]]] = {}
    for article in view["articles"]:
        by_lang.setdefault(article["lang"] or "unknown", []).append(article)
    nodes = view["graph"]["nodes"]
    step = 600 / max(len(nodes) - 1, 1)
    for node in nodes:
        node["x"] = 40 + node["order"] * step
    return render(request, "story.html", story=view, by_lang=by_lang, nodes=nodes)


@router.get("/network", response_class=HTMLResponse)
async def network_page(request: Request, store: StoreDep, filters: FiltersDep) -> HTMLResponse:
    found = graphs.network(store, filters)
    found["nodes"] = found["nodes"][:60]  # a circle stays readable up to a few dozen actors
    places = graphs.circle_layout(found["nodes"])
    edges = [edge for edge in found["edges"] if edge["source"] in places
             and edge["target"] in places]
    return render(request, "network.html", graph=found, places=places, edges=edges,
                  filters=filters)


@router.get("/map", response_class=HTMLResponse)
async def map_page(request: Request, store: StoreDep, filters: FiltersDep) -> HTMLResponse:
    return render(request, "map.html", countries=world.country_paths(),
                  found=graphs.locations(store, filters), filters=filters,
                  width=world.WIDTH, height=world.HEIGHT)


@router.get("/events", response_class=HTMLResponse)
async def events_page(request: Request, store: StoreDep, filters: FiltersDep,
                      page: PageDep) -> HTMLResponse:
    items = store.event_page(filters, page.limit + 1, page.after(2))
    more = None
    if len(items) > page.limit:
        last = items[page.limit - 1]
        more = cursor.encode([last["article"]["id"], last["n"]])
    return render(request, "events.html", events=items[:page.limit], next=more,
                  filters=filters, query=str(request.url.query))
