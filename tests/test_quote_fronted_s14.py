"""Arabic subjects before their speech verb after «إنّ» and its sisters (session 14,
2026-12-06, issue 6). Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def _speakers(text: str, entities: list[tuple[str, str]],
              filed: tuple[str, ...] = ()) -> list[str | None]:
    doc = doc_with(text, "ar", entities, kb={"الاتحاد الأوروبي": ("Q458", None)})
    doc.entities = [replace(e, source="dateline") if e.text in filed else e
                    for e in doc.entities]
    return [q.speaker.text if q.speaker else None for q in find_quotes(doc)]


@pytest.mark.parametrize(
    ("text", "entities", "filed", "expected", "reason"),
    [
        ("وقالت هيئة الحقيقة إن القصف استمر طوال الليل. إلا أن مصادر طبية قالت إن "
         "الضحايا مدنيون.",
         [("هيئة الحقيقة", "ORG")], (), ["هيئة الحقيقة", None],
         "the indefinite noun of «أن» speaks, unnamed, not the body quoted before"),
        ("وقال سالم العتيبي إن النادي يدرس العرض. لكن مجموعة بيمكو قالت إنها لم تتلق "
         "أي عرض.",
         [("سالم العتيبي", "PER"), ("بيمكو", "ORG")], (), ["سالم العتيبي", "بيمكو"],
         "a body named after its head noun is the noun of «لكن»"),
        ("وقال سالم العتيبي إن اللاعب سيوقع قريبا. لكن صحيفة «ليكيب» الفرنسية ذكرت أن "
         "اللاعب وقع أمس.",
         [("سالم العتيبي", "PER"), ("ليكيب", "ORG")], ("ليكيب",),
         ["سالم العتيبي", "ليكيب"],
         "an outlet after its noun, though read as a filer"),
        ("وقالت منظمة التجارة العالمية إن الاتفاق مفيد. لكن المنظمة الدولية ومقرها جنيف "
         "قالت إن المفاوضات ستستمر.",
         [("منظمة التجارة العالمية", "ORG"), ("المنظمة الدولية", "ORG")], (),
         ["منظمة التجارة العالمية", "منظمة التجارة العالمية"],
         "a body named by a definite head and a description is the one told of before"),
        ("وقالت منظمة التجارة العالمية إن الاتفاق مفيد. غير أن مسؤول الاتحاد الأوروبي قال "
         "إن المفاوضات ستستمر.",
         [("منظمة التجارة العالمية", "ORG"), ("الاتحاد الأوروبي", "ORG")], (),
         ["منظمة التجارة العالمية", None],
         "a body in the noun's genitive («مسؤول الاتحاد») is no subject: an unnamed official"),
        ("وقال سالم العتيبي إن المفاوضات مستمرة. لكن المسؤول الإيطالي أكد أن الوفد "
         "سيصل غدا.",
         [("سالم العتيبي", "PER")], (), ["سالم العتيبي", "سالم العتيبي"],
         "a definite noun that names no one refers back: left to the rules after"),
        ("ويرى سالم العتيبي أن شركة أرامكو تدرس العرض وقال إن القرار سيصدر قريبا.",
         [("سالم العتيبي", "PER"), ("شركة أرامكو", "ORG")], (), ["سالم العتيبي"],
         "a verb with a glued «و» opens a clause of its own: the company is no subject"),
        ("وقال سالم العتيبي إن الوثائق مهمة. وفي برنامج على شبكة سي إن إن مساء أمس أكد "
         "أن الوثائق سرية.",
         [("سالم العتيبي", "PER"), ("سي إن إن", "ORG")], (),
         ["سالم العتيبي", "سالم العتيبي"],
         "«إن» inside a name is no particle, and «مساء أمس» no noun of it"),
    ],
)
def test_subject_before_the_verb(text: str, entities: list[tuple[str, str]],
                                 filed: tuple[str, ...], expected: list[str | None],
                                 reason: str) -> None:
    assert _speakers(text, entities, filed) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وأعلنت منظمة التجارة العالمية توسيع الاتفاق. وقالت أمانة المنظمة في بيان إن "
         "الاتفاق سيخفض الرسوم الجمركية.",
         [("منظمة التجارة العالمية", "ORG")], ["منظمة التجارة العالمية"],
         "the secretariat of «المنظمة» speaks for the organisation told of before"),
        ("وقال سالم العتيبي إن الدراسة اكتملت. كما أضاف فريق العمل أن النتائج ستنشر قريبا.",
         [("سالم العتيبي", "PER")], ["سالم العتيبي", None],
         "«فريق العمل», a team, speaks as an unnamed body, not the last person named"),
    ],
)
def test_subject_phrases(text: str, entities: list[tuple[str, str]],
                         expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وكان الكاتب سالم العتيبي يحب أن يصف نفسه قائلا: «أنا مؤرخ من أصل فلاحي».",
         [("سالم العتيبي", "PER")], ["سالم العتيبي"],
         "a participle takes the subject of the verb it follows, not a noun of «أن»"),
        ("وقال سالم العتيبي إن الوفد سيصل غدا. لكن هذه التصريحات لم تطمئن يوشيوكا "
         "الذي صرح للصحافة بعد اللقاء: «لا يمكننا تحمل ذلك».",
         [("سالم العتيبي", "PER"), ("يوشيوكا", "PER")],
         ["سالم العتيبي", "يوشيوكا"],
         "«لكن» six words before the verb opens no noun of its own for it"),
    ],
)
def test_what_is_no_fronted_subject(text: str, entities: list[tuple[str, str]],
                                    expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason
