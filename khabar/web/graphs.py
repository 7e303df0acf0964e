"""The actor network, the event map and a story's report graph, as plain data plus
SVG coordinates (pages draw them as server-side SVG; the API returns the data).

An event's actor and target are tied to entities by their spans: the entity mention
covering the participant's span in the same article gives its language-neutral key, so
Persian and Arabic reports of one actor meet in one node. Like the GraphML and GeoJSON
exports, both views leave out negated and hypothetical events.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime
from typing import Any

from khabar.export import happened
from khabar.store.base import ArticleRow, Store
from khabar.store.queries import Filters
from khabar.web.world import project

MAX_EVENTS = 5000


def _participant(part: Any, spans: list[tuple[Any, ...]]) -> tuple[str, str] | None:
    """(key, label) of an actor or target, or ``None`` when the event has none."""
    if not isinstance(part, dict) or not (part.get("text") or part.get("kb_id")):
        return None
    start, end = part.get("start"), part.get("end")
    for e_start, e_end, key, _type, text, name_en in spans:
        if key and isinstance(start, int) and isinstance(end, int) \
                and e_start <= start and end <= e_end:
            return key, name_en or part.get("name_en") or text
    label = part.get("name_en") or part.get("text") or part.get("kb_id")
    return str(part.get("kb_id") or f"text:{part.get('text')}"), str(label)


def network(store: Store, filters: Filters, limit: int = MAX_EVENTS) -> dict[str, Any]:
    """Nodes (actors and targets) and edges (events between them, counted by type)."""
    page = store.event_page(filters, limit)
    events = [e for e in page if happened(e)]
    spans = store.entity_spans(sorted({e["article"]["id"] for e in events}))
    edges: Counter[tuple[str, str, str]] = Counter()
    labels: dict[str, str] = {}
    for event in events:
        article_spans = spans.get(event["article"]["id"], [])
        actor = _participant(event.get("actor"), article_spans)
        target = _participant(event.get("target"), article_spans)
        if actor is None or target is None or actor[0] == target[0]:
            continue
        labels.setdefault(actor[0], actor[1])
        labels.setdefault(target[0], target[1])
        edges[(actor[0], target[0], event["type"])] += 1
    degree: Counter[str] = Counter()
    for (source, sink, _), n in edges.items():
        degree[source] += n
        degree[sink] += n
    nodes = [{"key": key, "label": labels[key], "events": n} for key, n in degree.most_common()]
    return {
        "nodes": nodes,
        "edges": [{"source": s, "target": t, "type": kind, "events": n}
                  for (s, t, kind), n in sorted(edges.items(), key=lambda item: -item[1])],
        "truncated": len(page) >= limit,
    }


def circle_layout(nodes: list[dict[str, Any]], size: float = 640.0
                  ) -> dict[str, tuple[float, float]]:
    """Nodes on a circle, busiest first; deterministic, readable for a few dozen actors."""
    centre, radius = size / 2, size / 2 - 90
    count = max(len(nodes), 1)
    return {
        node["key"]: (centre + radius * math.cos(2 * math.pi * i / count - math.pi / 2),
                      centre + radius * math.sin(2 * math.pi * i / count - math.pi / 2))
        for i, node in enumerate(nodes)
    }


def locations(store: Store, filters: Filters, limit: int = MAX_EVENTS) -> dict[str, Any]:
    """Event locations with coordinates, counted by place and event type."""
    events = store.event_page(filters, limit)
    places: dict[tuple[float, float], dict[str, Any]] = {}
    for event in events:
        where = event.get("location")
        if not isinstance(where, dict) or not happened(event):
            continue
        lat, lon = where.get("lat"), where.get("lon")
        if not isinstance(lat, int | float) or not isinstance(lon, int | float):
            continue
        place = places.setdefault((lat, lon), {
            "name_en": where.get("name_en"), "country": where.get("country"),
            "lat": lat, "lon": lon, "events": 0, "types": Counter(),
        })
        place["events"] += 1
        place["types"][event["type"]] += 1
    found = sorted(places.values(), key=lambda place: -place["events"])
    for place in found:
        place["types"] = dict(place["types"].most_common())
        place["x"], place["y"] = (round(v, 1) for v in project(place["lon"], place["lat"]))
    return {"locations": found, "truncated": len(events) >= limit}


def _when(row: ArticleRow) -> datetime | None:
    try:
        return datetime.fromisoformat(row.published) if row.published else None
    except ValueError:
        return None


def report_graph(rows: list[ArticleRow]) -> dict[str, Any]:
    """A story's members in publication order: the first report, and an edge from it to
    each later article (republications and follow-ups); undated articles come last."""
    dated = sorted(rows, key=lambda row: (_when(row) is None, _when(row) or datetime.min, row.id))
    if not dated:
        return {"first": None, "nodes": [], "edges": []}
    first = dated[0]
    nodes = [{"id": row.id, "lang": row.lang, "outlet": row.outlet, "title": row.title,
              "published": row.published, "order": i} for i, row in enumerate(dated)]
    edges = [{"source": first.id, "target": row.id} for row in dated[1:]]
    return {"first": first.id, "nodes": nodes, "edges": edges}
