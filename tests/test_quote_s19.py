"""Arabic quote speakers and verbs, session 19 (2026-12-06), issue 6, engineer quotes_ar: a
subjectless verb goes on with the subject of the sentence before also when that subject is a
post chain ending in the name (``quote_holders.post_chain_holder``). Sentences written for
these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("نقل نائب رئيس الوزراء الأمير محمد بن نايف، خلال اجتماعه أمس بقادة القطاعات، تعازي "
         "الملك سلمان بن عبدالعزيز لأسر الشهداء.\nوقال: إن هذه الحوادث لن تثني عزائمنا.",
         [("محمد بن نايف", "PER"), ("سلمان بن عبدالعزيز", "PER")],
         [("إن هذه الح", "محمد بن نايف")],
         "the post chain after the opening verb ends in its holder, who goes on"),
        ("واستقبل وزير الداخلية الأمير محمد بن نايف السفير جون ويست في مكتبه أمس.\n"
         "وقال: إن العلاقات بين البلدين متينة.",
         [("محمد بن نايف", "PER"), ("جون ويست", "PER")],
         [("إن العلاقا", "محمد بن نايف")],
         "the host, not the guest named last (the object)"),
    ],
)
def test_previous_subject_after_post(text: str, entities: list[tuple[str, str]],
                                     expected: list[tuple[str, str | None]],
                                     reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


def test_previous_subject_needs_a_post() -> None:
    """A name after a verb and a plain noun is the object («وقتل مسلحون مجهولون الشيخ X»),
    not the subject: the chain is read only when it opens with a post or a title, so the
    verb with no subject goes on as before, with the last person named (here the police
    spokesman of the sentence's own clause would need another rule)."""
    text = ("وقتل مسلحون مجهولون الشيخ سعيد الغامدي قرب منزل العقيد خالد العتيبي أمس.\n"
            "وقال: إن التحقيقات جارية لمعرفة الجناة.")
    speakers = _speakers(text, [("سعيد الغامدي", "PER"), ("خالد العتيبي", "PER")])
    assert [s for _, s in speakers] == ["خالد العتيبي"]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        ("ويبين المهندس سعيد القحطاني مدير فرع الجمعية أن المشروع حقق أهدافه.",
         [("سعيد القحطاني", "PER")], [("المشروع حق", "سعيد القحطاني")]),
        ("وقال الدكتور سعيد القحطاني إن الحالات مستقرة. ويوضح القحطاني أن المستشفى استقبل "
         "عشرين حالة.",
         [("سعيد القحطاني", "PER"), ("القحطاني", "PER")],
         [("الحالات مس", "سعيد القحطاني"), ("المستشفى ا", "سعيد القحطاني")]),
        ("وتوضّح سارة نيكلسون: «توجه عدد كبير من الضحايا إلينا طالبين المساعدة».",
         [("سارة نيكلسون", "PER")], [("توجه عدد ك", "سارة نيكلسون")]),
    ],
)
def test_imperfect_speech_verbs(text: str, entities: list[tuple[str, str]],
                                expected: list[tuple[str, str | None]]) -> None:
    """«يبين», «يوضح», «توضّح» (``imperfect_speech_verbs_ar.txt``): the imperfect of verbs
    listed in the past opens a quote, as «يقول», «يؤكد» already did, with a person after
    it as its subject."""
    assert _speakers(text, entities) == expected


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("وتوضح الحفريات أن القدمين الخلفيتين كانتا أكبر بقليل من الأماميتين.", []),
        ("وتأتي هذه البيانات لتوضح العديد من الأمور، إذ إن روسيا أصبحت ثاني أهم مصدر.", []),
        ("وتوضح عضوة مجلس اللوردات البريطاني أن الفتيات هربن من قبضة التنظيم بأعجوبة.",
         [("مجلس اللوردات البريطاني", "ORG")]),
    ],
)
def test_imperfect_with_no_person_opens_nothing(text: str,
                                                entities: list[tuple[str, str]]) -> None:
    """With a thing, a body or a post as subject an imperfect tells evidence or is left
    unattributed («وتوضح الحفريات أن»: fossils show): no quote, rather than one given to
    the body or to the last person named."""
    assert _speakers(text, entities) == []
