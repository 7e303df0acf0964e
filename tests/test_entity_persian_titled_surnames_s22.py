"""A surname that is also a common word is kept after a Persian title of address and a given
name when a mark, a finite verb or a post follows it (khabar.entities.persian_titled_surnames;
issue 5, session 22 (2026-12-07), engineer ent_fa4). Sentences written for these tests; the
whole pipeline runs, so the test reads what the title rule and this rule give together."""

from __future__ import annotations

import pytest

import khabar


def persons(text: str) -> list[str]:
    doc = khabar.process(text, meta={})
    return [text[e.start:e.end] for e in doc.entities if e.type == "PER"]


@pytest.mark.parametrize(("text", "name"), [
    ("مهندس وحید مفید گفت که کار ادامه دارد.", "وحید مفید"),  # a finite verb
    ("آقای وحید مفید، مدیرعامل شرکت، گفت که کار ادامه دارد.", "وحید مفید"),  # a mark
    ("به گفته دکتر وحید مفید مدیرکل بهداشت استان، کار ادامه دارد.", "وحید مفید"),  # a post
])
def test_a_common_word_surname_is_kept_after_a_title(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    "دکتر وحید مفید در این نشست گفت که کار ادامه دارد.",  # a preposition after the word
    "مهندس وحید مفید و موثر بود.",  # «و» after the word
])
def test_the_word_is_left_where_the_clause_goes_on(text: str) -> None:
    assert "وحید" in persons(text)
