"""The home capital (session 19 (2026-12-06), issue 6): between two reports of one home
(Persian: Iran), its capital weighs as a country; a foreign capital, or the capital between
reports of different homes, keeps its weight."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.settings import Settings
from khabar.stories.cluster import StoryCandidate, best_story, candidate_from_record
from khabar.stories.core import fits_core
from khabar.stories.home import home_capital, home_of

TEHRAN, BEIRUT = "geonames:112931", "geonames:276781"
MUNICIPALITY, FESTIVAL = "org:شهرداريتهران", "org:جشنوارهفجر"


def _c(name: str, keys: set[str], lang: str, home: str | None) -> StoryCandidate:
    return StoryCandidate(name, date(2006, 7, 12), frozenset(keys), lang, None, (), home=home)


def test_the_home_of_a_persian_report_is_iran_and_its_capital_tehran() -> None:
    assert home_of({"lang": "fa"}) == "IRN"
    assert home_of({"lang": "ar"}) is None  # Arabic news comes from many countries
    assert home_capital("IRN", "IRN") == {TEHRAN}
    assert home_capital("IRN", None) == home_capital(None, None) == frozenset()
    record = {"id": "x", "lang": "fa", "text": "در تهران", "published": "2006-07-12"}
    assert candidate_from_record(record).home == "IRN"


@pytest.mark.parametrize(
    ("keys_a", "keys_b", "homes", "joined", "reason"),
    [
        ({TEHRAN, MUNICIPALITY}, {TEHRAN, MUNICIPALITY}, ("IRN", "IRN"), False,
         "a Tehran paper: a traffic plan and couriers share Tehran and its municipality"),
        ({TEHRAN, MUNICIPALITY}, {TEHRAN, MUNICIPALITY}, ("IRN", None), True,
         "no common home: Tehran keeps its weight"),
        ({BEIRUT, FESTIVAL}, {BEIRUT, FESTIVAL}, ("IRN", "IRN"), True,
         "a foreign capital is where the happening is"),
    ],
)
def test_the_home_capital_weighs_as_a_country(keys_a: set[str], keys_b: set[str],
                                              homes: tuple[str | None, str | None],
                                              joined: bool, reason: str) -> None:
    a, b = _c("a", keys_a, "fa", homes[0]), _c("b", keys_b, "fa", homes[1])
    assert (best_story(a, [("s", b)], Settings()) == "s") is joined, reason


def test_a_core_of_the_home_capital_and_a_local_body_takes_no_other_report() -> None:
    members = [_c(f"m{i}", {TEHRAN, MUNICIPALITY, f"per:p{i}"}, "fa", "IRN") for i in range(3)]
    newcomer = _c("n", {TEHRAN, MUNICIPALITY, "per:other"}, "fa", "IRN")
    assert not fits_core(newcomer, members, Settings())
    assert fits_core(_c("n", {TEHRAN, MUNICIPALITY}, "fa", None), members, Settings())
