"""Session 23's review (review_c, 2026-12-07): the rules that step over the mark opening a
quotation or a quoted name read one set of marks (``text.sentences.OPENING_QUOTES``), not a
copy each; the sixth copy came with the facility names' quoted name («مطار "إدريس"»). The
study3 quote draw (bench/quotes_study3_draw.py) took the DATA after ``--tier2`` for that
flag's value and read the default folder instead."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from bench_modules import bench_module

from khabar.entities import arabic_facility_names, persian_work_titles
from khabar.events import quote_bodies, quote_outlets, quote_subjects, quotes
from khabar.text.sentences import OPENING_QUOTES


def test_the_opening_quotes_are_the_guillemet_and_the_double_quotes() -> None:
    assert frozenset("«“\"") == OPENING_QUOTES


@pytest.mark.parametrize("module", [quotes, quote_subjects, quote_outlets, quote_bodies,
                                    persian_work_titles, arabic_facility_names])
def test_each_rule_reads_the_one_set(module: ModuleType) -> None:
    assert module.OPENING_QUOTES is OPENING_QUOTES


@pytest.mark.parametrize("argv", [["--tier2", "/data", "--count", "8"],
                                  ["/data", "--tier2", "--count", "8"],
                                  ["--seed", "7", "/data", "--tier2"]])
def test_the_quote_draw_reads_data_wherever_the_flag_stands(argv: list[str]) -> None:
    assert bench_module("quotes_study3_draw").data_dir(argv) == Path("/data")
