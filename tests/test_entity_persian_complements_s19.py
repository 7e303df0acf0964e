"""A Persian body's name that ends on a verbal noun governing a preposition goes on over the
preposition and its object: «[ستاد مقابله با کرونا]», «[سازمان دفاع از قربانیان خشونت]»
(khabar.entities.persian_complements; issue 5, session 19 (2026-12-06), engineer ent_fa).
Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_complements import complement_objects


def org(text: str, name: str, source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="ORG", text=name, source=source)


def names(text: str, *found: Entity) -> list[str]:
    return [e.text for e in complement_objects(text, words(text), list(found))]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("ستاد مقابله با کرونا در شهر اطلاعیه داد.", "ستاد مقابله", "ستاد مقابله با کرونا"),
    ("نشست از سوي سازمان دفاع از قربانيان خشونت برگزار شد.", "سازمان دفاع",
     "سازمان دفاع از قربانيان خشونت"),  # «برگزار» before «شد»: a compound verb's noun
    ("برگزيده مؤسسه آموزش و پيشگيري از آسيب هاي اجتماعي بودند.",
     "مؤسسه آموزش و پيشگيري", "مؤسسه آموزش و پيشگيري از آسيب هاي اجتماعي"),
    ("اين فيلم از انجمن حمايت از كودكان، جايزه گرفت.", "انجمن حمايت",
     "انجمن حمايت از كودكان"),  # a mark ends the object
    ("برنامه ستاد مبارزه با مواد مخدر را خواند.", "ستاد مبارزه", "ستاد مبارزه با مواد مخدر"),
])
def test_the_name_takes_the_object(text: str, name: str, expected: str) -> None:
    assert names(text, org(text, name)) == [expected]


@pytest.mark.parametrize(("text", "name"), [
    ("ستاد مقابله در شهر اطلاعیه داد.", "ستاد مقابله"),  # no preposition
    ("ستاد مقابله از کرونا گفت.", "ستاد مقابله"),  # not its preposition
    ("ستاد مقابله با 20 نفر گفت.", "ستاد مقابله"),  # a number
    ("ستاد مقابله با\nکرونا گفت.", "ستاد مقابله"),  # a line break
    ("ستاد مقابله با این بیماری گفت.", "ستاد مقابله"),  # a function word
    ("كار ستاد مقابله با كرونا مي شود.", "ستاد مقابله"),  # «كرونا مي شود»: a predicate
    # a new phrase, the verb's object, began among the words: its end is unknown
    ("ماموران اداره مبارزه با سرقت تلاش گسترده اي را آغاز كردند.", "اداره مبارزه"),
    ("دفتر پيشگيري از آسيب هاي اجتماعي جايزه خود را داد.", "دفتر پيشگيري"),
    ("اداره مبارزه با سرقت تلاش گسترده\u200cای را آغاز كرد.", "اداره مبارزه"),  # as repaired
    ("مقابله با کرونا مهم است.", "مقابله"),  # the noun alone names no body
    ("وزارت دفاع از بيستم فروردين ماه نمايشگاه دارد.", "وزارت دفاع"),  # a listed name, whole
])
def test_no_object_no_change(text: str, name: str) -> None:
    assert names(text, org(text, name)) == [name]


def test_only_the_taggers_organisations() -> None:
    text = "ستاد مقابله با کرونا گفت."
    assert names(text, org(text, "ستاد مقابله", source="org_list")) == ["ستاد مقابله"]
    start = text.index("ستاد")
    person = Entity(start, start + 11, type="PER", text="ستاد مقابله", source="crf")
    assert names(text, person) == ["ستاد مقابله"]


def test_a_word_another_entity_holds_ends_the_object() -> None:
    text = "اداره پيشگيري از سوانح وزارت بهداشت گفت."
    start = text.index("وزارت")
    ministry = Entity(start, start + 12, type="ORG", text="وزارت بهداشت", source="org_list")
    assert names(text, org(text, "اداره پيشگيري"), ministry) == [
        "اداره پيشگيري از سوانح", "وزارت بهداشت"]


def test_the_pipeline_reads_the_whole_name() -> None:
    doc = khabar.process("به گزارش خبرگزاری فارس از اردبیل، ستاد مقابله با کرونا در مشگین‌شهر"
                         " با صدور اطلاعیه‌ای از کوهنوردان خواست.")
    assert "ستاد مقابله با کرونا" in [e.text for e in doc.entities if e.type == "ORG"]
