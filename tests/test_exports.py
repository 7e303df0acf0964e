"""GDELT-compatible TSV, GraphML and GeoJSON exports of contract records."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from khabar.export.gdelt import COLUMNS, cameo_code, write_gdelt
from khabar.export.network import GRAPHML, write_geojson, write_graphml

TEXT = "التقى باقري مع منير في إسلام آباد. ولم يلتق باقري مع أحد أمس."
ISLAMABAD = {"name_en": "Islamabad", "country": "PAK", "lat": 33.72, "lon": 73.04,
             "geonameid": 1176615}


def event(kind: str = "CONSULT", mode: str | None = "visit", **extra: Any) -> dict[str, Any]:
    base = {
        "type": kind, "mode": mode, "context": [], "date": "2025-01-20", "start": 0,
        "end": 34, "confidence": 0.9, "negated": False, "future": False,
        "actor": {"text": "باقري", "kb_id": "Q1", "name_en": "Mohammad Bagheri",
                  "country": "IRN"},
        "target": {"text": "منير", "kb_id": "Q2", "name_en": "Asim Munir", "country": "PAK"},
        "location": ISLAMABAD,
    }
    return {**base, **extra}


def record(*events: dict[str, Any]) -> dict[str, Any]:
    return {"id": "abc", "text": TEXT, "url": "https://example.org/a",
            "published": "2025-01-20T09:00:00+03:30", "events": list(events)}


@pytest.mark.parametrize(
    ("kind", "mode", "code", "quad"),
    [
        ("CONSULT", "visit", "042", 1),  # CAMEO "make a visit"
        ("CONSULT", "phone", "041", 1),
        ("CONSULT", None, "040", 1),  # unknown mode falls back to the type's general code
        ("ACCUSE", "disapprove", "111", 3),
        ("ASSAULT", "aerial", "195", 4),
        ("SANCTION", None, "160", 4),
    ],
)
def test_plover_maps_to_cameo(kind: str, mode: str | None, code: str, quad: int) -> None:
    found = cameo_code(kind, mode)
    assert found is not None and (found.code, found.quad_class) == (code, quad)


def test_gdelt_rows_have_the_61_columns() -> None:
    out = io.StringIO()
    count = write_gdelt([record(event())], out, added=datetime(2025, 1, 21, tzinfo=UTC))
    row = out.getvalue().rstrip("\n").split("\t")
    assert count == 1 and len(COLUMNS) == 61 and len(row) == 61
    values = dict(zip(COLUMNS, row, strict=True))
    assert values["SQLDATE"] == "20250120" and values["EventCode"] == "042"
    assert values["EventRootCode"] == "04" and values["Actor1CountryCode"] == "IRN"
    assert values["Actor2Name"] == "Asim Munir" and values["ActionGeo_Type"] == "4"
    assert values["DATEADDED"] == "20250121000000"
    assert values["SOURCEURL"] == "https://example.org/a"


def test_gdelt_leaves_out_negated_events_and_ids_are_stable() -> None:
    rows = [event(), event(start=35, end=62, negated=True)]
    first, second = io.StringIO(), io.StringIO()
    added = datetime(2025, 1, 21, tzinfo=UTC)
    assert write_gdelt([record(*rows)], first, added) == 1
    write_gdelt([record(*rows)], second, added)
    assert first.getvalue() == second.getvalue()


def test_graphml_weights_repeated_events_and_parses() -> None:
    out = io.StringIO()
    edges = write_graphml([record(event(), event(start=35, end=62)), record(event("ACCUSE"))],
                          out)
    root = ET.fromstring(out.getvalue().encode("utf-8"))
    ns = {"g": GRAPHML}
    assert edges == 2
    assert {n.get("id") for n in root.iterfind(".//g:node", ns)} == {"Q1", "Q2"}
    weights = {
        e.find("g:data[@key='type']", ns).text: e.find("g:data[@key='weight']", ns).text  # type: ignore[union-attr]
        for e in root.iterfind(".//g:edge", ns)
    }
    assert weights == {"CONSULT": "2", "ACCUSE": "1"}


def test_geojson_has_a_point_per_located_event() -> None:
    out = io.StringIO()
    count = write_geojson([record(event(), event(location=None))], out)
    collection = json.loads(out.getvalue())
    assert count == 1 and collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"]["coordinates"] == [73.04, 33.72]
    assert feature["properties"]["evidence"] == TEXT[0:34]


def test_the_events_csv_flags_what_did_not_happen() -> None:
    import csv

    from khabar.export.csv import write_events_csv

    out = io.StringIO()
    write_events_csv([record(event(), event(negated=True), event(hypothetical=True, future=True))],
                     out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    flags = [(r["negated"], r["future"], r["hypothetical"], r["historical"]) for r in rows]
    assert flags == [("0", "0", "0", "0"), ("1", "0", "0", "0"), ("0", "1", "1", "0")]
