"""The actor network as GraphML, and event locations as GeoJSON.

Nodes are actors, identified by KB id when linked, else by their language-neutral key
or name; an edge joins an event's actor to its target, one edge per (actor, target,
type), weighted by the number of events. GeoJSON has one point per located event.
Both leave out negated and hypothetical events (``khabar.export.happened``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, TextIO
from xml.etree import ElementTree as ET

from khabar.export import happened

GRAPHML = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = (("label", "string"), ("country", "string"), ("kb_id", "string"))
EDGE_KEYS = (("type", "string"), ("weight", "int"))


def _node_id(part: Mapping[str, Any]) -> str | None:
    return part.get("kb_id") or part.get("key") or part.get("name_en") or part.get("text")


def _edges(records: Iterable[Mapping[str, Any]]
           ) -> tuple[dict[str, dict[str, Any]], Counter[tuple[str, str, str]]]:
    nodes: dict[str, dict[str, Any]] = {}
    edges: Counter[tuple[str, str, str]] = Counter()
    for record in records:
        for event in record.get("events", []):
            actor, target = event.get("actor"), event.get("target")
            if not actor or not target or not happened(event):
                continue
            ids = [_node_id(actor), _node_id(target)]
            if None in ids or ids[0] == ids[1]:
                continue
            for node, part in zip(ids, (actor, target), strict=True):
                nodes.setdefault(str(node), {
                    "label": part.get("name_en") or part.get("text") or str(node),
                    "country": part.get("country") or "", "kb_id": part.get("kb_id") or "",
                })
            edges[(str(ids[0]), str(ids[1]), str(event.get("type")))] += 1
    return nodes, edges


def write_graphml(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write the actor network; returns the number of edges."""
    nodes, edges = _edges(records)
    root = ET.Element("graphml", xmlns=GRAPHML)
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, "key", {"id": name, "for": scope, "attr.name": name,
                                        "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="actors", edgedefault="directed")
    for node_id, data in sorted(nodes.items()):
        node = ET.SubElement(graph, "node", id=node_id)
        for name, _ in NODE_KEYS:
            ET.SubElement(node, "data", key=name).text = data[name]
    for (source, target, kind), weight in sorted(edges.items()):
        edge = ET.SubElement(graph, "edge", source=source, target=target)
        ET.SubElement(edge, "data", key="type").text = kind
        ET.SubElement(edge, "data", key="weight").text = str(weight)
    ET.indent(root)
    out.write(ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n")
    return len(edges)


def _feature(record: Mapping[str, Any], event: Mapping[str, Any]) -> dict[str, Any] | None:
    place = event.get("location") or {}
    if place.get("lat") is None or place.get("lon") is None:
        return None
    participants = {role: (event.get(role) or {}) for role in ("actor", "target")}
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
        "properties": {
            "article_id": record["id"], "type": event.get("type"), "mode": event.get("mode"),
            "date": event.get("date"), "place": place.get("name_en"),
            "country": place.get("country"),
            **{role: p.get("name_en") or p.get("text") for role, p in participants.items()},
            "evidence": record["text"][event["start"]:event["end"]],
        },
    }


def write_geojson(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write a FeatureCollection of located events that happened; returns the number of
    features."""
    features = [
        feature
        for record in records
        for event in record.get("events", [])
        if happened(event) and (feature := _feature(record, event)) is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)
