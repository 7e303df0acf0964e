"""Arabic quote speakers, session 23 (2026-12-07), issue 6, engineer quotes_ar2.

- ``quote_attribution``: «على ما» and «وفق ما» with a report verb close a statement of
  wire copy («...، على ما أفادت وكالة الأناضول», «وفق ما كشف عنه X»); «على ما» only
  right after a comma («تعليقا على ما أعلنه X» is the object of what comes before); a
  closing phrase whose speaker is an unnamed source («بحسب ما أفاد مصدر في وزارة ...») no
  longer gives the statement to the body where the source sits.
- ``quote_names.fuller_mention``: an Arabic speaker named once in full and later by the
  first name alone («وقال زلاتان:») is the full name, when one person only opens with it.

Sentences written for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("جمدت تركيا أموال الرئيس اليمني السابق التزاما بالعقوبات الدولية، على ما أعلنت "
         "وكالة الأناضول أمس.",
         [("تركيا", "LOC"), ("الأناضول", "ORG")],
         [("جمدت تركيا", "الأناضول")],
         "«على ما أعلنت X» after a comma closes X's statement"),
        ("تخطط شركة ألمانية لإطلاق منتج منافس لساعة أبل بكلفة 1400 يورو وفق ما كشف عنه "
         "كلود بيفر رئيس وحدة الساعات.",
         [("كلود بيفر", "PER")],
         [("تخطط شركة ", "كلود بيفر")],
         "«وفق ما كشف عنه X» closes X's statement"),
    ],
)
def test_closing_attribution_phrases(text: str, entities: list[tuple[str, str]],
                                     expected: list[tuple[str, str | None]],
                                     reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "reason"),
    [
        ("وقال المتحدث باسم الرئاسة علاء يوسف في تصريحات صحفية تعليقا على ما أعلنه "
         "دميتري بيسكوف المتحدث باسم الكرملين.",
         [("علاء يوسف", "PER"), ("دميتري بيسكوف", "PER")],
         "«تعليقا على ما أعلنه X» without a comma: X is commented on, and says nothing"),
        ("قتل 19 شخصا على الأقل في تفجير سيارة مفخخة في بغداد، بحسب مصدر في وزارة "
         "الداخلية العراقية.",
         [("بغداد", "LOC"), ("وزارة الداخلية العراقية", "ORG")],
         "a source in the ministry speaks, not the ministry"),
        ("قتل 13 شخصا في هجوم لجماعة بوكو حرام قرب مايدوغوري، بحسب ما قال شهود لوكالة "
         "فرانس برس.",
         [("بوكو حرام", "ORG"), ("مايدوغوري", "LOC"), ("فرانس برس", "ORG")],
         "witnesses speak to the agency, not the agency"),
    ],
)
def test_no_named_speaker_for_an_object_or_an_unnamed_source(
        text: str, entities: list[tuple[str, str]], reason: str) -> None:
    assert all(speaker is None for _, speaker in _speakers(text, entities)), reason


def test_a_guard_a_person_after_the_source_noun_still_speaks() -> None:
    text = ("قتل خمسة أشخاص في انفجار في الموصل، بحسب مسؤول الإعلام في الحزب سعيد "
            "مموزيني.")
    speakers = _speakers(text, [("الموصل", "LOC"), ("سعيد مموزيني", "PER")])
    assert speakers == [("قتل خمسة أ", "سعيد مموزيني")]


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("قال المهاجم السويدي زلاتان إبراهيموفيتش إنه سيفاجئ الجميع بخطوته المقبلة. "
         "وقال زلاتان: «ستكون مفاجأة كبيرة جدا».",
         [("زلاتان إبراهيموفيتش", "PER"), ("زلاتان", "PER")],
         [("سيفاجئ الج", "زلاتان إبراهيموفيتش"), ("ستكون مفاج", "زلاتان إبراهيموفيتش")],
         "the first name alone is the person named in full before"),
        ("قال محمد العلي إن المشروع تأخر، وأكد محمد الحربي أن العمل بدأ. وقال محمد: "
         "«سننتهي قريبا».",
         [("محمد العلي", "PER"), ("محمد الحربي", "PER"), ("محمد", "PER")],
         [("المشروع تأ", "محمد العلي"), ("العمل بدأ.", "محمد الحربي"), ("سننتهي قري", "محمد")],
         "two people named «محمد» before: the first name stays as written"),
    ],
)
def test_first_name_of_a_person_named_in_full(text: str, entities: list[tuple[str, str]],
                                              expected: list[tuple[str, str | None]],
                                              reason: str) -> None:
    assert _speakers(text, entities) == expected, reason
