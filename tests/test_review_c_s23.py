"""Session 23's review (review_c, 2026-12-07): the rules that step over the mark opening a
quotation or a quoted name read one set of marks (``text.sentences.OPENING_QUOTES``), not a
copy each; the sixth copy came with the facility names' quoted name («مطار "إدريس"»)."""

from __future__ import annotations

from types import ModuleType

import pytest

from khabar.entities import arabic_facility_names, persian_work_titles
from khabar.events import quote_bodies, quote_outlets, quote_subjects, quotes
from khabar.text.sentences import OPENING_QUOTES


def test_the_opening_quotes_are_the_guillemet_and_the_double_quotes() -> None:
    assert frozenset("«“\"") == OPENING_QUOTES


@pytest.mark.parametrize("module", [quotes, quote_subjects, quote_outlets, quote_bodies,
                                    persian_work_titles, arabic_facility_names])
def test_each_rule_reads_the_one_set(module: ModuleType) -> None:
    assert module.OPENING_QUOTES is OPENING_QUOTES
