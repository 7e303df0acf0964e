"""CSV tables of contract records: one row per article, or one row per event.

Both read records (``Store.export_records()``, or lines of a JSONL export), so a CSV
can be made without a store. Cells hold text as stored; nulls are empty cells.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from khabar.export import EVENT_FLAGS, flag_cells
from khabar.export.contract import is_reference

ARTICLE_COLUMNS = (
    "id", "lang", "published", "title", "outlet", "url",
    "n_entities", "n_events", "n_quotes", "story",
)

EVENT_COLUMNS = (
    "article_id", "published", "lang", "type", "mode",
    "actor_name_en", "actor_kb_id", "actor_country",
    "target_name_en", "target_kb_id", "target_country",
    "location_name_en", "location_country", "lat", "lon",
    "date", "confidence", "start", "end", "evidence", "story", *EVENT_FLAGS,
)


def _get(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, Mapping) else None


def article_row(record: Mapping[str, Any]) -> dict[str, Any]:
    # names only, as the contract's ``entities``: a JSONL line exported before session 25
    # still holds references (pronouns, role phrases) among them
    names = [e for e in record.get("entities", []) if not is_reference(e)]
    return {
        "id": record["id"], "lang": record.get("lang"), "published": record.get("published"),
        "title": record.get("title"), "outlet": _get(record.get("outlet"), "name"),
        "url": record.get("url"), "n_entities": len(names),
        "n_events": len(record.get("events", [])), "n_quotes": len(record.get("quotes", [])),
        "story": record.get("story"),
    }


def _participant(event: Mapping[str, Any], role: str) -> dict[str, Any]:
    part = event.get(role)
    return {f"{role}_{key}": _get(part, key) for key in ("name_en", "kb_id", "country")}


def event_row(record: Mapping[str, Any], event: Mapping[str, Any]) -> dict[str, Any]:
    place = event.get("location")
    start, end = event.get("start"), event.get("end")
    evidence = record["text"][start:end] if isinstance(start, int) and isinstance(end, int) else ""
    return {
        "article_id": record["id"], "published": record.get("published"),
        "lang": record.get("lang"), "type": event.get("type"), "mode": event.get("mode"),
        **_participant(event, "actor"), **_participant(event, "target"),
        "location_name_en": _get(place, "name_en"), "location_country": _get(place, "country"),
        "lat": _get(place, "lat"), "lon": _get(place, "lon"),
        "date": event.get("date"), "confidence": event.get("confidence"),
        "start": start, "end": end, "evidence": evidence, "story": record.get("story"),
        **dict(zip(EVENT_FLAGS, flag_cells(event), strict=True)),
    }


def _write(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_articles_csv(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write one row per article (``ARTICLE_COLUMNS``); returns the number of rows."""
    return _write((article_row(r) for r in records), ARTICLE_COLUMNS, out)


def write_events_csv(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write one row per event (``EVENT_COLUMNS``) with its evidence text."""
    rows = (event_row(r, e) for r in records for e in r.get("events", []))
    return _write(rows, EVENT_COLUMNS, out)
