"""An Arabic body's short name in marks after its full name, and its other mentions,
session 14 (2026-12-06), issue 5 (entities/arabic_short_names). Sentences written for
these tests; the full names given by hand as the rules before would read them."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_short_names import short_names
from khabar.entities.words import words


def _orgs(text: str, body: str) -> list[str]:
    start = text.index(body)
    kept = [Entity(start, start + len(body), type="ORG", text=body, key="x", source="org_list")]
    return [e.text for e in short_names(text, words(text), kept) if e.source == "short_name"]


@pytest.mark.parametrize(("text", "body", "found"), [
    ("نظمت مؤسسة الملك عبدالعزيز للموهبة والإبداع «موهبة» برنامجا. وأشار إلى أن موهبة "
     "اختارت مدارس الرياض.", "مؤسسة الملك عبدالعزيز للموهبة والإبداع", ["موهبة", "موهبة"]),
    ("وقام صندوق تنمية الموارد البشرية (هدف) بإنشاء بوابة.",
     "صندوق تنمية الموارد البشرية", ["هدف"]),
    ("وكان قاضيا في محكمة التحكيم الرياضية ( كاس ) سابقا.", "محكمة التحكيم الرياضية",
     ["كاس"]),
    ("في تقرير لمنظمة الصحة العالمية (WHO) أمس.", "منظمة الصحة العالمية", ["WHO"]),
])
def test_a_marked_word_after_a_body_is_its_short_name(text: str, body: str,
                                                      found: list[str]) -> None:
    assert _orgs(text, body) == found


@pytest.mark.parametrize(("text", "body", "reason"), [
    ("وصادق مجلس الشورى الإسلامي (البرلمان) على القانون.", "مجلس الشورى الإسلامي",
     "a definite gloss explains the name"),
    ("وفاز المنتخب السعودي للتنس (12 عاما) بالبطولة.", "المنتخب السعودي للتنس",
     "not one word"),
    ("وقال مدير الشركة السعودية للكهرباء (محمد) إن العمل مستمر.", "الشركة السعودية للكهرباء",
     "a given name"),
    ("وأعلنت وزارة الداخلية (جدة) النتائج.", "وزارة الداخلية", "a place"),
    ('وردت الهيئة العامة للرياضة:"مرفوض" على الطلب.', "الهيئة العامة للرياضة",
     "a mark after a colon opens a quotation"),
    ('وقال في بيان الاتحاد البرازيلي "أبلغت "فيفا" أني لن أشارك".', "الاتحاد البرازيلي",
     "the mark after the word opens the next quote"),
    ("ووقعت سبق وشركة EURO SPORT (عربية) اتفاقية.", "EURO SPORT",
     "an Arabic word after a Latin name is its edition"),
    ('وذكرت إذاعة "راديو مونت كارلو" وصحيفتا "ليكيب" الفرنسية الخبر.', "راديو مونت كارلو",
     "the mark glued to the name closes its own quote"),
    ("وقالت منظمة الصحة العالمية (who) إن", "منظمة الصحة العالمية",
     "a Latin word with no capital"),
])
def test_no_short_name(text: str, body: str, reason: str) -> None:
    assert _orgs(text, body) == [], reason


def test_other_mentions_are_the_short_name_written_alike() -> None:
    """«كأس» ('cup') folds as «كاس» (CAS) does, but is written otherwise."""
    text = ("وكان قاضيا في محكمة التحكيم الرياضية (كاس) سابقا. ورفعت كاس الدعوى قبل "
            "كأس العالم.")
    assert _orgs(text, "محكمة التحكيم الرياضية") == ["كاس", "كاس"]
