"""Session 25 (2026-12-07), issue stories_fa: ``bench/stories_pairs.py --set fa25`` reads the
studied Persian pair set bench/data/story-pairs-fa25.tsv (Hamshahri and Fars pairs labelled
before any clustering output on them was seen; bench/stories_pairs.md, session 25). Before
it, the studied sets held 6 Persian pairs outside the dense set, none the same happening."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import stories_pairs  # noqa: E402  (a bench script, imported from its folder)

PERSIAN_IDS = ("HAM2-", "farsnews-")


@pytest.fixture(scope="module")
def pairs() -> list[stories_pairs.Pair]:
    return stories_pairs.load_pairs(stories_pairs.PAIRS["fa25"], "fa25")


def test_set_is_named(pairs: list[stories_pairs.Pair]) -> None:
    assert stories_pairs.PAIRS["fa25"].name == "story-pairs-fa25.tsv"
    assert len(pairs) >= 60


def test_enough_same_story_pairs(pairs: list[stories_pairs.Pair]) -> None:
    # the brief asked for at least 20 same-happening pairs to design on
    assert sum(same for _, _, same, _ in pairs) >= 20


def test_every_pair_is_two_persian_news_articles(pairs: list[stories_pairs.Pair]) -> None:
    for a, b, _, why in pairs:
        assert a != b
        assert a.startswith(PERSIAN_IDS) and b.startswith(PERSIAN_IDS), (a, b)
        assert why.startswith("["), why  # the drawing rule opens the reason


def test_no_pair_twice(pairs: list[stories_pairs.Pair]) -> None:
    seen = {frozenset((a, b)) for a, b, _, _ in pairs}
    assert len(seen) == len(pairs)
