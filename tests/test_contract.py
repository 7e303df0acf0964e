"""The OUTPUT.md invariants, end to end over the bundled example articles."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

import khabar
from khabar.export.contract import from_record, to_record

CONTRACT_FIELDS = ("id", "lang", "title", "published", "published_text", "outlet", "sources",
                   "url", "text", "entities", "events", "quotes")


@pytest.fixture(scope="module")
def records(example_paths: list[Path]) -> list[dict]:
    return [to_record(khabar.process(path.read_bytes())) for path in example_paths]


def test_every_contract_field_is_present(records: list[dict]) -> None:
    for record in records:
        assert all(name in record for name in CONTRACT_FIELDS)


def test_spans_point_at_their_text(records: list[dict]) -> None:
    for record in records:
        text = record["text"]
        for entity in record["entities"]:
            assert text[entity["start"]:entity["end"]] == entity["text"]
        for quote in record["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
        for mention in record["dates"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
        for event in record["events"]:
            assert 0 <= event["start"] < event["end"] <= len(text)


def test_raw_offsets_point_into_the_decoded_input(example_paths: list[Path]) -> None:
    for path in example_paths:
        doc = khabar.process(path.read_bytes())
        record = to_record(doc)
        for entity in record["entities"]:
            raw_text = doc.raw[entity["raw_start"]:entity["raw_end"]]
            # Normalization may change letters (ي -> ی) but not the number of words.
            assert len(raw_text.split()) == len(entity["text"].split())


def test_published_is_iso_with_an_offset_or_null(records: list[dict]) -> None:
    for record in records:
        if record["published"] is not None:
            assert datetime.fromisoformat(record["published"]).utcoffset() is not None
            assert record["published_text"]


def test_an_article_without_a_date_gets_null_not_today() -> None:
    doc = khabar.process("سرلشکر باقری گفت: همکاری‌ها ادامه دارد.\nوی افزود: مرزها امن است.")
    assert doc.published is None


def test_the_same_bytes_give_the_same_id_and_output(example_paths: list[Path]) -> None:
    data = example_paths[0].read_bytes()
    first, second = to_record(khabar.process(data)), to_record(khabar.process(data))
    assert first["id"] == second["id"]
    assert json.dumps(first, ensure_ascii=False) == json.dumps(second, ensure_ascii=False)


def test_id_is_the_sha256_prefix_of_the_decoded_text(example_paths: list[Path]) -> None:
    import hashlib

    raw = example_paths[0].read_text(encoding="utf-8")
    assert khabar.process(raw).id == hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def test_record_round_trips_through_from_record(records: list[dict]) -> None:
    for record in records:
        assert to_record(from_record(record)) == record


@pytest.mark.parametrize(("prefix", "lang"), [("000", "fa"), ("001", "fa"), ("002", "ar"),
                                              ("003", "fa"), ("004", "fa")])
def test_each_example_gets_its_language(example_paths: list[Path], prefix: str,
                                        lang: str) -> None:
    [path] = [p for p in example_paths if p.name.startswith(prefix)]
    assert khabar.process(path.read_bytes()).lang == lang
