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


def test_amir_after_a_given_name_opens_the_surname() -> None:
    """A rank comes before the whole name, never after the given name: «عباس امیر انتظام» is
    one person, «امیر انتظام» his surname, even among words of the army (issue 5, session 13
    (2026-12-05))."""
    text = "عباس امیر انتظام سخنگوی دولت بود و محسن امیر یوسفی در ارتش خدمت کرد."
    assert names(text, "انتظام", "یوسفی") == ["عباس امیر انتظام", "محسن امیر یوسفی"]


def test_a_titled_given_name_before_amir_joins_the_person_and_keeps_its_title() -> None:
    text = "سرتیپ عباس امیر انتظام گفت."
    start = text.index("عباس")
    given = Entity(start, start + 4, type="PER", text="عباس", role="سرتیپ", source="title")
    found = amir_given_names(text, words(text), [given, titled(text, "انتظام")])
    assert [(e.text, e.role) for e in found] == [("عباس امیر انتظام", "سرتیپ")]


def test_a_word_that_is_no_given_name_before_amir_changes_nothing() -> None:
    text = "فرمانده ارتش امیر کاظمی گفت."
    assert names(text, "کاظمی") == ["کاظمی"]
