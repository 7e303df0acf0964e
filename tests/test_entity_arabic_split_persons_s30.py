"""An Arabic person whose given name was left outside its span takes it in, once every
person of the article is found, the surname mentions too (``arabic_split_persons``): a free
given name right before a person opening on a family name, a foreign one of
``foreign_given_names_ar.txt`` included, and a person of given names only right before
another person. Issue 5, session 30 (2026-12-07), engineer ent_ar15: read on unlabelled
SaudiNewsNet articles («د. علي [الغامدي]», «[يحيى] [الشهري]», «إيرني [بيفين]»)."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Entity
from khabar.entities.arabic_split_persons import join_given_names
from khabar.entities.ner import find_entities
from khabar.entities.words import words
from khabar.kb.entries import load_kb


def _entity(text: str, name: str, source: str = "crf", kind: str = "PER",
            nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(start, start + len(name), type=kind, text=name, key="x", source=source)


def _persons(text: str, kept: list[Entity]) -> list[str]:
    return [e.text for e in join_given_names(text, words(text), kept) if e.type == "PER"]


@pytest.mark.parametrize(("text", "found", "name"), [
    ("وأوضح عميد كلية الطب بالجامعة د. علي الغامدي أنه أقيم لقاء.", "الغامدي", "علي الغامدي"),
    ("أمثال إيرني بيفين وجيم كالاهان.", "بيفين", "إيرني بيفين"),
    ("يفيد إيان بيغ بأن هناك قراءتين.", "بيغ", "إيان بيغ"),
    ("باشرت ليز كيندال مسيرتها السياسية.", "كيندال", "ليز كيندال"),
    ("وليون بانيتا وتشاك هيغل مع الرئيس.", "هيغل", "تشاك هيغل"),
])
def test_a_given_name_before_the_person_is_its_first_word(text: str, found: str,
                                                           name: str) -> None:
    assert _persons(text, [_entity(text, found, "surname")]) == [name]


@pytest.mark.parametrize(("text", "first", "second", "name"), [
    ("لم يسبق أن شاهت يحيى الشهري في حياتي.", "يحيى", "الشهري", "يحيى الشهري"),
    ("كشف الباحث الدكتور هشام محمد ربيع السر في هذه الظاهرة.", "هشام", "محمد ربيع",
     "هشام محمد ربيع"),
    ("كشف اللواء جعفر محمد سعد، مستشار الرئيس.", "جعفر", "محمد سعد", "جعفر محمد سعد"),
])
def test_given_names_before_another_person_are_one_name(text: str, first: str, second: str,
                                                         name: str) -> None:
    assert _persons(text, [_entity(text, first), _entity(text, second, "surname")]) == [name]


@pytest.mark.parametrize(("text", "found", "why"), [
    ("وقال خالد\nالسيف في البيان.", "السيف", "a line break before the person"),
    ("وقال محمد بن علي الغامدي في البيان.", "الغامدي", "a nasab chain: the name rules' own"),
    ("وأشار إلى أن علي محمد قال ذلك.", "محمد", "a person opening on a given name"),
    ("ويصب ذلك في صالح الغامدي.", "الغامدي", "a given name that is mostly a word"),
    ("وقال راسل الغامدي في البيان.", "الغامدي", "no given name of the lists"),
    ("أصدر الرئيس عبدربه منصور هادي قرارا.", "هادي",
     "a person opening on a given name, one mostly a word too"),
])
def test_no_given_name_taken_in(text: str, found: str, why: str) -> None:
    assert _persons(text, [_entity(text, found, "surname")]) == [found], why


def test_a_given_name_in_an_entity_stays_there() -> None:
    text = "المفتش العام في وزارة الخارجية ستيف لينيك أنه يؤيد."
    kept = [_entity(text, "ستيف", kind="LOC"), _entity(text, "لينيك", "surname")]
    assert _persons(text, kept) == ["لينيك"]


def test_a_person_of_more_than_given_names_takes_no_next_person() -> None:
    text = "قول الحلي في الملك إسماعيل بن علي بن محمود صاحب حماة."
    kept = [_entity(text, "إسماعيل بن علي بن محمود"), _entity(text, "صاحب", "surname")]
    assert _persons(text, kept) == ["إسماعيل بن علي بن محمود", "صاحب"]


def test_references_are_left_as_they_are() -> None:
    text = "وقال الوزير علي الغامدي في البيان."
    kept = [_entity(text, "الغامدي", "role")]
    assert _persons(text, kept) == ["الغامدي"]


@pytest.mark.parametrize(("text", "person"), [
    ("وقال عميد كلية الطب د. أحمد الغامدي إن اللقاء تم. وأوضح وكيل الكلية د. علي الغامدي"
     " أنه أقيم بهذه المناسبة لقاء تعارف.", "علي الغامدي"),
])
def test_the_whole_article_reads_the_person_whole(text: str, person: str) -> None:
    """The dean's surname is found again after another «الغامدي» was named: the given name
    before it makes him a person of his own, named whole."""
    doc = simple_doc(text, "ar", published="2015-08-01")
    found = {e.text for e in find_entities(doc, load_kb()) if e.type == "PER"}
    assert person in found and "الغامدي" not in found
