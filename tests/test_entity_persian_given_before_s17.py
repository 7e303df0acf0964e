"""A given name right before a person found by the surname alone opens the name
(khabar.entities.persian_given_before; issue 5, session 17 (2026-12-06), engineer ent_fa).
Sentences written for these tests; the entities found before are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_given_before import given_names_before


def person(text: str, surname: str, source: str = "crf", role: str | None = None,
           at: int = 0) -> Entity:
    start = text.index(surname, at)
    return Entity(start, start + len(surname), type="PER", text=surname,
                  key=f"per:{surname}", source=source, role=role)


def names(text: str, *found: Entity) -> list[str]:
    return [e.text for e in given_names_before(text, words(text), list(found))
            if e.type == "PER"]


@pytest.mark.parametrize("text, surname, name", [
    # a given name of the rules' wide list («رحمان»: a common word too)
    ("در تیم ملی رحمان رضایی و فرهاد مجیدی بازی کردند.", "رضایی", "رحمان رضایی"),
    # two given names joined in one word
    ("از خدمات علی‌اشرف هدایت‌نژاد تقدیر شد.", "هدایت‌نژاد", "علی‌اشرف هدایت‌نژاد"),
    # a surname of two words
    ("مدرسه جلال آل احمد بازسازی شد.", "آل احمد", "جلال آل احمد"),
])
def test_a_given_name_before_the_surname_opens_the_name(text: str, surname: str,
                                                          name: str) -> None:
    assert names(text, person(text, surname)) == [name]


@pytest.mark.parametrize("text, surname", [
    ("در تیم ملی رحمان، رضایی بازی کرد.", "رضایی"),  # a mark between
    ("در تیم ملی رحمان\nرضایی بازی کرد.", "رضایی"),  # a line break between
    ("سید رضایی گفت.", "رضایی"),  # a title, not a given name
    ("با رضایی گفت.", "رضایی"),  # a function word
    ("جو رضایی بهتر شد.", "رضایی"),  # a two-letter given name: a common word ('barley')
    ("رضایی گفت و نه رحمان", "رضایی"),  # the text's first word: nothing before it
    ("رحمان علی رضایی گفت.", "علی رضایی"),  # the person opens on a given name itself
])
def test_no_given_name_before(text: str, surname: str) -> None:
    assert names(text, person(text, surname)) == [surname]


def test_a_given_name_held_by_another_entity_stays_there() -> None:
    text = "در شهریار رضایی بازی کرد."  # a given name that is also a place, read as one
    other = Entity(text.index("شهریار"), text.index("شهریار") + 6, type="LOC", text="شهریار")
    assert names(text, other, person(text, "رضایی")) == ["رضایی"]


@pytest.mark.parametrize("source, role", [
    ("pronoun", None), ("role", None), ("title", None), ("crf", "وزیر"),
])
def test_references_and_titled_names_are_left(source: str, role: str | None) -> None:
    text = "در تیم ملی رحمان رضایی بازی کرد."
    assert names(text, person(text, "رضایی", source, role)) == ["رضایی"]
