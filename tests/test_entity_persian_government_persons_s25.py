"""A Persian government named after a person («رژیم صدام حسین», «دولت اوباما») holds a name
the gold labels: the person, added beside the government reference with the exact span of the
words after the noun when the KB holds such a person or the article names one by the same
words; a dynasty («رژیم پهلوی») or a house («رژیم آل سعود») adds nothing
(khabar.entities.persian_governments.add_government_persons; issue 5, session 25
(2026-12-07), engineer ent_fa10). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import GOVERNMENT_SOURCE, Entity
from khabar.entities.persian_governments import (
    GOVERNMENT_PERSON_SOURCE,
    add_government_persons,
)
from khabar.kb.entries import load_kb


def government_persons(text: str) -> list[tuple[str, int, int, str | None]]:
    doc = khabar.process(text, meta={"lang": "fa"})
    return [(e.text, e.start, e.end, e.kb_id) for e in doc.entities
            if e.type == "PER" and e.source == GOVERNMENT_PERSON_SOURCE]


@pytest.mark.parametrize(("text", "person"), [
    # the full name, a KB person
    ("پس از سقوط رژیم صدام حسین، عراق قانون اساسی تازه‌ای نوشت.",
     ("صدام حسین", 16, 25, "per:saddam-hussein")),
    # a lone surname only one KB person bears
    ("دولت اوباما خواهان مذاکره با پاکستان است.", ("اوباما", 5, 11, "per:barack-obama")),
])
def test_the_person_a_government_is_named_after_is_added(
        text: str, person: tuple[str, int, int, str]) -> None:
    assert government_persons(text) == [person]
    assert text[person[1]:person[2]] == person[0]


def test_the_government_stays_a_reference() -> None:
    doc = khabar.process("پس از سقوط رژیم صدام حسین، عراق قانون اساسی تازه‌ای نوشت.",
                         meta={"lang": "fa"})
    assert [e.text for e in doc.entities if e.source == GOVERNMENT_SOURCE] == ["رژیم صدام حسین"]


@pytest.mark.parametrize("text", [
    "دولت آمریکا این طرح را رد کرد.",  # a state, no person
    "رژیم پهلوی در این استان کارهای شرم‌آوری کرد.",  # a dynasty: no KB person
])
def test_a_government_named_after_no_person_adds_nothing(text: str) -> None:
    assert government_persons(text) == []


def _government(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="ORG", text=name, source=GOVERNMENT_SOURCE)


def _person(text: str, name: str, at: int = 0) -> Entity:
    start = text.index(name, at)
    return Entity(start, start + len(name), type="PER", text=name, source="crf",
                  key=f"per:{name}")


def _added(text: str, entities: list[Entity]) -> list[str]:
    return [e.text for e in add_government_persons(text, entities, load_kb())
            if e.source == GOVERNMENT_PERSON_SOURCE]


def test_a_person_the_article_names_by_the_same_words_is_added() -> None:
    text = "جانسون روز یکشنبه سخنرانی کرد. یک مقام دولت جانسون گفت که مذاکره ادامه دارد."
    found = add_government_persons(
        text, [_person(text, "جانسون"), _government(text, "دولت جانسون")], load_kb())
    added = [e for e in found if e.source == GOVERNMENT_PERSON_SOURCE]
    assert [(e.text, text[e.start:e.end], e.key) for e in added] == [
        ("جانسون", "جانسون", "per:جانسون")]
    assert found[-2].source == GOVERNMENT_SOURCE  # added just after its government


@pytest.mark.parametrize(("text", "persons", "government"), [
    # a longer name ending in the words is not enough: a dynasty bears its founders' surname
    ("محمدرضا پهلوی از ایران رفت و رژیم پهلوی فرو ریخت.", ["محمدرضا پهلوی"], "رژیم پهلوی"),
    # a house named by «آل» is a family, not the king named in full
    ("سلمان بن عبدالعزیز آل سعود به مصر رفت. رژیم آل سعود آمریکا را تحریک می‌کند.",
     ["سلمان بن عبدالعزیز آل سعود", "آل سعود"], "رژیم آل سعود"),
])
def test_no_person_is_read_from_a_family_name(text: str, persons: list[str],
                                              government: str) -> None:
    entities = [_person(text, name) for name in persons] + [_government(text, government)]
    assert _added(text, entities) == []


def test_a_person_already_found_inside_is_not_added_twice() -> None:
    text = "رژیم صدام حسین سقوط کرد."
    entities = [_government(text, "رژیم صدام حسین"), _person(text, "صدام حسین")]
    assert _added(text, entities) == []
