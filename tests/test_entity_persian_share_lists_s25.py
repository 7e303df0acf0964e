"""Companies listed after their shares' noun in a Persian bourse report, commas between, are
organisations (khabar.entities.persian_share_lists, resources/entities/share_list_heads_fa.txt,
share_list_openers_fa.txt; issue 5, session 25 (2026-12-07), engineer ent_fa9). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.entities.persian_share_lists import SOURCE
from khabar.entities.words import phrase_key


def listed(text: str) -> list[str]:
    doc = khabar.process(text, meta={"lang": "fa"})
    return [phrase_key(e.text) for e in doc.entities if e.type == "ORG" and e.source == SOURCE]


def keys(*names: str) -> list[str]:
    return [phrase_key(n) for n in names]


@pytest.mark.parametrize(("text", "found"), [
    # every comma-closed item after «سهام»; the one after «و» is left to the other rules
    ("در بورس تهران کارگزاران برای سهام سرمایه گذاری کاوه، چادرملو، معدنی زرین، "
     "و سیمان هرمزگان دستور خرید دادند.",
     keys("سرمایه گذاری کاوه", "چادرملو", "معدنی زرین")),
    # after «شامل»; a listed body keeps its own reading
    ("در بورس امروز نمادهای پربیننده شامل ایران خودرو، پالایش نفت بندر، تولی پرس، بودند.",
     keys("پالایش نفت بندر", "تولی پرس")),
    # the noun of companies and a word of example open the list, no part of a name
    ("در بورس صف فروش سهام شرکت های مانند مهرکام پارس، داروسازی زاگرس، شکل گرفت.",
     keys("مهرکام پارس", "داروسازی زاگرس")),
])
def test_the_companies_of_a_share_list(text: str, found: list[str]) -> None:
    assert listed(text) == found


@pytest.mark.parametrize("text", [
    # no bourse named: «سهم» is a share of anything
    "سهم مشارکت زنان، کارگران، جوانان افزایش یافت.",
    # one item is no list
    "در بورس سهم مشارکت زنان، افزایش یافت.",
    # plurals are kinds of companies, no names
    "در بورس سهام گروه هایی نظیر هلدینگ ها، بانک ها، شرکت های سرمایه گذاری رشد کرد.",
    # items with digits or function words end the list
    "در بورس سهام در دو هفته اخیر، 3 شرکت بزرگ، رشد کرد.",
])
def test_no_list_of_companies(text: str) -> None:
    assert listed(text) == []


def test_an_apposition_does_not_swallow_a_listed_company() -> None:
    # «رقیب» itself is still read as an item (a known wrong of the check draw), but the
    # listed «ایران خودرو» keeps its own reading, not «یعنی ایران خودرو»
    text = "در بورس ارزش سهام شرکت رقیب، یعنی ایران خودرو، کاهش یافت."
    doc = khabar.process(text, meta={"lang": "fa"})
    orgs = {phrase_key(e.text): e.source for e in doc.entities if e.type == "ORG"}
    assert orgs.get(phrase_key("ایران خودرو")) not in (None, SOURCE)
    assert phrase_key("یعنی ایران خودرو") not in orgs
