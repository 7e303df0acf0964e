"""A staff built like a body's name is no body (arabic_staff_names, staff_bodies_ar.txt),
issue 5, session 25 (2026-12-07), engineer ent_ar8: «هيئة التدريس» is a university's
teaching staff, «هيئة المحلفين» a jury. Named bodies with the same head stay. Sentences
written for these tests."""

from __future__ import annotations

import pytest

import khabar


def _bodies(text: str) -> list[str]:
    return [e.text for e in khabar.process(text).entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "staff"), [
    ("وأعلنت الجامعة عن وظائف شاغرة لأعضاء هيئة التدريس والموظفين.", "هيئة التدريس"),
    ("ورفضت هيئة المحلفين طلب الدفاع في المحكمة الأمريكية.", "هيئة المحلفين"),
])
def test_a_staff_is_no_body(text: str, staff: str) -> None:
    assert not any(staff in b for b in _bodies(text))


@pytest.mark.parametrize(("text", "body"), [
    ("وأعلنت هيئة التحقيق والادعاء العام توقيف المتهمين.", "هيئة التحقيق والادعاء العام"),
    ("وأكدت هيئة الهلال الأحمر السعودي جاهزيتها.", "هيئة الهلال الأحمر السعودي"),
])
def test_a_named_body_with_the_same_head_stays(text: str, body: str) -> None:
    assert body in _bodies(text)
