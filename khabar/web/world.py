"""World geometry for the map: the bundled Natural Earth TopoJSON as SVG paths.

The projection is equirectangular (x = longitude, y = -latitude), so a point is placed
with the same two lines of arithmetic as a country; it is drawn once per process.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

WIDTH, HEIGHT = 960.0, 480.0
_WORLD = ("khabar.resources", "web/world/countries-110m.json")


def project(lon: float, lat: float) -> tuple[float, float]:
    """SVG coordinates of a longitude and latitude on the map."""
    return (lon + 180.0) * WIDTH / 360.0, (90.0 - lat) * HEIGHT / 180.0


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Arcs as lon/lat points: TopoJSON stores them quantized and delta-encoded."""
    (scale_x, scale_y), (shift_x, shift_y) = (topology["transform"]["scale"],
                                              topology["transform"]["translate"])
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        # A negative index ~i means arc i reversed; consecutive arcs share an end point.
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        previous: float | None = None
        for lon, lat in ring:
            # A ring cut by the antimeridian jumps across the map: move, do not draw.
            jump = previous is None or abs(lon - previous) > 180
            parts.append("{}{:.1f},{:.1f}".format("M" if jump else "L", *project(lon, lat)))
            previous = lon
        parts.append("Z")
    return "".join(parts)


@lru_cache(maxsize=1)
def country_paths() -> tuple[tuple[str, str], ...]:
    """(country name, SVG path data) for every country in the bundled geometry."""
    source = resources.files(_WORLD[0]).joinpath(_WORLD[1])
    topology = json.loads(source.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        polygons = ([geometry["arcs"]] if kind == "Polygon"
                    else geometry["arcs"] if kind == "MultiPolygon" else [])
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        name = str(geometry.get("properties", {}).get("name", ""))
        shapes.append((name, _path(rings)))
    return tuple(shapes)
