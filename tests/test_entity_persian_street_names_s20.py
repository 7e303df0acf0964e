"""A person in the name of a street, square, mosque or venue is no mention of that person
(khabar.entities.persian_street_names; issue 5, session 20 (2026-12-06), engineer ent_fa).
Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_street_names import drop_street_persons


def person(text: str, name: str, source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="PER", text=name, source=source)


def kept(text: str, *found: Entity) -> list[str]:
    return [e.text for e in drop_street_persons(text, words(text), list(found))]


@pytest.mark.parametrize(("text", "name"), [
    ("ترافیک در خیابان شهید دکتر مفتح سنگین است.", "مفتح"),  # two honorifics between
    ("از بزرگراه آیت‌الله صدر بروید.", "صدر"),  # a title with its half-space
    ("از بزرگراه آیت الله صدر بروید.", "صدر"),  # the same title spaced
    ("از میادین امام خمینی(ره) سرویس برقرار است.", "خمینی"),  # a plural head
    ("در خیابان‌های مولوی و شوش انبار دارند.", "مولوی"),  # the plural with its half-space
    ("در خیابانهای مولوی و شوش انبار دارند.", "مولوی"),  # and without
    ("او در مسجد امام حسن عسگری(ع) سخن گفت.", "حسن عسگری"),
    ("به سمت خیابان چرچیل رفتند.", "چرچیل"),  # no title between
])
def test_a_person_naming_a_place_is_dropped(text: str, name: str) -> None:
    assert kept(text, person(text, name)) == []


@pytest.mark.parametrize(("text", "name"), [
    ("اجاره سالن، سعید کرکه‌آبادی رئیس هیأت گفت.", "سعید کرکه‌آبادی"),  # not a street noun
    ("در خیابان، علی رضایی را دیدند.", "علی رضایی"),  # a mark ends the place's name
    ("به خیابان\nعلی رضایی گفت که می‌آید.", "علی رضایی"),  # a line break too
    ("شموشک در این میدان اسفندیار محسنی را اخراج کرد.", "اسفندیار محسنی"),  # demonstrative
    ("در خیابان وزیر کشور را دیدند.", "کشور"),  # a role is no title of a street's name
    ("پل کالین وو در کتابش نوشت.", "کالین وو"),  # «پل» is the given name Paul
    ("دکتر مفتح گفت که خیابان شلوغ است.", "مفتح"),  # the person himself
])
def test_other_persons_stay(text: str, name: str) -> None:
    assert kept(text, person(text, name)) == [name]


def test_a_reference_is_left_to_the_pronoun_rules() -> None:
    text = "در خیابان وی را دیدند."
    assert kept(text, person(text, "وی", source="pronoun")) == ["وی"]


def test_an_organisation_stays() -> None:
    text = "در میدان فردوسی بانک ملی است."
    start = text.index("فردوسی")
    org = Entity(start, start + len("فردوسی"), type="ORG", text="فردوسی", source="crf")
    assert drop_street_persons(text, words(text), [org]) == [org]


def test_the_pipeline_reads_no_person_in_a_street_name() -> None:
    """Through khabar.process: the title rule reads «مفتح» after «دکتر»; in the street's name
    it is dropped, and the same man named in the next sentence stays."""
    text = ("ترافیک خیابان شهید دکتر مفتح از امروز یک‌طرفه شد. "
            "دکتر محمد مفتح معاون شهردار گفت که کار تا پایان ماه تمام می‌شود.")
    doc = khabar.process(text)
    persons = [(text[e.start:e.end], e.start) for e in doc.entities if e.type == "PER"
               and e.source not in ("pronoun", "role")]
    street = text.index("مفتح")
    assert all(start != street for _, start in persons)
    assert any(name.endswith("مفتح") and start > street for name, start in persons)
