"""The home country (session 22 (2026-12-07), issue 6): between two reports of one home
(Persian: Iran), that country weighs nothing, pairwise and against a story's core. Two Fars
reports of one day (a Khomeini-anniversary statement in Yazd, an IRGC commander in Yasuj)
shared Iran, their agency and the Leader, and joined (bench/data/story-pairs-dense.tsv)."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.settings import Settings
from khabar.stories.cluster import StoryCandidate, best_story, overlap
from khabar.stories.core import fits_core
from khabar.stories.home import home_country

IRAN, TEHRAN, IRAQ = "geonames:130758", "geonames:112931", "geonames:99237"
LEADER, FARS = "per:ali-khamenei", "by:org:fars-news"


def _c(name: str, keys: set[str], home: str | None, lang: str = "fa") -> StoryCandidate:
    return StoryCandidate(name, date(2006, 6, 1), frozenset(keys), lang, None, (), home=home)


def test_the_home_country_of_two_persian_reports_is_iran() -> None:
    assert home_country("IRN", "IRN") == {IRAN}
    assert home_country("IRN", None) == home_country(None, None) == frozenset()


@pytest.mark.parametrize(
    ("keys", "homes", "joined", "reason"),
    [
        ({IRAN, FARS, LEADER}, ("IRN", "IRN"), False,
         "two Fars statements of one day name Iran and the Leader: nothing else shared"),
        ({IRAN, TEHRAN, "per:محمدي"}, ("IRN", "IRN"), False,
         "a genetics congress and a football squad: Iran, Tehran and a surname"),
        ({IRAN, FARS, LEADER}, ("IRN", None), True,
         "no common home: Iran is a country like another"),
        ({IRAQ, FARS, LEADER}, ("IRN", "IRN"), True, "a foreign country keeps its weight"),
    ],
)
def test_the_home_country_weighs_nothing(keys: set[str], homes: tuple[str | None, str | None],
                                         joined: bool, reason: str) -> None:
    a = _c("a", keys | {"per:a"}, homes[0])
    b = _c("b", keys | {"org:b"}, homes[1])
    assert (best_story(a, [("s", b)], Settings()) == "s") is joined, reason


def test_the_home_country_adds_nothing_to_what_two_reports_share() -> None:
    a, b = _c("a", {IRAN, "per:x", "per:y"}, "IRN"), _c("b", {IRAN, "per:x", "per:y"}, "IRN")
    assert overlap(a, b) == 2.0


def test_a_core_of_the_home_country_capital_and_one_actor_takes_no_other_report() -> None:
    members = [_c(f"m{i}", {IRAN, TEHRAN, LEADER, f"per:p{i}"}, "IRN") for i in range(3)]
    assert not fits_core(_c("n", {IRAN, TEHRAN, LEADER, "per:other"}, "IRN"), members,
                         Settings())
    assert fits_core(_c("n", {IRAN, TEHRAN, LEADER}, None), members, Settings())
