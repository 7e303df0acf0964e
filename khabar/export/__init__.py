"""Exports of analysed documents: the JSON contract (OUTPUT.md), CSV, GDELT, GraphML, GeoJSON."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

Writer = Callable[[Iterable[Mapping[str, Any]], TextIO], int]


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
