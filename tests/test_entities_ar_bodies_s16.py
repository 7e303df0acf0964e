"""Arabic bodies named by a head and two coordinated fields («حزب العدالة والتنمية»), and
nouns used as prepositions that are no persons («نظير جهوده»): session 16 (2026-12-06),
issue 5, engineer ar_bodies (entities/org_coordinated.paired_field,
common_words.drop_name_word_phrases). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.common_words import drop_name_word_phrases
from khabar.entities.org_patterns import org_names
from khabar.entities.words import words


def _orgs(text: str) -> list[str]:
    return [e.text for e in org_names(text, words(text), [])]


@pytest.mark.parametrize("text, name", [
    ("وقال رئيس حزب العدالة والتنمية إن الانتخابات في موعدها", "حزب العدالة والتنمية"),
    ("أصدرت منظمة الأغذية والزراعة تقريرا", "منظمة الأغذية والزراعة"),
    ("وتعمل هيئة الحقيقة والكرامة على المصالحة", "هيئة الحقيقة والكرامة"),
    ("نظمت جمعية التاريخ والآثار معرضا", "جمعية التاريخ والآثار"),
])
def test_a_field_head_takes_a_second_field(text: str, name: str) -> None:
    assert _orgs(text) == [name]


@pytest.mark.parametrize("text, name, reason", [
    ("ناقش مجلس الوزراء والمقام السامي القضايا", "مجلس الوزراء", "not a field head"),
    ("وأكدت وزارة الداخلية والصحة الإجراءات", "وزارة الداخلية", "one «وزارة», two ministries"),
    ("اجتمع أعضاء هيئة التدريس والموظفين", "هيئة التدريس", "head and genitive closed"),
    ("انتقد حزب العدالة والمستشار السابق القرار", "حزب العدالة", "a role after «و»"),
    ("وقعت منظمة التعاون والسعودية اتفاقا", "منظمة التعاون", "a place after «و»"),
    ("وقعت منظمة الصحة والتي تأسست اتفاقا", "منظمة الصحة", "a relative pronoun"),
])
def test_no_second_field(text: str, name: str, reason: str) -> None:
    assert _orgs(text)[:1] == [name], reason


def _kept(text: str, word: str) -> list[str]:
    start = text.index(word)
    person = Entity(start, start + len(word), type="PER", text=word, key="x", source="crf")
    return [e.text for e in drop_name_word_phrases(words(text), [person])]


@pytest.mark.parametrize("text", [
    "وكرمت الجامعة الطلاب نظير جهودهم في خدمة المجتمع",
    "حصل على الجائزة نظير جهوده",
    "باع الأسهم مقابل الدولار",
])
def test_a_preposition_noun_before_its_genitive_is_no_person(text: str) -> None:
    word = "نظير" if "نظير" in text else "مقابل"
    assert _kept(text, word) == []


@pytest.mark.parametrize("text", ["وقال نظير إن الأمر انتهى", "وتحدث نظير عياد عن الكنيسة"])
def test_the_given_name_stays(text: str) -> None:
    assert _kept(text, "نظير") == ["نظير"]


@pytest.mark.parametrize("text, name", [
    ("استقبل منسوبي هيئة شؤون الإعلام والمشاركين في التغطية", "هيئة شؤون الإعلام"),
    ("ارتفع السهم بتأثير من اتحاد الاتصالات والاتصالات السعودية", "اتحاد الاتصالات"),
])
def test_persons_or_a_closed_name_after_the_genitive(text: str, name: str) -> None:
    assert _orgs(text)[:1] == [name]


def test_two_groups_of_persons_are_one_body() -> None:
    assert _orgs("تساءل عن دور جمعية المنتجين والموزعين في القضية") == [
        "جمعية المنتجين والموزعين"]


def test_a_broken_plural_in_waw_nun_is_a_field() -> None:
    assert _orgs("طالب بدعم جمعية الثقافة والفنون بالطائف") == ["جمعية الثقافة والفنون"]


def test_the_preposition_with_its_genitive_is_no_person() -> None:
    assert _kept("حصل على الجائزة نظير جهوده في العمل", "نظير جهوده") == []


def test_a_listed_name_is_read_as_listed() -> None:
    assert _orgs("أحيلت القضية إلى هيئة التحقيق والادعاء العام للتحقيق فيها") == [
        "هيئة التحقيق والادعاء العام"]
