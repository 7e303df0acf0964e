"""A named day read as a person is dropped (khabar.entities.persian_named_days; issue 5,
session 17 (2026-12-06), engineer ent_fa). Sentences written for these tests; the entities
found before are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_named_days import _epithets, drop_named_days


def person(text: str, name: str, source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="PER", text=name, key=f"per:{name}",
                  source=source)


def persons(text: str, *found: Entity) -> list[str]:
    return [e.text for e in drop_named_days(text, words(text), list(found)) if e.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("مراسم عاشورا برگزار شد.", "عاشورا"),  # the day itself
    ("او از نهضت عاشورا سخن گفت.", "نهضت عاشورا"),  # a person over the day's name
    ("در ایام تاسوعا و عاشورای حسینی هیأت‌ها فعال‌اند.", "عاشورای حسینی"),
    ("به مناسبت عید سعید قربان جشن برگزار شد.", "سعید قربان"),  # listed with the epithet
    # «عید غدیر» is listed; «عید سعید فطر» beside «عید فطر» gives the epithet to it too
    ("همزمان با عید سعید غدیر جشن برگزار شد.", "سعید غدیر"),
])
def test_a_person_over_a_named_day_is_dropped(text: str, name: str) -> None:
    assert persons(text, person(text, name)) == []


@pytest.mark.parametrize("text, name, source", [
    ("سعید قربانی گفت: عید غدیر نزدیک است.", "سعید قربانی", "crf"),  # no day under it
    ("عاشورا را وی چنین خواند.", "عاشورا", "pronoun"),  # references are left
    ("نوروز فرپور گفت.", "نوروز فرپور", "crf"),  # a given name that is also a day
    ("عاشورا را وی چنین خواند.", "عاشورا", "role"),
    ("سعید غدیری در روز عید گفت.", "سعید غدیری", "crf"),  # «عید» after it, no day
])
def test_other_persons_are_left(text: str, name: str, source: str) -> None:
    assert persons(text, person(text, name, source)) == [name]


def test_other_types_are_left() -> None:
    text = "ستاد عاشورا اعلام کرد."
    body = Entity(0, 11, type="ORG", text="ستاد عاشورا", key="org:ستاد عاشورا")
    assert drop_named_days(text, words(text), [body]) == [body]


def test_an_epithet_is_a_word_that_a_listed_phrase_holds_beside_its_bare_form() -> None:
    days = [["عید", "فطر"], ["عید", "سعید", "فطر"], ["روز", "جهانی", "کارگر"]]
    assert _epithets(days) == {"عید": {"سعید"}}  # «جهانی»: no «روز کارگر» listed
