"""A publishing house's name after «انتشارات» is the organisation, the noun of kind left out
as the gold leaves it out («انتشارات «پارس کتاب»»: bench/data/ENTITIES-GOLD.md), written bare
as well as in quotation marks (khabar.entities.persian_press, resources/entities/
press_kinds_fa.txt; issue 5, session 21 (2026-12-06), engineer ent_fa). Sentences written
for these tests; the tagger's entities are built by hand."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.persian_press import press_names
from khabar.entities.words import words


def tagged(text: str, name: str, kind: str, source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, source=source)


def orgs(text: str, found: list[Entity]) -> list[str]:
    return [e.text for e in press_names(text, words(text), found) if e.type == "ORG"]


def test_the_taggers_publisher_loses_its_noun() -> None:
    text = "این کتاب را انتشارات ماهور منتشر کرده است."
    assert orgs(text, [tagged(text, "انتشارات ماهور", "ORG")]) == ["ماهور"]


def test_a_quoted_publisher_is_still_the_quoted_words() -> None:
    text = "این کتاب را انتشارات «پارس کتاب» منتشر کرد."
    assert orgs(text, []) == ["پارس کتاب"]


def test_a_common_word_after_the_noun_names_nothing() -> None:
    text = "او در زمینه انتشارات و مقالات فعال بود."
    assert orgs(text, []) == []
