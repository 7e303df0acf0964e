"""Arabic reported speech opened by «أن/إن/بأن» with a pronoun suffix (أنهم, إننا, بأنهما),
session 20 (2026-12-06), issue 6, engineer quotes_ar2 (``quote_pronoun_links``): such a word
is a speech verb's link when the verb is not inside quoted words, no other clause opens
between them, and a name stands between them or only a preposition does (the verb goes on
with the speaker before). Sentences written for these tests, after the grammar of
SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import quotes_split

from khabar.events.quote_pronoun_links import inside_quoted_words


def _speakers(text: str, entities: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    return [(q.text[:10].strip(), q.speaker.text if q.speaker else None)
            for q in quotes_split(text, "ar", entities)]


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وأكد مدير فرع الهيئة المهندس عبدالعزيز الحسن أنهم عازمون على الاستفادة من التجربة.",
         [("عبدالعزيز الحسن", "PER")],
         [("عازمون على", "عبدالعزيز الحسن")],
         "a link with «هم» opens the words of the speaker named between"),
        ("وقال مارسيل فراتسشر إن الحاجة إلى الهجرة ترتفع كل عام.\n"
         "وأشار إلى أننا بحاجة إلى قانون هجرة جديد.",
         [("مارسيل فراتسشر", "PER")],
         [("الحاجة إلى", "مارسيل فراتسشر"), ("بحاجة إلى", "مارسيل فراتسشر")],
         "a verb with only «إلى» before the link goes on with the speaker before"),
    ],
)
def test_pronoun_link_opens_speech(text: str, entities: list[tuple[str, str]],
                                   expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وأكد المسؤول سعد العتيبي حق الموظفين في التظلم إذا رأوا أنهم تعرضوا للظلم.",
         [("سعد العتيبي", "PER")],
         [],
         "«إذا» opens another clause: the link is «رأوا»'s, no speech verb's"),
        ("واعتبر مايكل أورن هذا التصريح خطيرا لأنه يثبت التهمة على اليهود بأنهم دفعوا إلى الحرب.",
         [("مايكل أورن", "PER")],
         [],
         "«لأنه» opens another clause: the link is the charge's"),
        ("وقال محمد العلي إن الأسرة فقدت منزلها في القصف.\n"
         "وقال أفراد العائلة إنهم عازمون على إعادة بناء البيت.",
         [("محمد العلي", "PER")],
         [("الأسرة فقد", "محمد العلي")],
         "a subject named by no name is not the speaker before"),
        ("وقال محمد العلي إن الأسرة فقدت منزلها في القصف.\n"
         "الواقع يقول، إننا أمام حالتين تحتاجان إلى حل عاجل.",
         [("محمد العلي", "PER")],
         [("الأسرة فقد", "محمد العلي")],
         "a thing says nothing"),
        ("أكدت فحوصات الحمض النووي أنهما تحملان مورثة نادرة لا توجد لدى بقية العائلة.",
         [],
         [],
         "no one speaks"),
        ('وقال المدرب سمير السعود إن الفريق جاهز للموسم الجديد.\n'
         'وزاد "اللاعب جوسيمار قدم مستوى لافتا ومميزا يؤكد أننا كسبنا لاعبا كبيرا".',
         [("سمير السعود", "PER"), ("جوسيمار", "PER")],
         [("الفريق جاه", "سمير السعود")],
         "a speech verb inside someone's quoted words opens no words of its own"),
        # Review of 23df1c3 (review_b, session 20): each case fails when one part of the
        # guard is taken out.
        ("وقال المدرب سمير السعود إن الفريق جاهز للموسم الجديد.\n"
         "وزاد «اللاعب جوسيمار قدم مستوى لافتا ومميزا يؤكد أننا كسبنا لاعبا كبيرا».",
         [("سمير السعود", "PER"), ("جوسيمار", "PER")],
         [("الفريق جاه", "سمير السعود")],
         "inside «» too, a speech verb is part of someone's quoted words"),
        ("وأكد المسؤول سعد العتيبي حق الموظفين في التظلم وعندما يرون أنهم تعرضوا للظلم.",
         [("سعد العتيبي", "PER")],
         [],
         "«وعندما»: a subordinator with «و» glued on opens another clause"),
        ("وأكد المسؤول سعد العتيبي حق الموظفين في التظلم بينما رأى زملاؤهم أنهم لم يظلموا.",
         [("سعد العتيبي", "PER")],
         [],
         "«بينما», a clause conjunction, opens another clause"),
        ("وأكد مسؤول في الوزارة أنهم سيلتقون سعد العتيبي غدا.",
         [("سعد العتيبي", "PER")],
         [],
         "a name after the link is none the verb's clause names before it"),
    ],
)
def test_pronoun_link_opens_no_speech(text: str, entities: list[tuple[str, str]],
                                      expected: list[tuple[str, str | None]],
                                      reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


def test_inside_quoted_words() -> None:
    text = 'وزاد "اللاعب قدم مستوى يؤكد أننا كسبنا".\nوقال (يؤكد) إن'
    assert inside_quoted_words(text, text.index("يؤكد"))
    assert not inside_quoted_words(text, text.index("وقال"))
    assert not inside_quoted_words(text, text.index("إن"))
