"""Arabic persons written as a given name and a family name with the article that no
title opens, session 13 (2026-12-05), issue 5 (entities/arabic_family_names)."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_family_names import add_family_names
from khabar.entities.words import words


def _persons(text: str, kept: list[Entity] | None = None) -> list[str]:
    return [e.text for e in add_family_names(text, words(text), kept or []) if e.type == "PER"]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال المتحدث سعد الحديثي في تصريح إن الموقف واضح.", "سعد الحديثي"),
    ("من جهة ثانية، أعلن لاعب فريق الأهلي ياسر الفهمي مغادرته صفوف الفريق.", "ياسر الفهمي"),
])
def test_a_given_name_and_a_definite_family_name_are_a_person(text: str, name: str) -> None:
    assert _persons(text) == [name]


@pytest.mark.parametrize(("text", "reason"), [
    ("وبعد إجبار السائق على النزول لتفتيش المركبة.", "the preposition folds like Ali"),
    ("فهي تعيش ضعف عمر الكلب وقد تعيش طويلا.", "a given name of the taggers' list only"),
    ("وأخفى عرض ناديه السابق عن اللاعب.", "an adjective of time"),
    ("وعاد اللاعب إلى ناديه الهلال بعد الإعارة.", "a noun with the pronoun «ه»"),
    ("في حديقة الملك فهد المركزية مؤخرا.", "a title's name"),
    ("وصل فهد الرياض أمس.", "a place"),
    ("وكان فهد الحالي رئيسا.", "an adjective of time"),
    ("وألقى سعد الدين كلمة.", "the end of a compound given name"),
    # session 14 (2026-12-06): a post listed bare («مدير») is a post with the article too
    ("وأكد عباس المدير التنفيذي للشركة أن الأرباح ارتفعت.", "a post with the article"),
    ("وقال جابر المستشار في الديوان إن القرار نهائي.", "a post with the article"),
])
def test_no_person_of_a_common_word_a_title_or_a_place(text: str, reason: str) -> None:
    assert _persons(text) == [], reason


def test_no_person_over_an_entity() -> None:
    text = "وقال المتحدث سعد الحديثي في تصريح."
    start = text.index("الحديثي")
    kept = [Entity(start, start + 7, type="PER", text="الحديثي", key="per:الحديثي")]
    assert _persons(text, kept) == ["الحديثي"]


def test_no_family_name_of_a_nationality() -> None:
    """A nationality after the given name describes him (a guard no test held: review of
    session 13 (2026-12-05))."""
    assert _persons("ووصل سعد الأردني إلى المطار.") == []
