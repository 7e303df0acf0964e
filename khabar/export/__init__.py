"""Exports of analysed documents: the JSON contract (OUTPUT.md), CSV, GDELT, GraphML, GeoJSON."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

Writer = Callable[[Iterable[Mapping[str, Any]], TextIO], int]

UNREAL_FLAGS = ("negated", "hypothetical")
"""Event flags of acts the text says did not happen, or happen only under a condition:
views and tables of what happened (GDELT rows, the actor network, event locations)
leave such events out; the JSON records keep them, flagged."""

EVENT_FLAGS = ("negated", "future", "hypothetical", "historical")
"""Every flag an event record may carry; tables that keep every event (the event CSVs)
give each as a 0/1 column, so a spreadsheet can count what happened."""


def happened(event: Mapping[str, Any]) -> bool:
    """Whether an event record tells of an act that happened or is planned, not one
    negated or hypothetical (``UNREAL_FLAGS``)."""
    return not any(event.get(flag) for flag in UNREAL_FLAGS)


def flag_cells(event: Mapping[str, Any]) -> list[int]:
    """The event's ``EVENT_FLAGS`` as 0/1 cells, in that order."""
    return [int(bool(event.get(flag))) for flag in EVENT_FLAGS]


def writers() -> dict[str, Writer]:
    """Table and graph writers by format name; each returns the number of rows written."""
    from khabar.export.csv import write_articles_csv, write_events_csv
    from khabar.export.gdelt import write_gdelt
    from khabar.export.network import write_geojson, write_graphml

    def gdelt(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
        return write_gdelt(records, out, added=datetime.now(UTC))

    return {
        "csv": write_articles_csv, "events-csv": write_events_csv, "gdelt": gdelt,
        "graphml": write_graphml, "geojson": write_geojson,
    }
