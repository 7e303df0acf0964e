"""An open head's construct noun may be a word never in a person, not only one of
ANERcorp's common words (org_patterns._construct_noun): «محكمة جنايات القاهرة», «مجلس شباب
منطقة عسير» were missed, «جنايات» and «شباب» being absent from ANERcorp's list. Such a
noun takes a place only (org_patterns._Reader._open_genitive: «هيئة تمريض النساء» is a
nursing staff), and a feminine nisba stays out («قوات كردية سورية»: Kurdish, an
adjective). Issue 5, session 28 (2026-12-07), engineer ent_ar13. Sentences written for
these tests, after the check draw's changed names."""

from __future__ import annotations

import pytest

from khabar.entities.org_patterns import org_names
from khabar.entities.words import words


def _bodies(text: str) -> list[str]:
    return [e.text for e in org_names(text, words(text), [])]


@pytest.mark.parametrize(("text", "body", "why"), [
    ("وقررت محكمة جنايات القاهرة أمس تأجيل النطق بالحكم.", "محكمة جنايات القاهرة",
     "a court of criminal cases and its city"),
    ("ونظم الملتقى مجلس شباب منطقة عسير بالتعاون مع الغرفة.", "مجلس شباب منطقة عسير",
     "a council of youth and its province"),
    ("وأصيب عدد من منسوبي قوات طوارئ منطقة عسير.", "قوات طوارئ منطقة عسير",
     "the emergency forces of a province"),
    ("ووزعت الرسالة من قبل اتحاد طلبة مصر.", "اتحاد طلبة مصر",
     "a union of students and its country"),
])
def test_construct_noun_never_in_a_person(text: str, body: str, why: str) -> None:
    assert body in _bodies(text), why


@pytest.mark.parametrize(("text", "why"), [
    ("وتمكنت قوات كردية سورية من استعادة البلدة.", "a feminine nisba is an adjective"),
    ("وتشكل النسبة 30% من هيئة تمريض النساء وهو ما يتفق مع المعايير.",
     "a noun never in a person before no place: the nursing staff"),
    ("وسعت لجنة تحكيم الجائزة قائمة المنافسة.", "a prize's jury, before no place"),
    ("بما في ذلك أصول صندوق ثروة البلاد السيادي.", "a description, before no place"),
    ("أعلنت لجنة اجتماعها الأسبوعي أمس.", "a pronoun suffix still makes no construct noun"),
])
def test_no_construct_noun(text: str, why: str) -> None:
    assert _bodies(text) == [], why
