"""What opens a quote and what does not (session 12, 2026-12-05): أن after "قبل" is no
link, a participle form after a preposition is a noun, "وجاء في بيان ..." is the
statement's, and quotation marks further after an Arabic verb still open its words.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def _quotes(text: str, entities: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None)
            for q in find_quotes(doc_with(text, "ar", entities))]


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وأعلن سالم العتيبي ترشحه للانتخابات قبل أن يسحب ترشحه بعد أسبوع.",
         [("سالم العتيبي", "PER")], [], "قبل أن is a conjunction of time, not a link"),
        ("وأكد سالم العتيبي التزامه بالاتفاق، إلا أن المفاوضات توقفت بعد يومين.",
         [("سالم العتيبي", "PER")], [], "إلا أن (however) is no link"),
        ("وأعلن سالم العتيبي ترشحه للانتخابات وقبل أن يبدأ الاقتراع سحب ترشحه.",
         [("سالم العتيبي", "PER")], [], "nor is وقبل أن, the conjunction glued on"),
        ("وأكد سالم العتيبي التزامه بالاتفاق، ورغم أن المفاوضات توقفت بقي متفائلا.",
         [("سالم العتيبي", "PER")], [], "nor ورغم أن"),
        ("وأكد سالم العتيبي أن المفاوضات ستستأنف الأسبوع المقبل.",
         [("سالم العتيبي", "PER")], [("المفاوضات ستستأنف الأسبوع المقبل.", "سالم العتيبي")],
         "a plain link still opens reported speech"),
        ("ورفع سالم العتيبي صورة، وكتب المتظاهرون على لافتة: «لا تقتلوا أبناءنا في الشوارع».",
         [("سالم العتيبي", "PER")], [], "لافتة after a preposition is a banner, not a verb"),
        ("وأصدرت وزارة الداخلية بيانا أمس. وجاء في البيان أن الحادث وقع مساء الأربعاء.",
         [("وزارة الداخلية", "ORG")], [("الحادث وقع مساء الأربعاء.", "وزارة الداخلية")],
         "what came in a statement is its issuer's"),
        ("وجاء في بيان لوزارة الداخلية أن الحادث وقع مساء الأربعاء.",
         [("وزارة الداخلية", "ORG")], [("الحادث وقع مساء الأربعاء.", "وزارة الداخلية")],
         "a statement names its issuer with لـ"),
        ("وجاء الفريق في المرتبة الثانية بعد أن خسر المباراة الأخيرة أمام الاتحاد.",
         [], [], "جاء alone is 'came', and بعد أن no link"),
        ("وقال خالد الحربي المحامي المكلف الدفاع عن الشركة الوطنية للنقل البحري في تصريحات "
         "لصحيفة محلية مساء أمس «لن نقبل أي تسوية لا تحفظ حقوق الموظفين كاملة».",
         [("خالد الحربي", "PER")],
         [("لن نقبل أي تسوية لا تحفظ حقوق الموظفين كاملة", "خالد الحربي")],
         "marks a long post and occasion away from the verb still open its words"),
        ("من جهته، قال الرائد سالم العتيبي الذي أصيب بكسر في قدمه اليسرى خلال الهجوم على "
         "المركز في تصريح لصحيفة محلية أن المهاجم استغل وجود الناس في الصلاة.",
         [("سالم العتيبي", "PER")],
         [("المهاجم استغل وجود الناس في الصلاة.", "سالم العتيبي")],
         "a far link is the verb's when its subject is the only person before it"),
        ("من جهته، قال الرائد سالم العتيبي الذي التقى الوزير خالد الحربي بعد الهجوم على "
         "المركز في زيارة للمستشفى أن المهاجم استغل وجود الناس في الصلاة.",
         [("سالم العتيبي", "PER"), ("خالد الحربي", "PER")], [],
         "not when another person stands between"),
        ("وأشاد خالد الحربي المحامي المكلف الدفاع عن الشركة الوطنية للنقل البحري في تصريحات "
         "لصحيفة محلية مساء أمس بمبادرة «برنامج دعم الموظفين».", [("خالد الحربي", "PER")], [],
         "a name of three words in marks opens no quote, near or far"),
    ],
)
def test_openings(text: str, entities: list[tuple[str, str]],
                  expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _quotes(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("یک مقام آگاه از این مذاکرات گفت، مهدی نوری در این دیدار تاکید کرد: همکاری دو کشور "
         "ادامه خواهد یافت.", [("مهدی نوری", "PER")],
         [("همکاری دو کشور ادامه خواهد یافت.", "مهدی نوری")],
         "a named speaker's colon quote inside reported words is his, not the reporter's"),
        ("رضا احمدی گفت که نیروهای مرزی دیروز دو قاچاقچی را دستگیر کردند و افزود: تحقیقات "
         "ادامه دارد.", [("رضا احمدی", "PER")],
         [("نیروهای مرزی دیروز دو قاچاقچی را دستگیر کردند و افزود: تحقیقات ادامه دارد.",
           "رضا احمدی")],
         "an inner verb with no name of its own leaves the reported words whole"),
    ],
)
def test_inner_colon_fa(text: str, entities: list[tuple[str, str]],
                        expected: list[tuple[str, str | None]], reason: str) -> None:
    assert [(q.text, q.speaker.text if q.speaker else None)
            for q in find_quotes(doc_with(text, "fa", entities))] == expected, reason

