"""The hypothetical mode travels with the event: contract record, store export and import,
the English sentence, and the exports that count what happened leave it out. Sentences
written for these tests."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from khabar.doc import Doc, Event, Participant, Place
from khabar.export.contract import from_record, to_record
from khabar.export.gdelt import write_gdelt
from khabar.export.network import write_geojson, write_graphml
from khabar.report import describe_event
from khabar.store import open_store
from khabar.store.queries import Filters

TEXT = "اگر وزیر خارجه ایران با وزیر خارجه عربستان دیدار کند، تنش‌ها کاهش می‌یابد."
ACTOR = Participant(text="وزیر خارجه ایران", name_en="Iran Foreign Minister", country="IRN")
TARGET = Participant(text="وزیر خارجه عربستان", name_en="Saudi Foreign Minister",
                     country="SAU")


def _doc(hypothetical: bool, raw: str = TEXT) -> Doc:
    doc = Doc(raw=raw, lang="fa", title="دیدار", published="2025-01-20T09:53:26+03:30")
    doc.sentences = [(0, len(TEXT))]
    doc.events.append(Event(0, len(TEXT) - 1, type="CONSULT", actor=ACTOR, target=TARGET,
                            date="2025-01-20", confidence=0.8, hypothetical=hypothetical))
    return doc


def test_the_flag_is_in_the_record_and_round_trips() -> None:
    record = to_record(_doc(True))
    assert record["events"][0]["hypothetical"] is True
    assert from_record(record).events[0].hypothetical is True
    assert to_record(from_record(record)) == record


def test_a_record_written_before_the_flag_reads_as_not_hypothetical() -> None:
    record = to_record(_doc(False))
    del record["events"][0]["hypothetical"]
    assert from_record(record).events[0].hypothetical is False


def test_store_export_import_keeps_the_flag(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store:
        store.add_many([_doc(True)])
        dumped = [json.dumps(r, ensure_ascii=False) for r in store.export_records()]
    assert json.loads(dumped[0])["events"][0]["hypothetical"] is True
    with open_store(tmp_path / "b.db") as copy:
        assert copy.import_records(json.loads(line) for line in dumped) == 1
        again = [json.dumps(r, ensure_ascii=False) for r in copy.export_records()]
    assert again == dumped


def _exports(hypothetical: bool) -> tuple[int, int]:
    record = to_record(_doc(hypothetical))
    added = datetime(2025, 1, 21, tzinfo=UTC)
    return (write_gdelt([record], io.StringIO(), added),
            write_graphml([record], io.StringIO()))


def test_gdelt_and_the_network_leave_hypothetical_events_out() -> None:
    assert _exports(False) == (1, 1)
    assert _exports(True) == (0, 0)


def test_the_report_names_the_mode() -> None:
    assert describe_event(to_record(_doc(True))["events"][0]).endswith("[hypothetical]")


ISLAMABAD = Place(name_en="Islamabad", country="PAK", lat=33.72, lon=73.04)


@pytest.mark.parametrize("flag", ["hypothetical", "negated"])
def test_web_views_and_geojson_leave_unreal_events_out(tmp_path: Path, flag: str) -> None:
    from khabar.web.graphs import locations, network

    real, unreal = _doc(False), _doc(False, raw=TEXT + " دیروز")  # two articles
    for doc in (real, unreal):
        doc.events[0].location = ISLAMABAD
    setattr(unreal.events[0], flag, True)
    with open_store(tmp_path / "a.db") as store:
        store.add_many([real, unreal])
        assert len(store.event_page(Filters(), 50)) == 2
        [edge] = network(store, Filters())["edges"]
        [place] = locations(store, Filters())["locations"]
        records = list(store.export_records())
    assert edge["events"] == 1 and place["events"] == 1
    assert write_geojson(records, io.StringIO()) == 1
