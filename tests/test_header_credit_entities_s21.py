"""The outlet of a dropped credit line stays findable (review_a, session 21 (2026-12-06),
issues 3 and 5).

Session 21's ``khabar.clean.credits`` takes a dumped page's credit lines out of ``text``
(«منبع: ایرنا» below examples/articles/001), so the outlet they name was no body entity
any more: its entity page and the article filter ``entity=`` lost the article, which only
the article page's source chain still showed. The header stage now reads credit lines,
in both languages, as it reads a dateline: their entities are ``header_entities``, which
the store lists and filters by."""

from __future__ import annotations

import pytest
from doc_builders import BODY_FA, BODY_FA_2

import khabar
from khabar.doc import Doc
from khabar.store import open_store
from khabar.store.queries import Filters

BODY_AR = ("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المنطقة الشرقية بطاقة "
           "استيعابية تبلغ مئتي سرير لخدمة سكان المحافظات المجاورة.\n"
           "وأضافت الوزارة في بيانها أن المستشفى سيضم أقساما متخصصة في طب الأطفال "
           "والطوارئ وأمراض القلب، إلى جانب مركز حديث للأشعة.")
#: A page's furniture below the credit: the text is a dumped page.
PAGES = {
    "fa": (f"{BODY_FA}\n{BODY_FA_2}\nمنبع: ایرنا\nنظر شما", "منبع: ایرنا", "org:irna"),
    "ar": (f"{BODY_AR}\nالمصدر: رويترز\nاقرأ أيضا", "المصدر: رويترز", "org:reuters"),
}


def _credited(lang: str) -> tuple[Doc, str, str]:
    raw, line, key = PAGES[lang]
    doc = khabar.process(raw, meta={"title": "خبر"})
    assert line not in doc.text  # the credit is dropped as furniture:credit
    return doc, line, key


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_a_dropped_credit_line_names_its_outlet(lang: str) -> None:
    doc, line, key = _credited(lang)
    assert doc.header_text == line
    assert doc.header_map is not None
    found = [e for e in doc.header_entities if e.key == key]
    assert [e.type for e in found] == ["ORG"]
    start, end = doc.header_map.span(found[0].start, found[0].end)
    assert doc.raw[start:end] == found[0].text


def test_a_clean_articles_credit_stays_in_the_body() -> None:
    """No other furniture: the credit is the article's own, read with the body."""
    doc = khabar.process(f"{BODY_FA}\n{BODY_FA_2}\nمنبع: ایرنا", meta={"title": "خبر"})
    assert "org:irna" in {e.key for e in doc.entities}
    assert doc.header_text is None and doc.header_entities == []


def test_the_article_filter_finds_the_credited_outlet(store_target: str) -> None:
    doc, _line, key = _credited("fa")
    with open_store(store_target) as store:
        store.add(doc)
        found = [row.id for row, _key in store.article_page(Filters(entity=key), 10)]
        listed = {item["key"] for item in store.entity_list(entity_type="ORG", limit=500)}
    assert found == [doc.id] and key in listed
