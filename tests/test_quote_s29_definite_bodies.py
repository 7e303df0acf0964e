"""Arabic quote speakers, session 29 (2026-12-07), issue 6, engineer quotes_ar12.

A speech verb's subject of definite words only, naming a body, that found no speaker
before (``quote_definite_bodies.definite_body``): the body told of before that it repeats
(«وقالت الجمارك» after «أعلنت الجمارك الصينية») or abbreviates («وأوضحت الجوازات» after
«المديرية العامة للجوازات»), else the phrase itself when an adjective or place names the
body («وأكدت الإدارة الوحداوية», «الشؤون الصحية بمحافظة الاحساء»). A body only described
(«الشركة المنتجة»), a team and a document name none. Before, each such quote had no
speaker. Sentences written for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers

PASSPORTS = "المديرية العامة للجوازات"


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        # the name's last word takes the body up again
        (f"بدأت {PASSPORTS} اليوم العمل على تصحيح أوضاع المقيمين. وأوضحت الجوازات أن عدد"
         " المصحح وضعهم بلغ ألف شخص.", [(PASSPORTS, "ORG")], PASSPORTS),
        # an earlier subject that says more: the head noun repeated
        ("أعلنت الجمارك الصينية أمس أن الفائض التجاري تراجع. وقالت الجمارك في بيان إن"
         " الصادرات انخفضت.", [], "الجمارك الصينية"),
        # a nisba names the body
        ("وأكدت الإدارة الوحداوية بأن رغبتها في بقاء اللاعب في المعسكر كبيرة.", [],
         "الإدارة الوحداوية"),
        # a place after «بـ» names it
        ("وأوضحت الشؤون الصحية بمحافظة الاحساء في بيان لها، أن عملية الإجلاء انتهت.", [],
         "الشؤون الصحية بمحافظة الاحساء"),
        # the organisation it belongs to after «في»
        ("وذكر المركز الاعلامي في مديرية الأمن العام الأردنية أنه تم تشكيل فريق خاص.",
         [("مديرية الأمن العام الأردنية", "ORG")],
         "المركز الاعلامي في مديرية الأمن العام الأردنية"),
    ],
)
def test_definite_body_speaks(text: str, entities: list[tuple[str, str]], speaker: str) -> None:
    assert [s for _, s in _speakers(text, entities)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الشركة المنتجة إن الجهاز سيطرح في الأسواق الشهر المقبل.",
        "وقال الفريق العقاري إن القرار غير مجد.",
        "وأشارت النشرة الإحصائية الشهرية إلى أن عدد الفروع بلغ ألفي فرع. وأوضحت النشرة"
        " أن عدد البطاقات تجاوز مليون بطاقة.",
    ],
)
def test_described_body_team_or_document_has_no_speaker(text: str) -> None:
    assert [s for _, s in _speakers(text, [])][-1] is None


COUNCIL = "هيئة كبار العلماء"


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        # a definite mention with a name's adjective and its owner after «لـ», told with a
        # verb of no speech
        (f"أدانت الأمانة العامة ل{COUNCIL} العمل الإجرامي الذي استهدف المسجد. وأكدت الأمانة"
         " في بيان لها اليوم أن هذا العمل يوجب وقوف الجميع صفا واحدا.",
         [(COUNCIL, "ORG")], f"الأمانة العامة ل{COUNCIL}"),
        # the bare noun and the organisation named after it in brackets
        ("وأظهرت الدراسة التي أجرتها مؤسسة (ميديا أناليسيس) أن النسبة تراجعت، وأشارت المؤسسة"
         " إلى أن عدد السكان تراجع أيضا.", [("ميديا أناليسيس", "ORG")], "ميديا أناليسيس"),
    ],
)
def test_one_word_subject_takes_up_a_body_mentioned_before(
        text: str, entities: list[tuple[str, str]], speaker: str) -> None:
    assert [s for _, s in _speakers(text, entities)][-1] == speaker


def test_a_described_mention_names_no_body() -> None:
    """«دو الشركة الثانية للاتصالات»: an ordinal describes the company, names none."""
    text = ("سجلت دو الشركة الثانية للاتصالات في الإمارات تراجعا في أرباحها. وأعلنت الشركة في"
            " بيان أن صافي الأرباح بلغ مليون دولار.")
    assert [s for _, s in _speakers(text, [])][-1] is None
