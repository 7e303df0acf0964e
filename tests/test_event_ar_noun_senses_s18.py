"""Arabic «تعليق» and «طلب» in a sense that tells no act between parties (session 18,
2026-12-06): a comment, lessons or pictures hung, a share's trading halted; knowledge or a
living sought, goods ordered, an application filed, a source who asked not to be named.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import events_of


def kinds(text: str) -> list[str]:
    return [e.type for e in events_of(text, "ar", "2015-08-10T09:00:00+03:00")]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("ولم يصدر أي تعليق من وزارة الخارجية الإيرانية على الاتفاق مع الولايات المتحدة.", False),
        ("وقال وزير الخارجية السعودي عادل الجبير في تعليق له إن إيران تتدخل في اليمن.", False),
        ("وقررت وزارة التعليم السعودية تعليق الدراسة في مدارس جازان بسبب الأمطار.", False),
        ("وأعلنت هيئة السوق المالية السعودية تعليق التداول على أسهم شركة موبايلي.", False),
        ("وقرر الاتحاد الأوروبي تعليق العقوبات على إيران بعد الاتفاق النووي.", True),
        ("وقررت الجامعة العربية تعليق عضوية سوريا في اجتماع القاهرة.", True),
    ],
)
def test_a_suspension_needs_its_object(text: str, coded: bool) -> None:
    """«تعليق» before a preposition, a particle or a mark is a comment; school lessons and
    a share's trading are no party's sanction; «تعليق العقوبات» is one."""
    assert ("SANCTION" in kinds(text)) is coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وسافر الشيخ عبدالله بن باز إلى مصر لطلب العلم في شبابه.", False),
        ("وانتقل محمد الغامدي إلى مكة المكرمة لطلب الرزق مع أقرانه.", False),
        ("ويمكن للضيوف في فندق الرياض طلب الطعام في الغرفة على مدار الساعة.", False),
        ("وقال مسؤول أمريكي طلب عدم الكشف عن اسمه إن واشنطن تدعم السعودية.", False),
        ("وطلب وزير الخارجية الأمريكي جون كيري من إيران وقف دعم الحوثيين.", True),
    ],
)
def test_a_request_asks_a_party(text: str, coded: bool) -> None:
    """«طلب العلم/الرزق» is seeking, «طلب الطعام» ordering, «طلب عدم الكشف عن اسمه» the
    formula of an unnamed source: no party is asked anything."""
    assert ("REQUEST" in kinds(text)) is coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وقام الرئيس الأمريكي باراك أوباما بزيارة المواقع التاريخية في القاهرة.", False),
        ("ووجه أمير نجران ببرامج تحفز الشباب لزيارة المواقع التاريخية في نجران.", False),
        ("وقام الرئيس الأمريكي باراك أوباما بزيارة المسجد الأقصى في القدس.", False),
        ("وقام وزير الخارجية السعودي عادل الجبير أمس بزيارة إلى ألبانيا.", True),
    ],
)
def test_a_tour_of_a_site_is_no_meeting(text: str, coded: bool) -> None:
    """Historic sites or a mosque visited is no meeting of parties (CONSULT or a
    planned visit)."""
    found = kinds(text)
    assert ("CONSULT" in found or "AGREE" in found) is coded
