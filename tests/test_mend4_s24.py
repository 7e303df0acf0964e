"""Session 24's code mends (engineer mend4, 2026-12-07), each output-identical.

The study3 quote draw (bench/quotes_study3_draw.py) read the working tree, so once its own set
was committed the set's ids counted as used and the draw could not be made again; it now reads
bench/, tests/ and khabar/ as they stood at ``BASE_COMMIT`` (through git), as the other draws do
(``events_fresh_draw.used_ids``, which now reads them with one ``git cat-file``).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from bench_modules import bench_module

ROOT = Path(__file__).resolve().parent.parent
STUDY3 = ROOT / "bench" / "data" / "quotes-gold-study3-ar.jsonl"
SHARED_DATA = ROOT.parent / "shared" / "data"


def _study3_ids() -> set[str]:
    return {json.loads(line)["id"] for line in STUDY3.read_text(encoding="utf-8").splitlines()}


def _has_commit(commit: str) -> bool:
    return subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", f"{commit}^{{commit}}"],
                          capture_output=True).returncode == 0


@pytest.fixture()
def draw() -> ModuleType:
    module = bench_module("quotes_study3_draw")
    if not _has_commit(getattr(module, "BASE_COMMIT", "d9d7f7a")):
        pytest.skip("the draw's base commit is not in this clone")
    return module


def test_the_study3_set_itself_does_not_count_as_used(draw: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "events-dev").mkdir()
    assert not draw.used_ids(tmp_path, tier2=True) & _study3_ids()


@pytest.mark.skipif(not (SHARED_DATA / "saudinewsnet").is_dir(), reason="needs ../shared/data")
def test_the_study3_draw_gives_the_set_again(draw: ModuleType,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """QUOTES-GOLD.md: the strict draw less three near duplicates, ``--tier2 --count 8``, and
    three of ``--tier2 --count 12 --skip 8`` in their place."""
    near_duplicates = {"saudinewsnet-2015-07-24-02004", "saudinewsnet-2015-07-27-00347",
                       "saudinewsnet-2015-08-08-00484"}
    replacements = {"saudinewsnet-2015-07-31-00534", "saudinewsnet-2015-07-24-01204",
                    "saudinewsnet-2015-07-21-02554"}
    draws = []
    for argv in ([], ["--tier2", "--count", "8"], ["--tier2", "--count", "12", "--skip", "8"]):
        draw.main([str(SHARED_DATA), *argv])
        draws.append(set(capsys.readouterr().out.split()))
    strict, tier2, later = draws
    assert near_duplicates <= strict and replacements <= later
    assert (strict - near_duplicates) | tier2 | replacements == _study3_ids()
