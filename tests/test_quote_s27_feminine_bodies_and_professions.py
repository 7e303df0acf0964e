"""Arabic quote speakers, session 27 (2026-12-07), issue 6, engineer quotes_ar9.

1. A feminine speech verb with no subject («وقالت إن», «وأوضحت أن») that has no quote
   before to go on with, or follows a man's quote it cannot agree with, is the body (or
   woman) a feminine verb opened a sentence before with («هونت وزارة الخارجية السودانية
   ... . وقالت إن»), past sentences that take the body up again («وأكدت الحكومة في بيان»)
   or open with a participle («داعيةً ...») (``quote_feminine_subjects``). Before, the
   quote had no speaker.
2. A name the entity stage missed after a profession of one definite word («وقالت القاضية
   باربره جافي بالمحكمة», «أكدت المحللة المالية رانية العبدالعال أن») speaks
   (``quote_untagged._chain_end_name`` from the chain's first word; ``المحللة``,
   ``القاضية`` and other professions in ``apposed_nouns_ar.txt``). Before, no speaker.
Sentences written for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        # a man's quote before: the feminine verb does not go on with him
        ("وقال الرئيس عمر البشير إن العلاقات مع مصر ممتازة، مشيرا إلى أن التاريخ سيحفظ"
         " هذا الإنجاز.\nمن جهة أخرى، هونت وزارة الخارجية السودانية من أمر الخلاف حول"
         " السفر.\nوقالت إن الحديث في هذا الأمر سابق لأوانه.",
         [("عمر البشير", "PER"), ("مصر", "LOC"), ("وزارة الخارجية السودانية", "ORG")],
         "وزارة الخارجية السودانية"),
        # a sentence taking the body up again, then the feminine verb
        ("أدانت الحكومة اليمنية بشدة التفجير الإرهابي في منطقة عسير.\nوأكدت الحكومة في"
         " بيان صادر عن وزارة الخارجية وقوف اليمن إلى جانب المملكة.\nوقالت: «استهداف"
         " بيوت الله جريمة لا تغتفر».",
         [("الحكومة اليمنية", "ORG"), ("وزارة الخارجية", "ORG"), ("اليمن", "LOC")],
         "الحكومة اليمنية"),
        # a participle sentence between
        ("أعلنت وزارة الخدمة المدنية مساء أمس عن 13970 وظيفة صحية. داعيةً الخريجين إلى"
         " التقديم عبر موقعها. وأوضحت أن عدد الوظائف المتاحة للرجال 8880 وظيفة.",
         [("وزارة الخدمة المدنية", "ORG")], "وزارة الخدمة المدنية"),
    ],
)
def test_feminine_verb_goes_on_with_the_body(
        text: str, entities: list[tuple[str, str]], speaker: str) -> None:
    assert [s for _, s in _speakers(text, entities)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a masculine verb opens the sentence before: its subject is no feminine verb's
        ("أعلن المدرب الجديد عن خطته للموسم في مؤتمر صحفي.\nوقالت إن المفاوضات استمرت"
         " شهرا.", []),
        # a feminine verb whose subject the entity stage did not name: someone else
        ("وصلت بعثة المنتخب إلى الرياض أمس.\nوقالت إن اللاعبين في حالة جيدة.",
         [("الرياض", "LOC")]),
        # «كما» opens a clause with a subject of its own, not a participle: not passed over
        ("أعلنت وزارة الصحة عن حملة تطعيم جديدة.\nكما أعلن المدير العام عن افتتاح مستشفى.\n"
         "وقالت إن الحملة تستمر أسبوعين.", [("وزارة الصحة", "ORG")]),
    ],
)
def test_no_feminine_body_no_speaker(text: str, entities: list[tuple[str, str]]) -> None:
    assert [s for _, s in _speakers(text, entities)][-1] is None


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        ("وقالت القاضية باربره جافي بالمحكمة العليا في نيويورك \"أوجه التشابه بين"
         " الشمبانزي والإنسان كبيرة\".", [("نيويورك", "LOC")], "باربره جافي"),
        ("أكدت المحللة المالية رانية العبدالعال أن قيمة التداول في سوق الأسهم لا تزال"
         " تواجه تدنيا في السيولة.", [], "رانية العبدالعال"),
    ],
)
def test_name_after_a_lone_profession_speaks(
        text: str, entities: list[tuple[str, str]], speaker: str) -> None:
    assert next(s for _, s in _speakers(text, entities)) == speaker


def test_lone_post_before_its_body_is_no_name() -> None:
    """«المتحدث باسم الوزارة» names no one: no name is read from the post's chain."""
    text = "وقال المتحدث باسم الوزارة إن الإجراءات الجديدة تبدأ الأسبوع المقبل."
    assert [s for _, s in _speakers(text, [])] == [None]
