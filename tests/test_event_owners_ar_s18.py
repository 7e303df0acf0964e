"""The owner told with «ل» after an Arabic verb's definite subject and its adjective is the
actor, the bare name after it the object («وحذرت الأمانة العامة لمجلس التعاون إيران»;
events.arabic_owners). Issue 6, session 18 (2026-12-06): the object was read as the actor."""

import pytest

import khabar


def _parties(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    doc = khabar.process(text, meta={"date": "2015-08-11"})
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in doc.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        ("وحذرت الأمانة العامة لمجلس التعاون إيران من التدخل في شؤون البحرين.",
         "THREATEN", "مجلس التعاون", "إيران"),
        ("هدد الفرع المصري لتنظيم داعش أمس بإعدام رهينة كرواتي.", "THREATEN", "تنظيم داعش",
         None),
    ],
)
def test_the_owner_of_the_subject_acts(text: str, kind: str, actor: str,
                                       target: str | None) -> None:
    assert (actor, target) in _parties(text, kind), _parties(text, kind)


def test_a_person_after_the_owner_is_the_subject() -> None:
    found = _parties("وطالب الأمين العام لجامعة الدول العربية الدكتور نبيل العربي مجلس الأمن "
                     "بالتحرك.", "REQUEST")
    assert found and found[0][0] == "نبيل العربي", found


def test_a_subject_before_the_verb_keeps_the_noun_after_it_as_object() -> None:
    found = _parties("والملا منان عضو بارز في الحركة وقد حث الزعماء الدينيين الموالين لطالبان "
                     "على التركيز على حل الانقسامات.", "REQUEST")
    assert all(actor != "طالبان" for actor, _ in found), found
