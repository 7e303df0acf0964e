"""A person read with a given name whose surname's end is written apart is keyed by the
whole surname (review_a, session 21 (2026-12-06), issue 5): ``titles.person_key`` took the
last word, so «رضا غنی زاده» and «علی حسن زاده» were both «per:زاده», one entity page for
every such name, while ``persian_tidy.with_surname_suffix`` keys the same name
«per:غنيزاده» when the tagger reads it. Names written for the tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.entities.gazetteer import words
from khabar.entities.titles import person_key


def key_of(name: str) -> str:
    tokens = words(name)
    return person_key(tokens, 0, len(tokens) - 1)


@pytest.mark.parametrize(("name", "key"), [
    ("رضا غنی زاده", "per:غنيزاده"),
    ("علی حسن زاده", "per:حسنزاده"),
    ("مریم رضایی پور", "per:رضاييپور"),
    ("رضا غنی", "per:غني"),  # no end apart: the last word, as before
    ("رضا زاده", "per:زاده"),  # a given name and the end alone: nothing to join
    ("محمد بن سلمان", "per:محمد-سلمان"),  # a nasab name, as before
])
def test_the_key_is_the_whole_surname(name: str, key: str) -> None:
    assert key_of(name) == key


def test_a_credited_photographer_is_keyed_by_the_whole_surname() -> None:
    doc = khabar.process("عکس: رضا غنی زاده")
    assert [(e.text, e.key) for e in doc.entities if e.type == "PER"] == [
        ("رضا غنی زاده", "per:غنيزاده")]
