"""Credit lines on a dumped page (session 21, issue 3, ``khabar.clean.credits``).

The furniture tables label a page's source and photo credits furniture («المصدر: واس»
below the article, «عکس: ایرنا» between its paragraphs); a report opened by «المصدر»,
a source credit inside the article and a clean article's own credits stay. The lines
are written for the tests, in wordings no furniture table holds."""

from __future__ import annotations

import pytest
from doc_builders import BODY_FA, BODY_FA_2

from khabar.clean import clean

BODY_AR = ("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المنطقة الشرقية بطاقة "
           "استيعابية تبلغ مئتي سرير لخدمة سكان المحافظات المجاورة.")
BODY_AR_2 = ("وأضافت الوزارة في بيانها أن المستشفى سيضم أقساما متخصصة في طب الأطفال "
             "والطوارئ وأمراض القلب، إلى جانب مركز حديث للأشعة.")
#: A furniture line the phrase list knows: the text is a dumped page.
PAGE = {"fa": "نظر شما", "ar": "اقرأ أيضا"}
BODIES = {"fa": (BODY_FA, BODY_FA_2), "ar": (BODY_AR, BODY_AR_2)}
HEADLINES = {"fa": "گسترش همکاری‌های دفاعی ایران و پاکستان",
             "ar": "افتتاح مستشفى جديد في المنطقة الشرقية"}


def reason_of(raw: str, line: str) -> str | None:
    found = {raw[r.raw_start : r.raw_end].strip(): r.reason for r in clean(raw).removed}
    return found.get(line)


def page(lang: str, where: str, line: str, furniture: bool = True) -> str:
    first, second = BODIES[lang]
    # "top": right under the headline, as a page's byline slots stand
    parts = {"top": [HEADLINES[lang], line, first, second], "middle": [first, line, second],
             "tail": [first, second, line]}[where]
    return "\n".join(parts + ([PAGE[lang]] if furniture else []))


TAKEN = [
    ("fa", "tail", "منبع: خبرگزاری موج", "a source credit below the article"),
    ("fa", "tail", "منبع: روزنامه نمونه و خبرگزاری‌ها", "two sources joined by و"),
    ("ar", "tail", "المصدر : صحيفة المدينة + وكالات", "a spaced colon, sources joined by +"),
    ("ar", "tail", "المصدر: «الحياة»", "a quoted outlet"),
    ("ar", "top", "المصدر: وكالات", "a source credit under the headline"),
    ("fa", "middle", "عکس: خبرگزاری موج", "a photo credit between paragraphs"),
    ("fa", "middle", "عکس: موج / رضا احمدی", "a photo credit of an outlet and a photographer"),
    ("ar", "middle", "تصوير: سامي الخطيب", "an Arabic photo credit between paragraphs"),
    ("ar", "middle", "مصدر الصورة: وكالة الأنباء", "a two-word photo label"),
]


@pytest.mark.parametrize(("lang", "where", "line", "why"), TAKEN)
def test_credits_of_a_page_go(lang: str, where: str, line: str, why: str) -> None:
    assert reason_of(page(lang, where, line), line) == "furniture:credit", why


STAYS = [
    ("fa", "middle", "منبع: خبرگزاری موج", "a source credit inside the article"),
    ("ar", "middle", "المصدر: لا تعليق", "inside the article «المصدر» opens a report"),
    ("ar", "tail", "المصدر: إن الوفد سيصل إلى الرياض مساء الغد لبحث الملف.",
     "a report opened by «المصدر», a sentence"),
    ("ar", "tail", "المصدر: الوفد سيصل إلى الرياض مساء الغد لبحث ملف الحدود",
     "a long value is a report, not a name"),
    ("fa", "middle", "کارگردان: رضا احمدی", "a label no credit list has"),
]


@pytest.mark.parametrize(("lang", "where", "line", "why"), STAYS)
def test_reports_and_other_labels_stay(lang: str, where: str, line: str, why: str) -> None:
    assert reason_of(page(lang, where, line), line) is None, why


@pytest.mark.parametrize(("lang", "where", "line"), [
    ("fa", "tail", "منبع: خبرگزاری موج"),
    ("fa", "middle", "عکس: خبرگزاری موج"),
    ("ar", "tail", "المصدر: وكالات"),
])
def test_a_clean_articles_own_credits_stay(lang: str, where: str, line: str) -> None:
    assert reason_of(page(lang, where, line, furniture=False), line) is None


def test_a_source_credit_stops_the_trailing_run_as_a_kept_label_did() -> None:
    # the writer's name above the credit is the article's closing, not navigation
    raw = "\n".join([BODY_AR, BODY_AR_2, "سامي الخطيب", "المصدر: وكالات", PAGE["ar"]])
    assert reason_of(raw, "المصدر: وكالات") == "furniture:credit"
    assert reason_of(raw, "سامي الخطيب") is None


def test_the_removed_credit_still_names_the_source() -> None:
    from khabar import process

    raw = "\n".join([BODY_FA, BODY_FA_2, "منبع: ایرنا", "نظر شما"])
    doc = process(raw)
    assert "منبع: ایرنا" not in doc.text
    assert any(source.name == "ایرنا" and source.relation == "source"
               for source in doc.sources), doc.sources


def test_the_credit_labels_are_loaded_once() -> None:
    # session 21 refactor: structure and credits read one loader (credits imports structure),
    # and the labels the closing-label rule keeps are the list's source credits
    from khabar.clean import credits, structure

    assert credits.credit_labels is structure.credit_labels
    labels = structure.credit_labels()
    assert structure.kept_labels() == {k for k, kind in labels.items() if kind == "source"}
    assert {"source", "photo"} <= set(labels.values())
