"""Arabic quote speakers, session 28 (2026-12-07), issue 6, engineer quotes_ar10.

A noun of a body's kind without the article, bound to the body's name the entity stage did
not know («قالت شركة أبل») or to a noun with the article («كشفت مصلحة الجمارك العامة»,
«قالت قيادة العمليات المشتركة العراقية»), is the speech verb's subject and speaks as
written (``quote_named_bodies.names_body``; «قيادة» now heads a body in
``speaker_heads.tsv``). Before, the quote had no speaker. An indefinite body with an
adjective («هيئة حكومية») or a team («فريق البحث») names none.
Sentences written for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("قالت شركة أبل اليوم الخميس إن خدمتها الموسيقية الجديدة جذبت أكثر من 11 مليون"
         " شخص.", "شركة أبل"),
        ("كشفت مصلحة الجمارك العامة أن إجمالي قيمة البضائع الواردة بلغ 12 مليار ريال.",
         "مصلحة الجمارك العامة"),
        ("وقالت بلدية بلقرن في بيان لها اليوم إن هذا المشروع سيضفي على الطريق جمالا.",
         "بلدية بلقرن"),
        ("قالت قيادة العمليات المشتركة في بيان إن قوات الأمن دخلت جامعة الأنبار.",
         "قيادة العمليات المشتركة"),
    ],
)
def test_body_naming_itself_speaks(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text, [])] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت هيئة حكومية إن المشروع يبدأ الشهر المقبل.",
        "وقال فريق البحث إن النتائج تحتاج إلى دراسة أوسع.",
    ],
)
def test_unnamed_body_has_no_speaker(text: str) -> None:
    assert [s for _, s in _speakers(text, [])] == [None]


def test_feminine_body_after_a_masculine_verb_is_its_object() -> None:
    """«وشكر سفارة المملكة»: a masculine verb before a feminine body noun; the noun is what
    he thanked, not who speaks in the participle after."""
    text = ("وشكر سفارة المملكة في سلطنة عمان التي بذلت جهودا كبيرة، مضيفا أن المسؤولين"
            " في السفارة حرصوا على التواجد في المستشفى.")
    assert [s for _, s in _speakers(text, [])] == [None]


def test_body_after_a_post_does_not_speak() -> None:
    """«رئيس مجلس تشخيص مصلحة النظام قال»: the council's head speaks, not the council."""
    text = "رئيس مجلس تشخيص مصلحة النظام قال لموقع المونيتور: «الانتخابات المقبلة نزيهة»."
    assert [s for _, s in _speakers(text, [])] != ["مجلس تشخيص مصلحة النظام"]
