"""Arabic statements that name their issuer with a participle of issuing, session 17
(2026-12-06), issue 6, engineer quotes2: «جاء في بيان صادر عن X أن», «وأوضح البيان الصادر
من X أن» and «أوضح تقرير صادر عن X أن» are X's (``quote_documents.issued_by``), and so is
what «التقرير» taken up later says (``quote_documents.issuer_told_before``).
Sentences written for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وجاء في بيان صادر عن وزارة الداخلية أن الحادث وقع مساء الأربعاء.",
         [("وزارة الداخلية", "ORG")], [("الحادث وقع", "وزارة الداخلية")],
         "«صادر عن» after the document names its issuer"),
        ("وأوضح البيان الصادر من هيئة الهلال الأحمر أن الفرق وصلت إلى المدينة.",
         [("هيئة الهلال الأحمر", "ORG")], [("الفرق وصلت", "هيئة الهلال الأحمر")],
         "the definite participle with «من»"),
        ("وقال بيان مشترك صادر عن وزارة الخارجية إن المحادثات كانت مثمرة.",
         [("وزارة الخارجية", "ORG")], [("المحادثات ", "وزارة الخارجية")],
         "one adjective of the document before the participle"),
        ("وأوضح تقرير صادر عن الأمم المتحدة أن عدد السكان سيصل إلى عشرة مليارات.",
         [("الأمم المتحدة", "ORG")], [("عدد السكان", "الأمم المتحدة")],
         "a report, an unnamed source alone, is its issuer's when one is named"),
        ("وأوضح تقرير صادر عن الجماعة أن أحمد الأسير غادر المدينة.",
         [("أحمد الأسير", "PER")], [("أحمد الأسي", None)],
         "only a name right after the preposition issued it, not one further in"),
        ("وجاء في بيان صادر أمس عن وزارة الداخلية أن الحادث وقع مساء الأربعاء.",
         [("وزارة الداخلية", "ORG")], [("الحادث وقع", None)],
         "the issuer only right after the participle's preposition"),
    ],
)
def test_a_participle_of_issuing_names_the_statement_s_issuer(
        text: str, entities: list[tuple[str, str]], expected: list[tuple[str, str | None]],
        reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("كشف تقرير صادر عن الأمم المتحدة أن عدد السكان سيرتفع. وأوضح التقرير أن آسيا الأكبر. "
         "وتابع التقرير أن أفريقيا الأسرع نموا.",
         [("عدد السكان", "الأمم المتحدة"), ("آسيا الأكب", "الأمم المتحدة"),
          ("أفريقيا ال", "الأمم المتحدة")],
         "the definite noun takes up the report issued by the body, mention after mention"),
        ("كشف تقرير صادر عن الأمم المتحدة أن عدد السكان سيرتفع. وفي سياق آخر ذكر تقرير أن "
         "آسيا الأكبر. وأوضح التقرير أن أفريقيا الأسرع نموا.",
         [("عدد السكان", "الأمم المتحدة"), ("آسيا الأكب", None), ("أفريقيا ال", None)],
         "an indefinite mention told another report, whose issuer is not named"),
    ],
)
def test_the_report_taken_up_is_its_issuer_s(
        text: str, expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _speakers(text, [("الأمم المتحدة", "ORG")]) == expected, reason
