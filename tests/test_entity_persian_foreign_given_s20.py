"""Common European and American given names in Persian letters are given names of the Persian
rules (resources/entities/foreign_given_names_fa.txt, read by
khabar.entities.persian_untagged_names.is_rule_given_name; issue 5, session 20 (2026-12-06),
engineer ent_fa), and «کیست», «چیست» end a name (name_stopwords.txt). Sentences written for
these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_given_before import given_names_before
from khabar.entities.persian_untagged_names import is_rule_given_name
from khabar.entities.words import Word


def word(text: str) -> Word:
    return words(text)[0]


@pytest.mark.parametrize("name", ["جیمز", "تری", "جانی", "لورا", "الکسی", "آلکسی", "اندرو"])
def test_a_foreign_given_name_is_a_rule_given_name(name: str) -> None:
    assert is_rule_given_name(word(name))


@pytest.mark.parametrize("name", ["هنری", "پل", "مارک", "باب", "تام", "مری", "گور", "هری"])
def test_a_common_word_left_out_of_the_list_is_none(name: str) -> None:
    assert not is_rule_given_name(word(name))


def test_the_given_name_before_a_surname_opens_the_person() -> None:
    """«تری [شیاوو]»: the tagger read the surname alone."""
    text = "همسر تری شیاوو دیروز به دادگاه رفت."
    start = text.index("شیاوو")
    surname = Entity(start, start + len("شیاوو"), type="PER", text="شیاوو", source="crf")
    grown = given_names_before(text, words(text), [surname])
    assert [e.text for e in grown] == ["تری شیاوو"]


def test_a_credited_actor_with_a_foreign_given_name_is_a_person() -> None:
    """«با بازی جانی دپ»: «جانی» is also a Persian word ('criminal'), so the credit rule's
    borrowed-name test did not read it; as a listed given name with a surname it does."""
    text = "فیلم «شب سرد» با بازی جانی دپ در سینماها اکران شد."
    doc = khabar.process(text)
    assert ("PER", "جانی دپ") in [(e.type, doc.text[e.start:e.end]) for e in doc.entities]


def test_a_question_word_is_no_surname() -> None:
    """«برایان کیست» 'who is Brian' at a line's opening is no two-word name."""
    text = "برایان کیست\nاو مربی تیم ملی ایرلند شد."
    doc = khabar.process(text)
    assert "برایان کیست" not in [doc.text[e.start:e.end] for e in doc.entities]
