"""Who goes on speaking in Arabic (session 14, 2026-12-06, issue 6). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from doc_builders import speakers_of


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وختمت الفنانة سارة الحسن حديثها بالقول: «أنا سعيدة بهذا العمل وبالجمهور».\n"
         "وعن رأيها في الجمهور الخليجي، قالت: «طالما جذبني هذا الجمهور بإخلاصه».",
         [("سارة الحسن", "PER")], ["سارة الحسن", "سارة الحسن"],
         "«بالقول» is a verbal noun of no gender: «قالت» after it goes on with the woman, "
         "it does not disagree as after a masculine «قال»"),
        ("وختم سالم العتيبي حديثه بالقول: «المفاوضات ستستأنف قريبا».\n"
         "وقال: «الوفد سيصل غدا».",
         [("سالم العتيبي", "PER")], ["سالم العتيبي", "سالم العتيبي"],
         "and a masculine verb after it goes on as before"),
    ],
)
def test_verbal_noun_agrees_with_any_speaker(text: str, entities: list[tuple[str, str]],
                                              expected: list[str | None], reason: str) -> None:
    assert speakers_of(text, "ar", entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وقالت صحيفة واشنطن بوست إن الرئيس سيعلن موعد الاستفتاء قريبا.\n"
         "ورفضت متحدثة باسم مكتب رئاسة الوزراء التعليق على هذه المعلومات، مشيرة إلى أن "
         "الموعد سيعلن في أكتوبر.",
         [("واشنطن بوست", "ORG")], ["واشنطن بوست", None],
         "the participle is the unnamed spokeswoman's, the subject of «رفضت», not the paper's"),
        ("وقال سالم العتيبي إن الأسعار سترتفع قريبا.\n"
         "وتصاعدت التكهنات في الآونة الأخيرة بعد تقرير أشار إلى أن الحكومة سترفع الأسعار.",
         [("سالم العتيبي", "PER")], ["سالم العتيبي", None],
         "a verb further in a sentence that opens with another verb and its own subject"),
        ("وتعمل هيئة الحقيقة والكرامة على المحاسبة.\n"
         "ووجهت الهيئة انتقادات إلى عدة أطراف، مؤكدة أن القانون يهدر المال العام.",
         [("هيئة الحقيقة والكرامة", "ORG")], ["هيئة الحقيقة والكرامة"],
         "a subject that refers back («الهيئة») is the body told of before"),
    ],
)
def test_verb_further_in_has_the_sentence_subject(text: str, entities: list[tuple[str, str]],
                                                   expected: list[str | None],
                                                   reason: str) -> None:
    assert speakers_of(text, "ar", entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وقال وكيل مغنية الكانتري الأمريكية لين أندرسون إن المغنية توفيت في المستشفى.",
         [("لين أندرسون", "PER")], [None],
         "the singer's agent speaks, unnamed, not the singer (a wrong case of 91bac00)"),
        ("وأوضح وكيل الجامعة للشؤون الأكاديمية الدكتور غازي عبدالرحمن أن الجامعة جاهزة.",
         [("غازي عبدالرحمن", "PER")], ["غازي عبدالرحمن"],
         "before a body «وكيل» is a deputy's post, and the deputy named speaks"),
    ],
)
def test_agent_of_a_person(text: str, entities: list[tuple[str, str]],
                           expected: list[str | None], reason: str) -> None:
    assert speakers_of(text, "ar", entities) == expected, reason
