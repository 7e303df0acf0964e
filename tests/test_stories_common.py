"""Common keys (setting ``stories.common_key_stories``): a key that articles of many
stories of the window hold weighs as little as a country, so sharing it does not chain
unrelated happenings into one story."""

from __future__ import annotations

from datetime import date

import pytest
from test_stories_core import _record

from khabar.settings import Settings
from khabar.store import open_store
from khabar.stories.cluster import StoryCandidate, best_story, common_keys, key_weight
from khabar.stories.core import fits_core


def _c(name: str, keys: set[str], common: set[str] | None = None) -> StoryCandidate:
    return StoryCandidate(name, date(2025, 1, 20), frozenset(keys), "ar", None, (),
                          common=frozenset(common or ()))


def test_a_key_of_many_stories_is_common() -> None:
    held = {"per:king": 8, "per:minister": 7, "geonames:1": 12}
    assert common_keys(held, held, Settings()) == {"per:king", "geonames:1"}
    assert common_keys(held, held, Settings().replace(stories__common_key_stories=0)) == set()
    assert key_weight("per:king", frozenset({"per:king"})) == 0.5
    assert key_weight("per:king") == 1.0


def test_a_common_key_weighs_as_a_country_in_a_pair() -> None:
    old = _c("old", {"per:king", "per:z", "per:w"})
    assert best_story(_c("new", {"per:king", "per:z", "per:v"}), [("s", old)],
                      Settings()) == "s"
    assert best_story(_c("new", {"per:king", "per:z", "per:v"}, {"per:king"}), [("s", old)],
                      Settings()) is None


def test_a_common_key_weighs_as_a_country_in_the_core() -> None:
    members = [_c(f"m{i}", {"per:king", "per:z", f"per:m{i}"}) for i in range(3)]
    assert fits_core(_c("new", {"per:king", "per:z"}), members, Settings())
    assert not fits_core(_c("new", {"per:king", "per:z"}, {"per:king"}), members, Settings())


@pytest.mark.parametrize(("needed", "together"), [(8, False), (0, True), (10, True)])
def test_the_store_counts_the_stories_holding_a_key(store_target: str, needed: int,
                                                    together: bool) -> None:
    """Eight happenings of the king with different people each (eight stories: the king
    alone is too little to join them); then two reports sharing the king and one more
    person join only while the king is not yet common."""
    settings = Settings().replace(stories__common_key_stories=needed)
    happenings = [("شاه", f"الف{i}", f"ب{i}") for i in range(8)]
    pair = [("شاه", "ز", "پ"), ("شاه", "ز", "ت")]
    with open_store(store_target, settings) as store:
        ids = [store.add(_record(n, names)).id for n, names in enumerate([*happenings, *pair])]
        stories = [(store.get(i) or {}).get("story") for i in ids]
    assert len(set(stories[:8])) == 8
    assert (stories[8] == stories[9]) is together


def test_one_big_story_does_not_make_its_keys_common(store_target: str) -> None:
    """Twenty reports of one happening: its keys are held by one story, and they keep
    their weight."""
    with open_store(store_target) as store:
        ids = [store.add(_record(n, ("الف", "ب", f"ج{n}"))).id for n in range(20)]
        stories = {(store.get(i) or {}).get("story") for i in ids}
    assert len(stories) == 1
