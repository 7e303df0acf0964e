"""Session 26 (2026-12-07), engineer stories_fa3, issue 6: an unlinked organisation whose
name ends in a count the tagger ran into it («دانشگاه 4» of «در دانشگاه 4 مرکز
تحقیقاتی»: ``khabar.stories.counted_names``) gives no story key in a Persian report; a
number after a designator («شهرداری منطقه 7») is the body's own and keeps the key, as does
a number inside a name (a year, a branch). Two profiles of different universities of a
Hamshahri serial shared «دانشگاه 4» and joined one story
(bench/data/story-pairs-fa25.tsv)."""

from __future__ import annotations

import pytest

from khabar.stories.cluster import record_keys
from khabar.stories.counted_names import ends_in_count


def _org(text: str, key: str, kb_id: str | None = None) -> dict[str, object]:
    return {"type": "ORG", "text": text, "key": key, "kb_id": kb_id}


def test_a_count_run_into_a_name_is_no_key() -> None:
    record = {"id": "x", "lang": "fa",
              "entities": [_org("دانشگاه 4", "org:دانشگاه4"),
                           _org("دانشگاه صنعتی شریف", "org:دانشگاهصنعتيشريف")]}
    assert record_keys(record) == frozenset({"org:دانشگاهصنعتيشريف"})


@pytest.mark.parametrize("text", [
    "دانشگاه 4",  # «در دانشگاه 4 مرکز تحقیقاتی»: 4 research centres
    "دانشگاه\n۳۰۴",  # «هیأت علمی دانشگاه 304 نفر است», Persian digits, a line break
    "250",  # a bare number read as a name
])
def test_counts(text: str) -> None:
    assert ends_in_count(_org(text, "org:x"), "fa")


@pytest.mark.parametrize("text", [
    "شهرداری منطقه 7",  # a designator before the number
    "دادسرای ناحیه 3",
    "کلانتری 103",
    "شهرداری منطقه 18 تهران",  # the number inside the name
    "کنوانسیون 1974 هلسینکی",  # a year inside the name
    "دانشگاه صنعتی شریف",  # no number
])
def test_numbers_of_names_are_kept(text: str) -> None:
    assert not ends_in_count(_org(text, "org:x"), "fa")


def test_only_unlinked_organisations_of_a_listed_language() -> None:
    assert not ends_in_count(_org("دانشگاه 4", "org:x", kb_id="org:x"), "fa")
    assert not ends_in_count({"type": "PER", "text": "دانشگاه 4", "key": "per:x"}, "fa")
    assert not ends_in_count(_org("الفرقة 17", "org:x"), "ar")  # no Arabic words listed
