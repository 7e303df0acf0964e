"""«امیر» before a name: the Army's rank among words of the armed forces, else the given name
(session 12, 2026-12-05). Sentences written for these tests; the title rule's persons are
built by hand."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_tidy import amir_given_names


def titled(text: str, name: str, role: str = "امیر") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="PER", text=name, role=role, source="title")


def names(text: str, *persons: str) -> list[str]:
    found = [titled(text, p) for p in persons]
    return [e.text for e in amir_given_names(text, words(text), found)]


def test_amir_away_from_the_army_is_the_given_name() -> None:
    text = "در این فیلم امیر کاظمی و امیر حسین رستمی بازی می‌کنند."
    assert names(text, "کاظمی", "حسین رستمی") == ["امیر کاظمی", "امیر حسین رستمی"]


def test_amir_among_words_of_the_army_is_the_rank() -> None:
    text = "فرمانده نیروی زمینی ارتش امیر کاظمی گفت که رزمایش آغاز شد."
    assert names(text, "کاظمی") == ["کاظمی"]


def test_amir_before_a_country_is_the_emir() -> None:
    text = "امیر کویت به تهران سفر کرد."
    assert names(text, "کویت") == []


def test_another_title_keeps_its_person() -> None:
    text = "سرهنگ کاظمی در این فیلم بازی می‌کند."
    start = text.index("کاظمی")
    person = Entity(start, start + 5, type="PER", text="کاظمی", role="سرهنگ", source="title")
    assert [e.text for e in amir_given_names(text, words(text), [person])] == ["کاظمی"]
