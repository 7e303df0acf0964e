"""Arabic quotes, session 25 (2026-12-07), issue 6, engineer quotes_ar6.

1. An office named with the place it is held in before its holder's name («السفير الأميركي
   في الأمم المتحدة جون بولتون», «السفير التونسي لدى روسيا علي قوطالي»): the name is the
   office's holder and speaks (``quote_holders.posted_at``), not the office.
2. «وفقا لـ», «حسب», «بحسب» governing a rule, plan or standard («وفقاً لمبادئ حسن الجوار»,
   «حسب معايير الجامعة»: ``accordance_nouns_ar.txt``) mean "in accordance with" and
   attribute no statement (``quote_attribution._governs_rule``).
3. The tanween of «وفقاً», a word of its own to the tokenizer, no longer hides the word after
   the phrase (``quote_attribution._past_tanween``).
Sentences written for these tests, after the grammar of SaudiNewsNet and ANERCorp news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        ("وقال السفير الأميركي في الأمم المتحدة جون بولتون إن مجلس الأمن أبلغ بالحادث.",
         [("الأمم المتحدة", "ORG"), ("جون بولتون", "PER"), ("مجلس الأمن", "ORG")],
         "جون بولتون"),
        ("وقال السفير التونسي لدى روسيا علي قوطالي: «نعمل على اتفاقية بشأن الشراكة».",
         [("روسيا", "LOC"), ("علي قوطالي", "PER")],
         "علي قوطالي"),
    ],
)
def test_holder_named_after_the_place_of_the_office_speaks(
        text: str, entities: list[tuple[str, str]], speaker: str) -> None:
    assert [s for _, s in _speakers(text, entities)] == [speaker]


def test_office_with_a_longer_gap_keeps_its_reading() -> None:
    """Words between the office and the name that are not only a place ("في حديث مع")
    still leave the office as the speaker's mention."""
    text = "وقال السفير الأميركي في حديث مع الصحفيين جون بولتون إن الأمر خطير جدا."
    found = _speakers(text, [("جون بولتون", "PER")])
    assert found and found[0][1] != "جون بولتون"


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("وأكد البيان التزام البلدين بالتعاون في المنطقة وفقاً لمبادئ الأمم المتحدة، وعدم"
         " التدخل في الشؤون الداخلية للدول الأخرى.",
         [("الأمم المتحدة", "ORG")]),
        ("وتم قبول الطالب حسب معايير جامعة تبوك، وقام بتقديم أوراقه إلى الكلية في الموعد.",
         [("جامعة تبوك", "ORG")]),
        ("ويعمل الاتحاد على تحويل الرابطة إلى رابطة قائمة وفقا لمتطلبات الاتحاد الآسيوي"
         " للمشاركة في دوري أبطال آسيا.",
         [("الاتحاد الآسيوي", "ORG")]),
    ],
)
def test_rule_after_the_phrase_attributes_nothing(
        text: str, entities: list[tuple[str, str]]) -> None:
    assert _speakers(text, entities) == []


def test_report_after_the_phrase_still_attributes() -> None:
    """A report or a body right after the phrase gives the statement as before."""
    text = ("ووفقا لتقرير صادر عن الأمم المتحدة فإن معدل الفقر في البلدان النامية انخفض"
            " إلى النصف.")
    assert [s for _, s in _speakers(text, [("الأمم المتحدة", "ORG")])] == ["الأمم المتحدة"]


def test_unnamed_source_after_tanween_names_no_body() -> None:
    """«وفقاً» is tokenized with its tanween as a word of its own: the unnamed source after
    it («لمصدر») is read as after «وفقا», and the ministry it sits in does not speak."""
    text = ("وارتفع عدد القتلى في المدينة إلى عشرين شخصا، وفقاً لمصدر في وزارة الداخلية"
            " العراقية.")
    assert _speakers(text, [("وزارة الداخلية العراقية", "ORG")]) == []
