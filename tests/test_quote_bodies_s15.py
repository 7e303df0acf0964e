"""Arabic bodies named once without an entity and referred back to by their noun, and the
subject of a finite speech verb with none of its own (session 15 (2026-12-06), issue 6).
Sentences written for these tests, after the grammar of SaudiNewsNet company news."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def _speakers(text: str, entities: list[tuple[str, str]],
              kb: dict[str, tuple[str, str | None]] | None = None) -> list[tuple[str, str | None]]:
    doc = doc_with(text, "ar", entities, kb)
    return [(q.text[:10], q.speaker.text if q.speaker else None) for q in find_quotes(doc)]


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("أعلنت شركة القصيم الزراعية «جاكو» شراء نصف الأرض المملوكة لشركة وابل العربية. "
         "وأوضحت الشركة في بيان لها أن مساحة الأرض تبلغ ألف متر.",
         [], [("مساحة الأر", "شركة القصيم الزراعية «جاكو»")],
         "«الشركة» stands for the company named after «شركة», not the one after «لشركة»"),
        ("قالت شركة أبل اليوم إن خدمتها جذبت مليون شخص. وقالت الشركة إن نحو مليوني شخص "
         "اختاروا النظام العائلي.",
         [], [("خدمتها جذب", "شركة أبل"), ("نحو مليوني", "شركة أبل")],
         "the name ends before a time word (the first quote is the company's too since"
         " session 28, quote_named_bodies: it had no speaker)"),
        ("أعلنت الشركة \"السعودية للاسماك\" عن إصابة مشروعها. وأوضحت الشركة أنها تعكف على "
         "حصاد المحصول.",
         [], [("تعكف على ح", "الشركة \"السعودية للاسماك\"")],
         "the noun with the article and the name in marks after it"),
        ("في حين أعلن «مكتب أخبار سوريا» المعارض أن القصف استمر. وقال المكتب إن اللواء تقدم.",
         [], [("القصف استم", None), ("اللواء تقد", "مكتب أخبار سوريا")],
         "the noun in marks with its name"),
        ("وقالت إنه إذا لم تستطع شركة القصيم الزراعية تسديد مبلغ الصفقة تبقى شريكة. "
         "وأشارت الشركة إلى أنها تعتزم إقامة مول.",
         [], [("إذا لم تست", None), ("تعتزم إقام", "شركة القصيم الزراعية")],
         "a word without the article after a definite one is the object, no part of the name"),
        ("اشترت شركة القصيم الزراعية نصف الأرض المملوكة لشركة وابل العربية. وأوضحت الشركة "
         "أن مساحة الأرض تبلغ ألف متر.",
         [], [("مساحة الأر", "شركة القصيم الزراعية")],
         "a company governed by a preposition is a party told of, not the body that speaks"),
        ("وقعت الوزارة عقدا مع شركة المراعي لتوريد الحليب. وأوضحت الشركة أن العقد يمتد عامين.",
         [], [("العقد يمتد", "شركة المراعي")],
         "the only company named, though a preposition governs it"),
        ("أعلنت شركة \"مجموعة محمد المعجل\" كسب قضية بإلزام شركة أم أم أل بدفع مبلغ. ثم "
         "تعهدت شركة أم أم أل بالدفع. وأوضحت الشركة أن المحكمة أمرت بفسخ العقد.",
         [], [("المحكمة أم", "شركة \"مجموعة محمد المعجل\"")],
         "the company a speech verb opened spoke before, not the one last named"),
        ("غرمت المحكمة شركة النخبة. وصدر الحكم بإلزام شركة الريادة بالدفع. وأوضحت الشركة "
         "أنها ستستأنف.",
         [], [("ستستأنف.", "شركة النخبة")],
         "a verbal noun carrying a preposition governs the company after it"),
    ],
)
def test_body_named_before(text: str, entities: list[tuple[str, str]],
                           expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


def test_a_plural_verb_is_no_one_person() -> None:
    """«وأكدوا» has a plural subject: the name in a phrase of «من» before it is not it."""
    text = ("اعترف الشبان الأربعة بالسرقة من مشروع شركة ابن لادن، وأكدوا أن الفعل تكرر "
            "منهم.")
    assert _speakers(text, [("ابن لادن", "PER")]) == [("الفعل تكرر", None)]



def test_unnamed_people_after_the_verb_speak_unnamed() -> None:
    """«ناشطون», a sound masculine plural in the nominative without the article right after
    the verb, is its subject: unnamed people, not the last person named."""
    text = ("وأعدم التنظيم أبو علي الحلبي بتهمة التخابر. وأعلن ناشطون أن القصف استمر "
            "طوال الليل.")
    assert _speakers(text, [("أبو علي الحلبي", "PER")]) == [("القصف استم", None)]


def test_a_name_ending_like_a_plural_still_speaks() -> None:
    """«كلينتون» ends like a plural but is the surname of a person the article names."""
    text = "التقت هيلاري كلينتون بالوفد. وقال كلينتون إن الاتفاق قريب."
    assert _speakers(text, [("هيلاري كلينتون", "PER")]) == [("الاتفاق قر", "هيلاري كلينتون")]


def test_a_definite_post_opens_the_subject_before_a_body() -> None:
    """«المدير الإقليمي للحملة الوطنية السعودية ... بدر السمحان»: the post's holder named
    after it speaks, not the country inside the post."""
    text = ("بدوره أكد المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا "
            "الدكتور بدر السمحان أن الحملة مستمرة.")
    found = _speakers(text, [("السعودية", "LOC"), ("سوريا", "LOC"), ("بدر السمحان", "PER")],
                      {"السعودية": ("geonames:102358", "SAU"), "سوريا": ("geonames:163843", "SYR")})
    assert found == [("الحملة مست", "بدر السمحان")]


def test_a_head_opening_with_b_carries_no_preposition() -> None:
    """«بعثة» opens with «ب» as «بوزارة» does, but the letter is the noun's own: the
    United Nations after it is the mission's, which speaks, not a party told."""
    text = "وأعلنت بعثة الأمم المتحدة في مالي السبت أن خمسة موظفين قتلوا."
    found = _speakers(text, [("الأمم المتحدة", "ORG")], {"الأمم المتحدة": ("org:un", None)})
    assert found[0][1] is not None and "الأمم المتحدة" in found[0][1]


def test_a_document_noun_opening_with_b_governs_nothing() -> None:
    """«بلاغ» (a statement) opens with «ب»: the ministry after it issued it and speaks."""
    text = "وأشار بلاغ وزارة الداخلية المغربية إلى أن الخلية كانت تعد لاستقبال المقاتلين."
    assert _speakers(text, [("وزارة الداخلية المغربية", "ORG")]) == [
        ("الخلية كان", "وزارة الداخلية المغربية")]
