"""Arabic given names that are also common words, before a person found without them,
session 15 (2026-12-06), issue 5 (entities/arabic_given_before). Sentences written for
these tests; the persons found before given by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_given_before import add_given_before
from khabar.entities.words import words


def _entity(text: str, name: str, kind: str = "PER", source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key="x", source=source)


def _found(text: str, kept: list[Entity]) -> list[str]:
    return [e.text for e in add_given_before(text, words(text), kept)]


@pytest.mark.parametrize(("text", "name", "whole"), [
    ("وأوضح الدكتور مساعد الأحمد أن الخريجين تمكنوا.", "الأحمد", "مساعد الأحمد"),
    ("هكذا اغتيل فرج فودة مثلا.", "فودة", "فرج فودة"),  # one word, no given name
    ("وإبراهيم الزبيدي، وعوض خميس، وعبد العزيز.", "خميس", "عوض خميس"),  # the «و» left out
    ("رفضت الإدارة الاستغناء عن الحارس مسلم آل فريج.", "آل فريج", "مسلم آل فريج"),
])
def test_a_given_name_that_is_a_word_goes_on_the_person(text: str, name: str,
                                                        whole: str) -> None:
    assert _found(text, [_entity(text, name)]) == [whole]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال مساعد محمد الأحمد إن الخطة جاهزة.", "محمد الأحمد"),  # the person has a given name
    ("وشكر سالم بن مساعد الأحمد الحضور.", "الأحمد"),  # «بن» before: a chain
    ("وقال مساعد\nالأحمد إن الخطة جاهزة.", "الأحمد"),  # not one space apart: a new line
])
def test_no_given_name_taken_where_the_person_has_one_or_a_chain_or_a_mark(
        text: str, name: str) -> None:
    assert _found(text, [_entity(text, name)]) == [name]


def test_a_word_another_entity_holds_stays_out() -> None:
    text = "وقال وزير الخارجية رياض الحربي إن المقترح مرفوض."
    kept = [_entity(text, "رياض", "LOC", "gazetteer"), _entity(text, "الحربي")]
    assert _found(text, kept) == ["رياض", "الحربي"]


def test_a_reference_is_no_person_here() -> None:
    text = "وقال مساعد الرئيس إن الخطة جاهزة."
    assert _found(text, [_entity(text, "الرئيس", source="role")]) == ["الرئيس"]
