"""Provinces as story keys (session 13 (2026-12-05), issue 6): weak between reports of one
language, specific across languages."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.settings import Settings
from khabar.stories.cluster import StoryCandidate, best_story, blocking_keys, key_weight
from khabar.stories.core import fits_core

ASIR, ABHA = "iso3166-2:SA-14", "geonames:110690"
RECEPTION, FESTIVAL = "per:فيصل-خالد", "org:مهرجانابهايجمعنا"


def _c(name: str, keys: set[str], lang: str, title: str | None = None) -> StoryCandidate:
    return StoryCandidate(name, date(2015, 8, 6), frozenset(keys), lang, title, ())


def test_a_province_weighs_as_a_country_within_one_language_only() -> None:
    assert key_weight(ASIR, across=False) == key_weight("geonames:102358") < 1.0
    assert key_weight(ASIR) == key_weight(ASIR, across=True) == 1.0


@pytest.mark.parametrize(
    ("lang_a", "lang_b", "joined", "reason"),
    [
        ("ar", "ar", False,
         "one region's paper: the emir's reception and the festival share Asir and Abha only"),
        ("fa", "ar", True,
         "across languages a province and a city both reports name are a fair overlap"),
    ],
)
def test_a_province_and_a_city_join_only_across_languages(lang_a: str, lang_b: str,
                                                         joined: bool, reason: str) -> None:
    a = _c("a", {ASIR, ABHA, RECEPTION}, lang_a)
    b = _c("b", {ASIR, ABHA, FESTIVAL}, lang_b)
    assert (best_story(a, [("s", b)], Settings()) == "s") is joined, reason


def test_a_province_still_finds_neighbours() -> None:
    # the blocking index is not a comparison: a province stays a key to look up
    assert ASIR in blocking_keys(_c("a", {ASIR, ABHA}, "ar"))


def test_a_core_of_a_province_and_a_city_takes_no_report_of_another_happening() -> None:
    members = [_c(f"m{i}", {ASIR, ABHA, FESTIVAL}, "ar") for i in range(3)]
    assert not fits_core(_c("x", {ASIR, ABHA, RECEPTION}, "ar"), members, Settings())
