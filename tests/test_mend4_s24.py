"""Session 24's code mends (engineer mend4, 2026-12-07), each output-identical.

The study3 quote draw (bench/quotes_study3_draw.py) read the working tree, so once its own set
was committed the set's ids counted as used and the draw could not be made again; it now reads
bench/, tests/ and khabar/ as they stood at ``BASE_COMMIT`` (through git), as the other draws do
(``events_fresh_draw.used_ids``, which now reads them with one ``git cat-file``).

Eight Arabic event and quote rules read a glued «و»/«ف» off a folded word each with a hand copy
(``word[1:] if len(word) > 3 and word[0] in "وف" else word``); they now read it with
``text.arabic_conjunction.without_proclitic`` (one also with «ب», one with its own length).
Words written for these tests.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from bench_modules import bench_module

from khabar.events import (
    arabic_content,
    arabic_passives,
    clauses,
    complements,
    quote_fronted,
    quote_pronoun_links,
    quote_turns,
    quotes,
)
from khabar.text import arabic_conjunction

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


@pytest.mark.parametrize(("folded", "min_rest", "letters", "bare"), [
    ("وقال", 3, "وف", "قال"),
    ("فاكد", 3, "وف", "اكد"),
    ("وقف", 3, "وف", "وقف"),  # three letters: the «و» is the word's own
    ("وقف", 2, "وف", "قف"),  # a rule that asks two letters after it
    ("بوزير", 3, "وف", "بوزير"),
    ("بوزير", 3, "وفب", "وزير"),
    ("قال", 3, "وف", "قال"),
    ("", 0, "وف", ""),
])
def test_without_proclitic(folded: str, min_rest: int, letters: str, bare: str) -> None:
    assert arabic_conjunction.without_proclitic(folded, min_rest, letters) == bare


@pytest.mark.parametrize("module", [arabic_content, arabic_passives, clauses, complements,
                                    quote_fronted, quote_pronoun_links, quote_turns, quotes])
def test_each_rule_reads_the_one_helper(module: ModuleType) -> None:
    assert module.without_proclitic is arabic_conjunction.without_proclitic
