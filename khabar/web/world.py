"""World geometry for the map: the bundled Natural Earth TopoJSON as SVG paths.

The projection is equirectangular (x = longitude, y = -latitude), so a point is placed
with the same two lines of arithmetic as a country; it is drawn once per process.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from itertools import pairwise
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
        unwrapped = _unwrapped(ring)
        # A ring across the antimeridian is drawn whole, once from each side of the map;
        # the SVG's view box clips what falls outside (a plain move across the map would
        # leave the ring's closing edge as a streak over it).
        shifts = (0.0,) if unwrapped is ring else (-360.0, 0.0, 360.0)
        for shift in shifts:
            points = ("{:.1f},{:.1f}".format(*project(lon + shift, lat))
                      for lon, lat in unwrapped)
            parts.append("M" + "L".join(points) + "Z")
    return "".join(parts)


def _unwrapped(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The ring with longitudes made continuous (beyond ±180 where it crosses the
    antimeridian), closed along the pole if it circles one; the ring itself when it
    does not cross."""
    if all(abs(b[0] - a[0]) <= 180 for a, b in pairwise(ring)):
        return ring
    points, offset = [ring[0]], 0.0
    for (previous, _), (lon, lat) in pairwise(ring):
        if lon - previous > 180:
            offset -= 360.0
        elif previous - lon > 180:
            offset += 360.0
        points.append((lon + offset, lat))
    if abs(points[-1][0] - points[0][0]) > 180:  # it goes round a pole (Antarctica)
        pole = -90.0 if sum(lat for _, lat in ring) < 0 else 90.0
        points += [(points[-1][0], pole), (points[0][0], pole)]
    return points


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
