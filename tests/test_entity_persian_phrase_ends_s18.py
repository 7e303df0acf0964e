"""A person that ends a listed Persian set phrase, its other words right before it, is none:
«مرگ و [میر]» 'mortality' (khabar.entities.persian_tidy.drop_phrase_ends; issue 5, session 18
(2026-12-06), engineer ent_fa). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_tidy import drop_name_word_phrases


def person(text: str, name: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(start, start + len(name), type="PER", text=name, source="crf")


def kept(text: str, *found: Entity) -> list[str]:
    return [e.text for e in drop_name_word_phrases(words(text), list(found))]


@pytest.mark.parametrize("text", [
    "آمار مرگ و میر در جاده‌ها بالا است.",
    "تروما از علل مرگ و میر و معلولیت است.",
    "از علل  مرگ  و  میر  در افراد دیابتی است.",  # spaces doubled, as Hamshahri writes
    "آمار مرگ و مير در كشور بالاست.",  # Arabic yeh and kaf
])
def test_the_end_of_the_phrase_is_no_person(text: str) -> None:
    name = "مير" if "مير" in text else "میر"
    assert kept(text, person(text, name)) == []


@pytest.mark.parametrize(("text", "name", "nth"), [
    # the given name «میر» opening a person elsewhere in the sentence
    ("آمار مرگ و میر کاهش یافت و میر حسین موسوی گفت که خوب است.", "میر حسین موسوی", 0),
    # the word alone with other words before it
    ("علی میر و حسن گفتند.", "علی میر", 0),
    # the phrase's words not right before the person
    ("مرگ و زندگی میر را نگران کرد.", "میر", 0),
])
def test_other_persons_are_kept(text: str, name: str, nth: int) -> None:
    assert kept(text, person(text, name, nth)) == [name]


def test_only_persons_are_dropped() -> None:
    text = "آمار مرگ و میر بالا است."
    start = text.index("میر")
    org = Entity(start, start + 3, type="ORG", text="میر", source="crf")
    assert kept(text, org) == ["میر"]
