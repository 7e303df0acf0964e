"""The pairwise time decay of story joins (setting ``stories.time_decay``)."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from khabar.settings import Settings
from khabar.stories import cluster
from khabar.stories.cluster import StoryCandidate, best_story

KEYS = frozenset({"per:a", "per:b"})  # two specific keys: exactly stories.min_overlap


def at(name: str, days: int | None, lang: str = "ar", keys: frozenset[str] = KEYS,
       vector: np.ndarray | None = None, fingerprint: tuple[int, ...] = ()) -> StoryCandidate:
    day = None if days is None else date(2025, 1, 20) + timedelta(days=days)
    return StoryCandidate(name, day, keys, lang, None, fingerprint, vector)


def decayed(decay: float, **more: float) -> Settings:
    return Settings().replace(stories__time_decay=decay, **more)


@pytest.mark.parametrize(
    ("days", "decay", "joined", "reason"),
    [
        (0, 0.5, True, "the same day: the keys needed are stories.min_overlap"),
        (1, 0.5, False, "a day on, two shared keys are short of 2 x 1.5"),
        (2, 0.0, True, "no decay: the same keys join anywhere in the window"),
    ],
)
def test_the_keys_a_join_needs_grow_with_the_days_between(
        days: int, decay: float, joined: bool, reason: str) -> None:
    assert (best_story(at("a", 0), [("s", at("b", days))], decayed(decay)) == "s") is joined, \
        reason


def test_the_factor_is_one_plus_decay_times_days_and_one_when_undated() -> None:
    settings = decayed(0.3)
    assert cluster.decay_factor(at("a", 0), at("b", 2), settings) == pytest.approx(1.6)
    assert cluster.decay_factor(at("a", 2), at("b", 0), settings) == pytest.approx(1.6)
    assert cluster.decay_factor(at("a", None), at("b", 2), settings) == 1.0


def test_more_shared_keys_still_join_days_apart() -> None:
    keys = KEYS | {"per:c", "per:d"}
    assert best_story(at("a", 0, keys=keys), [("s", at("b", 2, keys=keys))],
                      decayed(0.5)) == "s"  # 4 >= 2 x (1 + 0.5 x 2)


def test_near_duplicates_join_whatever_the_days() -> None:
    copy = tuple(range(64))
    a, b = at("a", 0, keys=frozenset(), fingerprint=copy), at("b", 3, keys=frozenset(),
                                                              fingerprint=copy)
    assert best_story(a, [("s", b)], decayed(1.0)) == "s"


def test_a_cosine_threshold_allows_less_distance_by_the_factor() -> None:
    assert cluster.cosine_needed(0.88, 1.0) == pytest.approx(0.88)
    assert cluster.cosine_needed(0.88, 2.0) == pytest.approx(0.94)


@pytest.mark.parametrize("threshold", [0.3, 0.45, 0.88])
def test_no_decay_leaves_a_cosine_threshold_exactly_as_set(threshold: float) -> None:
    # review, session 6: 1 - (1 - 0.3) is 0.30000000000000004, so the default decay 0
    # moved thresholds below 0.5 by a rounding step
    assert cluster.cosine_needed(threshold, 1.0) == threshold


def _pair(cosine: float) -> tuple[np.ndarray, np.ndarray]:
    a = np.zeros(8, dtype=np.float32)
    a[0] = 1.0
    b = np.zeros(8, dtype=np.float32)
    b[0], b[1] = cosine, np.sqrt(1 - cosine**2)
    return a, b


@pytest.mark.parametrize(("days", "joined"), [(0, True), (2, False)])
def test_the_veto_grows_stricter_with_the_days(days: int, joined: bool) -> None:
    va, vb = _pair(0.9)  # above the veto (0.88) on the day, below 0.94 two days on
    settings = decayed(0.25, stories__embedding=True, stories__embedding_veto=0.88)
    keys = KEYS | {"per:c", "per:d"}  # enough keys to join two days apart without vectors
    a, b = at("a", 0, keys=keys, vector=va), at("b", days, keys=keys, vector=vb)
    assert (best_story(a, [("s", b)], settings) == "s") is joined


@pytest.mark.parametrize(("days", "joined"), [(0, True), (1, False)])
def test_a_join_across_languages_needs_closer_vectors_days_apart(days: int,
                                                                  joined: bool) -> None:
    va, vb = _pair(0.9)
    settings = decayed(1.0, stories__embedding=True, stories__embedding_join=0.86)
    country = frozenset({"event:CONSULT"})
    a = at("a", 0, lang="fa", keys=country, vector=va)
    b = at("b", days, lang="ar", keys=country, vector=vb)
    assert (best_story(a, [("s", b)], settings) == "s") is joined
