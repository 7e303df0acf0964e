"""Two Persian bodies joined by «و» that the tagger read as one organisation are split
(khabar.entities.persian_conjoined_bodies; issue 5, session 17 (2026-12-06)). Sentences
written for these tests; the tagger's entities are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_conjoined_bodies import split_conjoined_bodies
from khabar.entities.words import words


def tagged(text: str, name: str, source: str = "crf", kind: str = "ORG") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, source=source)


def split(text: str, name: str, source: str = "crf", kind: str = "ORG") -> list[str]:
    found = split_conjoined_bodies(text, words(text), [tagged(text, name, source, kind)])
    for e in found:
        assert text[e.start:e.end] == e.text
    return [e.text for e in found]


@pytest.mark.parametrize(("text", "name", "parts"), [
    # a second body opens with its own head noun after «و»
    ("نمایندگانی از بانک جهانی و صندوق بین‌المللی پول حضور دارند.",
     "بانک جهانی و صندوق بین‌المللی پول", ["بانک جهانی", "صندوق بین‌المللی پول"]),
    ("همکاری بین وزارت بهداشت و سازمان دامپزشکی کشور وجود دارد.",
     "وزارت بهداشت و سازمان دامپزشکی کشور", ["وزارت بهداشت", "سازمان دامپزشکی کشور"]),
    # the first body's own fields joined by «و» stay in it; three bodies give three
    ("این مصوبه به وزارت امور اقتصادی و دارایی و وزارت جهاد کشاورزی و بانک مرکزی ابلاغ شد.",
     "وزارت امور اقتصادی و دارایی و وزارت جهاد کشاورزی و بانک مرکزی",
     ["وزارت امور اقتصادی و دارایی", "وزارت جهاد کشاورزی", "بانک مرکزی"]),
    # a bare head between two «و» is no body of its own: no cut before the next one
    ("وزارت بهداشت و سازمان و بانک مرکزی اعلام کردند.",
     "وزارت بهداشت و سازمان و بانک مرکزی", ["وزارت بهداشت", "سازمان و بانک مرکزی"]),
])
def test_two_bodies_joined_by_and_are_split(text: str, name: str, parts: list[str]) -> None:
    assert split(text, name) == parts


@pytest.mark.parametrize(("text", "name", "why"), [
    ("مدیرعامل شرکت توسعه منابع آب و نیروی ایران گفت.",
     "شرکت توسعه منابع آب و نیروی ایران", "«نیروی» is a field ('power') here, not a head"),
    ("وزارت صنایع و معادن اعلام کرد.", "وزارت صنایع و معادن", "a field after «و»"),
    ("سازمان و بانک مرکزی اعلام کردند.", "سازمان و بانک مرکزی",
     "one word before «و»: a bare head, not a body"),
    ("از وزارت بهداشت و سازمان خواستند.", "وزارت بهداشت و سازمان",
     "nothing after the second head"),
])
def test_no_second_body_no_split(text: str, name: str, why: str) -> None:
    assert split(text, name) == [name], why


def test_listed_names_and_persons_are_not_split() -> None:
    text = "مدیرعامل بانک ملی و صندوق مهر گفت."
    name = "بانک ملی و صندوق مهر"
    assert split(text, name, source="org_list") == [name]
    assert split(text, name, kind="PER") == [name]
    assert split(text, name) == ["بانک ملی", "صندوق مهر"]
