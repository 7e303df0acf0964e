"""Issue 6, session 23: bench/events_loss_stages.py places each studied gold event at the step
of the event stage where it is lost (kept, selection, draft, hit, no trigger hit)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from bench_modules import bench_module, write_jsonl

import khabar.events.stage as stage


def _tool() -> ModuleType:
    return bench_module("events_loss_stages")


ACT = "وزیر امور خارجه ایران از آمریکا انتقاد کرد."
WEATHER = "هوای تهران امروز آفتابی بود."


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    write_jsonl(tmp_path / "farsnews-sample" / "farsnews_shared.jsonl", [
        {"id": "farsnews-1", "title": "انتقاد از آمریکا", "date": "2005-01-01", "lang": "fa",
         "text": f"{ACT}\n{WEATHER}"},
    ])
    party = {"name_en": "Iran", "country": "IRN"}
    write_jsonl(tmp_path / "gold" / "events-gold-fa.jsonl", [
        {"corpus": "farsnews", "id": "farsnews-1", "events": [
            {"type": "ACCUSE", "actor": party, "target": None, "evidence": ACT[:-1]},
            # no trigger of any type in the sentence: a trigger gap
            {"type": "REQUEST", "actor": party, "target": None, "evidence": WEATHER[:-1]},
        ]},
    ])
    return tmp_path


def test_each_gold_event_is_placed_at_its_step(data: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    assert tool.main([str(data), "--gold", str(data / "gold"), "--lang", "fa", "-v"]) == 0
    out = capsys.readouterr().out
    assert "kept 1" in out and "no trigger hit 1" in out
    assert '"REQUEST", "no trigger hit"' in out


def test_held_out_sets_are_refused(data: Path) -> None:
    assert _tool().main([str(data), "--gold-set", "fresh3"]) == 2


def test_the_stage_is_given_back_after_a_run(data: Path) -> None:
    """Review (session 23): the tool wrapped the stage's steps for good, so every later
    analysis in the process (the rest of a test session) was recorded in its ``calls``."""
    steps = {name: getattr(stage, name) for name in ("find_triggers", "build_event",
                                                     "main_events")}
    tool = _tool()
    assert tool.main([str(data), "--gold", str(data / "gold"), "--lang", "fa"]) == 0
    assert {name: getattr(stage, name) for name in steps} == steps
    assert not tool.calls
