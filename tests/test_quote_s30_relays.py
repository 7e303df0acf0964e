"""Arabic quote speakers, session 30 (2026-12-07), issue 6, engineer quotes_ar15.

Words an outlet relays from a source after «عن» are the source's (``quote_relays``):
«ونقلت وكالة X عن Y أن» was no quote, and «وذكرت X نقلا عن Y أن» gave the quote to the
outlet and the outlet's own verb and name («وذكرت وكالة رويترز») to Y. An outlet whose
name stands in quotation marks, which the entity stage reads as who filed the report,
speaks after an attribution phrase that names it and closes the sentence («...، وفق ما ذكرت
وكالة "بلومبرغ"»), not when told («بحسب ثلاث نزيلات تحدثن لـ«عكاظ»»), after its sources,
or inside the sentence. An unnamed source relayed changes nothing. Sentences
written for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

from dataclasses import replace

import pytest
from doc_builders import arabic_quote_speakers as _speakers
from doc_builders import doc_with

from khabar.events.quotes import find_quotes
from khabar.text.sentences import split_sentences

REUTERS = "رويترز"
LAVROV = "سيرغي لافروف"
DULAIMI = "وليد الدليمي"


def test_a_source_after_naqlan_an_speaks() -> None:
    text = f"وذكرت وكالة {REUTERS} نقلا عن وزير الخارجية {LAVROV} أن روسيا لن تتدخل في النزاع."
    assert _speakers(text, [(REUTERS, "ORG"), (LAVROV, "PER")]) == [("روسيا لن ت", LAVROV)]


def test_unnamed_sources_after_naqlan_an_change_nothing() -> None:
    # the outlet goes on speaking: its «وتابعت أن» after is its own (the check draw)
    text = "وقالت صحيفة الحياة نقلا عن مصادر مطلعة إن المفاوضات ستستأنف الأسبوع المقبل."
    assert _speakers(text, [("الحياة", "ORG")]) == [("المفاوضات ", "الحياة")]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        (f"ونقلت وكالة الأناضول عن الضابط في قيادة العمليات العقيد {DULAIMI}، أن القوات"
         " زودت طيران التحالف بإحداثيات المواقع.", [("الأناضول", "ORG"), (DULAIMI, "PER")],
         [("القوات زود", DULAIMI)]),
        ("ونقلت صحيفة تايمز عن وزير الهجرة البريطاني جيمس بروكنشاير القول إن الحكومة"
         " ستستخدم القوة الكاملة.", [("تايمز", "ORG"), ("جيمس بروكنشاير", "PER")],
         [("الحكومة ست", "جيمس بروكنشاير")]),
    ],
)
def test_a_relay_verb_quotes_its_source(text: str, entities: list[tuple[str, str]],
                                        expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text, entities) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت الصحيفة البريطانية عن التقرير أن ثلاثة أرباع الأطفال يعانون من الخوف.",
        # «بأنه» describes the source; no one named
        "ونقلت الوكالة عن مصدر وصفته بأنه موثوق ومطلع أن السلطات عينت قنصلا عاما.",
        "ونقلت شانا عن مدير التوزيع في الشركة يوم الأحد إنه تم إصلاح خطوط الأنابيب.",
    ],
)
def test_a_relay_verb_with_no_named_source_quotes_nothing(text: str) -> None:
    assert _speakers(text, [("شانا", "ORG")] if "شانا" in text else []) == []


def _with_filed_outlet(text: str, outlet: str) -> list[tuple[str, str | None]]:
    """The quotes of ``text`` whose only entity is ``outlet`` read as who filed the report
    (a name in quotation marks, ``datelines_ar``)."""
    doc = doc_with(text, "ar", [(outlet, "ORG")])
    doc.entities = [replace(e, source="dateline") for e in doc.entities]
    doc.sentences = split_sentences(text)
    return [(q.text[:10], q.speaker.text if q.speaker else None) for q in find_quotes(doc)]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('وتراجع سعر النفط إلى أدنى مستوى له منذ ستة أعوام، وفق ما ذكرت وكالة "بلومبرغ".',
         "بلومبرغ"),
        ("وسيرحل اللاعب عن الفريق الموسم المقبل، حسبما نقلت صحيفة «الغارديان» البريطانية.",
         "الغارديان"),
        ('ووفقاً لـ "رويترز"، فإن انخفاض أسعار الخام ينبئ بمزيد من التخفيضات.', "رويترز"),
        ("ويضم المعرض لوحة من الحجر الرملي منقوشة من جوانبها الأربعة، حسب تقرير لـ«رويترز».",
         "رويترز"),
    ],
)
def test_an_outlet_in_marks_named_by_the_phrase_speaks(text: str, outlet: str) -> None:
    assert [s for _, s in _with_filed_outlet(text, outlet)] == [outlet]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # told, not telling
        ("وطالبت النزيلات بالتحقيق في ما وصفنه بتجاوزات - بحسب ثلاث نزيلات تحدثن لـ«عكاظ»-"
         " بأن الإدارة طلبت منهن المغادرة.", "عكاظ"),
        # the outlet's sources, unnamed
        ('وبحسب مصادر "سبق" فإن حريقاً اندلع في نفايات ومخلفات بناء بجوار كوبري المطار.',
         "سبق"),
        # a phrase inside its sentence: no statement before it
        ("وتعود تفاصيل القضية، بحسب ما أوردته صحيفة “الوطن”، إلى تقديم فتاة بلاغاً للشرطة.",
         "الوطن"),
        # the outlet relays a person's words
        ("ونجحت السلطات في تعقب آثارها الإلكترونية، وفقا لما نقلته «واشنطن بوست» عن دريو"
         " ويبر المحقق الجنائي.", "واشنطن بوست"),
        # the outlet saw the report; the report is the source
        ('وحسب تقرير اطلعت "الاقتصادية" عليه جاءت محاكم منطقة مكة المكرمة في المرتبة'
         " الثانية.", "الاقتصادية"),
    ],
)
def test_an_outlet_in_marks_not_named_by_the_phrase_is_silent(text: str, outlet: str) -> None:
    assert outlet not in [s for _, s in _with_filed_outlet(text, outlet)]
