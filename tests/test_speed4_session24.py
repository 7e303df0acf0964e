"""Throughput, session 24 (2026-12-07), engineer speed4 (issue 8): the Persian list test of
``persian_word_persons`` (is a common word that the tagger took for a person an item of a
list of persons?) splits the text between two persons no further than a list join has
words, instead of splitting all of it, which for two persons far apart is much of the
article. Same answers as the whole split; texts written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.doc import Entity
from khabar.entities.persian_word_persons import LIST_JOINS, _listed, joins_list


def _whole_split(gap: str) -> bool:
    """The test as it was: every word of the gap split off, then joined by one space."""
    return " ".join(gap.split()) in LIST_JOINS


GAPS = [
    "", " ", "\n", " \u200c ",  # a ZWNJ is no white space: no join
    "، ", " و ", "  ،   و\t", ", و", "و", "،و",  # «،و» glued: one word, no join
    " و و ", "، و ،",  # three words: longer than any join
    " گفت و ", "، " + "کلمه " * 500 + "و ",  # a long gap between two persons far apart
    " \n \t ",
]


@pytest.mark.parametrize("gap", GAPS)
def test_a_gap_joins_a_list_as_when_split_whole(gap: str) -> None:
    assert joins_list(gap) == _whole_split(gap)


@given(st.text(alphabet=[" ", "\n", "\t", "\u200c", "،", ",", "و", "ز", "x"], max_size=12))
def test_any_gap_joins_a_list_as_when_split_whole(gap: str) -> None:
    assert joins_list(gap) == _whole_split(gap)


def test_a_gap_of_more_words_than_any_join_joins_none() -> None:
    longest = max(len(join.split()) for join in LIST_JOINS)
    assert not joins_list(" ".join(["و"] * (longest + 1)))


def test_a_person_beside_another_is_listed_and_one_far_away_is_not() -> None:
    text = "علمداری و زارع گفتند " + "کلمه " * 300 + "و رضایی آمد"
    first = Entity(0, 7, type="PER", text="علمداری")
    second = Entity(text.index("زارع"), text.index("زارع") + 4, type="PER", text="زارع")
    far = Entity(text.index("رضایی"), text.index("رضایی") + 5, type="PER", text="رضایی")
    assert _listed(text, second, [first, second, far])
    assert not _listed(text, far, [first, second, far])
