"""A title word that is another name's word opens no titled person, issue 5, session 25
(2026-12-07), engineer ent_ar8: the last word of a town's name («شرم الشيخ», «كفر الشيخ»:
stage._title_of_a_place) and a family title after a word that links a name to its family
(«ولد الشيخ», «آل الشيخ»: titles._family_title, family_title_links_ar.txt). A title before
a name, also after a one-word place or a given name, still opens it. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from khabar.entities.stage import candidates
from khabar.entities.titles import titled_persons
from khabar.entities.words import words


def _persons(text: str) -> list[str]:
    return [e.text for e in candidates(text, words(text), True) if e.type == "PER"]


def _titled(text: str) -> list[str]:
    return [text[h.name.start:h.name.end] for h in titled_persons(text, words(text))]


@pytest.mark.parametrize(("text", "word"), [
    ("وعقدت القمة الاقتصادية في شرم الشيخ بمصر العام الماضي.", "بمصر"),
    ("وتحولت مذكرات تفاهم قمة شرم الشيخ تحولت إلى عقود.", "تحولت"),
    ("ويقيم المعرض في كفر الشيخ بدلتا النيل.", "بدلتا"),
])
def test_the_word_after_a_town_named_with_a_title_is_no_person(text: str, word: str) -> None:
    assert word in _titled(text)  # the title rule alone reads one
    assert not any(word in p for p in _persons(text))


@pytest.mark.parametrize(("text", "word"), [
    ("والتقى المبعوث الأممي إسماعيل ولد الشيخ أحمد بالرئيس اليمني أمس.", "أحمد"),
    ("وفاز فريق آل الشيخ ماجد بالبطولة.", "ماجد"),
])
def test_a_family_title_after_a_family_link_opens_no_name(text: str, word: str) -> None:
    assert word not in _titled(text)


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الشيخ عبدالرحمن السديس إن الأمن نعمة.", "عبدالرحمن السديس"),
    ("وأكد المفتي الشيخ عبدالعزيز آل الشيخ أن الإرهاب لا دين له.", "عبدالعزيز آل الشيخ"),
    ("وكرم أمير منطقة الرياض الأمير فيصل بن بندر، الفائزين.", "فيصل بن بندر"),
    ("واستقبل محمد الشيخ أحمد الوفد.", "أحمد"),
])
def test_a_title_before_a_name_still_opens_it(text: str, name: str) -> None:
    assert name in _titled(text)
    assert name in _persons(text)
