"""The spaced copy's errors by family (session 21, 2026-12-06, issue 3, engineer zwnj):
``bench/zwnj_spaced_errors.py``, printed by ``bench/zwnj_dev.py --errors``. A stand-in
repair that joins every space between the listed pairs makes each family once."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import zwnj_spaced_errors
from zwnj_spaced_errors import spaced_error_kinds, without_writer_habits

ZWNJ = "\u200c"
JOINED = (("می", "شود"), ("هلال", "احمر"))


def join_listed(text: str) -> str:
    """Joins every space between the words of ``JOINED``; nothing else."""
    for left, right in JOINED:
        text = text.replace(f"{left} {right}", f"{left}{ZWNJ}{right}")
    return text


def families(documents: list[list[str]]) -> dict[str, dict[str, int]]:
    report = spaced_error_kinds(documents, join_listed, 5, {"tp": 1, "fp": 0, "fn": 0, "f1": 1})
    return {kind: {name: found["count"] for name, found in report[kind].items()}  # type: ignore[attr-defined]
            for kind in ("false_join", "missed_join")}


@pytest.mark.parametrize(("lines", "expected"), [
    # the document joins «می شود» once and spaces it once: the false join is the writer's
    ([f"این کار می{ZWNJ}شود و آن کار می شود"],
     {"false_join": {"doc_inconsistent": 1}, "missed_join": {}}),
    # no ZWNJ anywhere: typed with spaces, which the spaced copy cannot tell
    (["این کار می شود"], {"false_join": {"doc_has_no_zwnj": 1}, "missed_join": {}}),
    # ZWNJs elsewhere, the pair spaced every time: a habit against the corpus
    ([f"کتاب{ZWNJ}ها", "این کار می شود"],
     {"false_join": {"doc_spaces_pair": 1}, "missed_join": {"doc_joins_pair": 1}}),
    # a pair the repair does not know, joined each time by the document: a miss
    ([f"نخست{ZWNJ}وزیر آمد"], {"false_join": {}, "missed_join": {"doc_joins_pair": 1}}),
    # joined once and spaced once by the document: the miss is the writer's
    ([f"نخست{ZWNJ}وزیر و نخست وزیر"],
     {"false_join": {}, "missed_join": {"doc_inconsistent": 1}}),
])
def test_families(lines: list[str], expected: dict[str, dict[str, int]]) -> None:
    assert families([lines]) == expected


def test_right_repairs_are_no_errors() -> None:
    assert families([[f"هلال{ZWNJ}احمر و می{ZWNJ}شود"]]) == {"false_join": {},
                                                           "missed_join": {}}


def test_a_word_glued_by_the_writer_is_inside_word() -> None:
    """A repair that puts a ZWNJ inside a word the original glues."""
    report = spaced_error_kinds([["میشود"]], lambda text: f"می{ZWNJ}شود", 5,
                                {"tp": 0, "fp": 1, "fn": 0, "f1": 0})
    assert report["false_join"] == {"inside_word": {"count": 1, "commonest": [("میشود 2", 1)]}}


def test_without_writer_habits_counts_them_right() -> None:
    counts = Counter({("false_join", "doc_inconsistent"): 2, ("false_join", "doc_has_no_zwnj"): 3,
                      ("false_join", "doc_spaces_pair"): 4, ("missed_join", "doc_inconsistent"): 1,
                      ("missed_join", "doc_joins_pair"): 5})
    # tp 10 + 1, fp 9 - 5, fn 6 - 1: 2 * 11 / (22 + 4 + 5)
    assert without_writer_habits({"tp": 10, "fp": 9, "fn": 6}, counts) == round(22 / 31, 4)
    assert zwnj_spaced_errors.WRITER_HABITS["missed_join"] == ("doc_inconsistent",)
