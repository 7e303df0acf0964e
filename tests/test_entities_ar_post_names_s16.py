"""Arabic persons named after their post, and family names that are also titles, session
16 (2026-12-06), issue 5, engineer ar_names (entities/arabic_post_names). Sentences written
for these tests; the entities found before given by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_post_names import post_names, title_family_names
from khabar.entities.words import words


def _entity(text: str, name: str, kind: str = "PER", source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key="x", source=source)


def _post(text: str, kept: list[Entity] | None = None) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in post_names(text, words(text), kept or [])]


def _titled(text: str, kept: list[Entity] | None = None) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in title_family_names(text, words(text), kept or [])]


@pytest.mark.parametrize(("text", "name"), [
    # a common given name (the taggers' list) after a post's genitive chain
    ("وأوضح الرئيس التنفيذي لمهرجان تمور بريدة عبدالعزيز المهوس بأن الاستعدادات تمت.",
     "عبدالعزيز المهوس"),
    ("وطلبت الإدارة توضيحات عن توقيع المدافع علي البليهي لصالح الأخير.", "علي البليهي"),
    ("وقال مدير عام الشركة فهد بن سالم الدحيم إن الأرباح ارتفعت.", "فهد بن سالم الدحيم"),
])
def test_a_name_after_a_post_is_a_person(text: str, name: str) -> None:
    assert ("PER", name) in _post(text)


def test_a_body_run_on_over_the_name_is_cut() -> None:
    text = "وقام المشرف العام على الفريق الأول بنادي الاتحاد منصور البلوي بعمل تغييرات."
    found = _post(text, [_entity(text, "الاتحاد منصور البلوي", "ORG")])
    assert found == [("ORG", "الاتحاد"), ("PER", "منصور البلوي")]


@pytest.mark.parametrize("text", [
    "وأوضح عبدالعزيز المهوس أن الاستعدادات تمت.",  # no post before
    "وقال المدير، إن عبدالعزيز المهوس وصل.",  # a comma between the post and the name
    "وقال مدير مستشفى الملك فهد العام إن العمل بدأ.",  # after a title
    "وأعلن رئيس مجلس إدارة مجموعة محمد المعجل النتائج.",  # after a body noun: its name
    "لا تجيز انتقال اللاعب إلا بعد موافقة ناديه الأصلي.",  # «ناديه»: 'his club'
    "طالب الرئيس اليمني عبدربه منصور هادي الميليشيات الحوثية.",  # the name opened before
    "وقال مدير مستشفى الملك فهد الجامعي إن العمل بدأ.",  # after a title: named for the king
])
def test_no_person_without_a_post_or_where_the_name_is_another(text: str) -> None:
    assert not any(kind == "PER" for kind, _ in _post(text))


def test_no_person_where_the_post_is_someone_named() -> None:
    text = "وقال مدير الشركة خالد سعد مع عبدالعزيز المهوس في الحفل."
    assert _post(text, [_entity(text, "خالد سعد")]) == [("PER", "خالد سعد")]


@pytest.mark.parametrize(("text", "name", "whole"), [
    ("وكرم العقيد عمر بن عبدالهادي السلطان، وشكره.", "عمر بن عبدالهادي",
     "عمر بن عبدالهادي السلطان"),
    ("وأوضح المهندس عدنان بن أحمد السيد أن المشروع بدأ.", "عدنان بن أحمد",
     "عدنان بن أحمد السيد"),
])
def test_a_title_word_closing_a_name_is_its_family_name(text: str, name: str,
                                                       whole: str) -> None:
    assert ("PER", whole) in _titled(text, [_entity(text, name)])


def test_an_untagged_given_name_takes_the_title_word_before_punctuation() -> None:
    assert ("PER", "عصام السيد") in _titled("وشارك المخرج عصام السيد، والمنتج محمد.")


@pytest.mark.parametrize(("text", "name"), [
    ("وقال محمد السيد أحمد الغامدي إن العمل بدأ.", "محمد"),  # a name follows: a title
    ("والتقى السيد أحمد بالوفد.", "أحمد"),  # the title before the name
])
def test_a_title_before_a_name_stays_a_title(text: str, name: str) -> None:
    assert _titled(text, [_entity(text, name)]) == [("PER", name)]


def test_the_family_name_alone_after_a_title_is_the_person() -> None:
    text = "وأوضح المهندس عدنان بن أحمد السيد أن المشروع بدأ. وأضاف المهندس السيد، أنه تم."
    found = _titled(text, [_entity(text, "عدنان بن أحمد")])
    assert found == [("PER", "عدنان بن أحمد السيد"), ("PER", "السيد")]


def test_a_town_named_like_the_given_name_gives_way() -> None:
    text = "وأثبتت الكشوفات سلامة المهاجم جاسم الحمدان من الإصابة."
    found = _post(text, [_entity(text, "جاسم", "LOC", "gazetteer")])
    assert found == [("PER", "جاسم الحمدان")]


def test_a_body_named_by_the_whole_name_stays() -> None:
    text = "وقال مدير شركة فهد الحربي للتجارة إن الأرباح ارتفعت."
    found = _post(text, [_entity(text, "فهد الحربي", "ORG")])
    assert found == [("ORG", "فهد الحربي")]
