"""Arabic «توقيع» and «تسليم» in a sense that tells no act between parties (session 18,
2026-12-06, engineer events_ar_fp2): a penalty imposed, a player signed, a goal's scorer, a
book signed; a futures contract's delivery month, a prize, goods, books or a project handed
over. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import events_of


def kinds(text: str) -> list[str]:
    return [e.type for e in events_of(text, "ar", "2015-08-10T09:00:00+03:00")]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وأعلنت وزارة التجارة السعودية توقيع العقوبات على شركة المراعي.", False),
        ("وأعلنت وزارة العمل السعودية توقيع الغرامات على شركة المراعي.", False),
        ("وأعلنت جمعية الثقافة والفنون السعودية توقيع إصدارات الشاعر علي الدميني في معرض الرياض.",
         False),
        ("وقامت وزارة الصحة السعودية بتوقيع الكشف الطبي على المتهم محمد مرسي.", False),
        ("وحضر وزير الخارجية السعودي عادل الجبير توقيع الاتفاقية بين السعودية وفرنسا.", True),
    ],
)
def test_a_signature_needs_a_deal(text: str, coded: bool) -> None:
    """«توقيع العقوبات/الغرامات/الكشف/إصدارات» is a penalty or a fine imposed, an
    examination done, a book signed; «توقيع الاتفاقية» is a deal signed."""
    assert ("SUPPORT" in kinds(text)) is coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وصعدت عقود خام برنت تسليم سبتمبر في السعودية وقالت وزارة الطاقة السعودية إن "
         "الأسعار ارتفعت.", False),
        ("وقام الأمير فيصل بن بندر أمير منطقة الرياض بتسليم الجوائز للفائزين.", False),
        ("وقام رئيس الاتحاد السعودي لكرة القدم أحمد عيد بتسليم الكأس لنادي الهلال.", False),
        ("وأعلنت وزارة الإسكان السعودية تسليم الوحدات السكنية للمواطنين في جدة.", False),
        ("وقام وزير التعليم السعودي أحمد العيسى بتسليم الكتب إلى وزارة التعليم المصرية.", False),
        ("وقامت الولايات المتحدة بتسليم المتهمين إلى السلطات المصرية.", True),
    ],
)
def test_a_handover_between_parties(text: str, coded: bool) -> None:
    """A futures contract's month, a prize, a cup, housing units, books handed over are
    no cooperation of parties; the accused handed to another state's authorities are."""
    assert ("COOPERATE" in kinds(text)) is coded
