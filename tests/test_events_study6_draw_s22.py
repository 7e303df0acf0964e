"""Issue 6, session 22: the Persian mode of the study draw (bench/events_study5_draw.py --lang fa)
that drew study set 6 (bench/data/EVENTS-GOLD.md), and the set's record format."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from bench_modules import bench_module, write_jsonl

ROOT = Path(__file__).resolve().parent.parent
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                "ASSAULT"}


def _draw_module() -> ModuleType:
    return bench_module("events_study5_draw")


@pytest.fixture()
def corpora(tmp_path: Path) -> Path:
    body = "متن " * 100
    write_jsonl(tmp_path / "farsnews-sample" / "farsnews_shared.jsonl", [
        # «گفت‌وگو» with a ZWNJ: the event word list spells it without one.
        {"id": "farsnews-2", "title": "گفت‌وگوی دو وزیر", "text": body},
        {"id": "farsnews-1", "title": "نمایشگاه کتاب", "text": body},
        {"id": "farsnews-3", "title": "دیدار وزیران", "text": body},
    ])
    write_jsonl(tmp_path / "hamshahri-sample" / "hamshahri_shared.jsonl", [
        # No title field: the first line of the text is the title (Hamshahri).
        {"id": "HAM2-1", "title": None, "text": "بازداشت دو متهم\n" + body},
        {"id": "HAM2-2", "title": None, "text": "بازداشت کوتاه\nمتن"},  # under 300 characters
    ])
    return tmp_path


def test_persian_draw_pools_both_corpora_and_reads_titles_without_zwnj(corpora: Path) -> None:
    draw = _draw_module()
    assert draw.candidates(corpora, "fa", set(), 1800) == ["HAM2-1", "farsnews-2", "farsnews-3"]


def test_persian_draw_leaves_out_ids_read_as_events(corpora: Path) -> None:
    draw = _draw_module()
    assert draw.candidates(corpora, "fa", {"farsnews-3"}, 1800) == ["HAM2-1", "farsnews-2"]


@pytest.mark.parametrize(("name", "articles"), [("study6", 10), ("study7", 12)])
def test_study_records_follow_the_gold_format(name: str, articles: int) -> None:
    lines = (ROOT / "bench" / "data" / f"events-gold-{name}-fa.jsonl").read_text(
        encoding="utf-8").splitlines()
    assert len(lines) == articles
    for line in lines:
        record = json.loads(line)
        assert record["corpus"] in {"farsnews", "hamshahri"} and record["events"]
        for event in record["events"]:
            assert event["type"] in PLOVER_TYPES
            assert event["actor"]["name_en"] and event["evidence"]
            assert {"future", "negated", "location_en", "date", "mode", "target"} <= set(event)
