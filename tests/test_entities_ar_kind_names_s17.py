"""A body named bare after a noun of its kind (entities/arabic_kind_names), session 17
(2026-12-06), issue 5, engineer ent_ar_orgs. Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_kind_names import kind_names
from khabar.entities.words import words


def _names(text: str, kept: list[Entity] | None = None) -> list[str]:
    before = kept or []
    return [e.text for e in kind_names(text, words(text), list(before)) if e not in before]


@pytest.mark.parametrize(("text", "found"), [
    ("وأعلنت شركة تاكيدا في بيان أمس نتائجها.", ["تاكيدا"]),  # a closing preposition
    ("وقال في تغريدة على موقع تويتر: الطقس سيئ.", ["تويتر"]),  # a mark
    ("وهم قناة المجد وقناة mbc وقناة دليل.", ["mbc"]),  # a «و» word
    ("وتنتج شركة جواثا للتنمية الأسمدة.", ["جواثا"]),  # a «ل» complement
    ("نشرت النتائج على موقع عكاظ الإلكتروني أمس.", ["عكاظ"]),  # a definite nisba
    ("وارتفع سهم جلفار 8 في المائة.", ["جلفار"]),  # «سهم», a number
    ("قال المدير العام لمؤسسة إيجاب الدكتور علي إن العمل بدأ.", ["إيجاب"]),  # a title
    ("وحضر رئيس نادي هجر أحمد الملحم الحفل.", ["هجر"]),  # a given name
    ("وقال رئيس نادي هجر: بدأنا. واستأنف الفريق بنادي هجر تدريباته.",
     ["هجر", "هجر"]),  # read once, the same word after a noun of kind again
])
def test_a_bare_name_after_a_noun_of_kind_is_the_body(text: str, found: list[str]) -> None:
    assert _names(text) == found


@pytest.mark.parametrize("text", [
    "أسست شركة طيران في المدينة.",  # a common word (ANERcorp)
    "وبحسب موقع إسباني، فإن الخدمة جاهزة.",  # a nationality adjective
    "فيصبح كل مجموعة فروع من الشجرة مسؤولة.",  # «مجموعة» is no head here
    "وأنشأت شركة تابعة في دبي.",  # a feminine ending (a common word too)
    "وأسس شركة ناشئة في دبي.",  # a feminine ending
    "وقال إنه اقترض من بنك ماليزي، ثم سافر.",  # a nationality adjective
    "وبث التقرير على موقع رياضي في المدينة.",  # a nisba whose definite form is common
    "وتحدث عن موقع وإقبال.",  # a common word behind «و»
    "وقال إن شبكة لتجنيد مقاتلين سقطت.",  # a proclitic on a common word
    "وشملت الموافقة شركة أعناب دانية القابضة.",  # the name goes on: not closed
    "ومن بين الشركات شركة تدوير البيئة الأهلية.",  # «البيئة» folds like a nisba
    "وقالت شركة محمد في بيان إنها ستبيع.",  # a given name
    "أعلن بنك دبي في بيان.",  # a place
    "وقالت شركة تحالفهما في بيان.",  # a pronoun suffix
])
def test_no_body_from_a_common_or_unclosed_word(text: str) -> None:
    assert _names(text) == []


def test_no_body_over_an_entity() -> None:
    text = "وأعلنت شركة تاكيدا في بيان."
    start = text.index("تاكيدا")
    tagged = Entity(start, start + 6, type="PER", text="تاكيدا", key="per:تاكيدا", source="crf")
    assert _names(text, [tagged]) == []
