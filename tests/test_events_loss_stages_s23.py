"""Issue 6, session 23: bench/events_loss_stages.py places each studied gold event at the step
of the event stage where it is lost (kept, selection, draft, hit, no trigger hit)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("events_loss_stages",
                                                  ROOT / "bench" / "events_loss_stages.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, records: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


ACT = "وزیر امور خارجه ایران از آمریکا انتقاد کرد."
WEATHER = "هوای تهران امروز آفتابی بود."


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    _write(tmp_path / "farsnews-sample" / "farsnews_shared.jsonl", [
        {"id": "farsnews-1", "title": "انتقاد از آمریکا", "date": "2005-01-01", "lang": "fa",
         "text": f"{ACT}\n{WEATHER}"},
    ])
    party = {"name_en": "Iran", "country": "IRN"}
    _write(tmp_path / "gold" / "events-gold-fa.jsonl", [
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
