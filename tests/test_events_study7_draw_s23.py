"""Issue 6, session 23: the title-free Persian draw (bench/events_study7_draw.py) that drew study
set 7 (bench/data/EVENTS-GOLD.md); the set's record format is tested with study set 6's
(tests/test_events_study6_draw_s22.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_modules import bench_module, write_jsonl


@pytest.fixture()
def corpora(tmp_path: Path) -> Path:
    body = "متن " * 100
    write_jsonl(tmp_path / "farsnews-sample" / "farsnews_shared.jsonl", [
        {"id": "farsnews-2", "title": "نمایشگاه کتاب", "text": body},  # no event word: still drawn
        {"id": "farsnews-1", "title": "دیدار وزیران", "text": body * 10},  # over 2,500 characters
    ])
    write_jsonl(tmp_path / "hamshahri-sample" / "hamshahri_shared.jsonl", [
        {"id": "HAM2-1", "title": None, "text": "ستون\n" + body},
        {"id": "HAM2-2", "title": None, "text": "بازداشت کوتاه\nمتن"},  # under 300 characters
    ])
    return tmp_path


def test_study7_draw_ignores_titles_and_keeps_the_length_bounds(corpora: Path) -> None:
    draw = bench_module("events_study7_draw")
    assert draw.candidates(corpora, set(), 300, 2500) == ["HAM2-1", "farsnews-2"]


def test_study7_draw_leaves_out_ids_named_under_bench(corpora: Path) -> None:
    draw = bench_module("events_study7_draw")
    assert draw.candidates(corpora, {"HAM2-1"}, 300, 2500) == ["farsnews-2"]
