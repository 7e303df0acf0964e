"""A Persian body's name runs on over a province's or county's noun and the gazetteer place
after it, where the tagger or the list of bodies stopped before the noun
(``persian_body_tails._province_place``, ``persian_units._own_place_end``; issue 5, session
30 (2026-12-07), engineer ent_fa17)."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_body_tails import body_tails
from khabar.entities.persian_units import add_listed_orgs
from khabar.entities.words import words


def _span(text: str, name: str, kind: str, source: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name,
                  key=f"{kind.lower()}:{name}", source=source)


def _tailed(text: str, name: str, place: str) -> list[tuple[str, str]]:
    found = [_span(text, name, "ORG", "crf"), _span(text, place, "LOC", "gazetteer")]
    return [(e.type, e.text) for e in body_tails(text, words(text), found)]


def test_province_and_its_place_join_the_body() -> None:
    text = "مدیر امور باغبانی سازمان جهاد کشاورزی استان سمنان یادآوری کرد."
    assert _tailed(text, "سازمان جهاد کشاورزی", "سمنان") == [
        ("ORG", "سازمان جهاد کشاورزی استان سمنان")]


def test_county_and_its_town_join_the_body() -> None:
    text = "مسئول شبکه دامپزشکی شهرستان انار گفت که واکسن رسید."
    assert _tailed(text, "شبکه دامپزشکی", "انار") == [("ORG", "شبکه دامپزشکی شهرستان انار")]


def test_joined_body_gets_a_key_of_its_words() -> None:
    text = "جلسه ستاد تنظیم بازار استان اردبیل برگزار شد."
    found = [_span(text, "ستاد تنظیم بازار", "ORG", "crf"), _span(text, "اردبیل", "LOC",
                                                                  "gazetteer")]
    out = body_tails(text, words(text), found)
    assert [e.key for e in out] == ["org:ستادتنظيمبازاراستاناردبيل"]


def test_outlet_keeps_its_provincial_desk_apart() -> None:
    # orgs21's gold labels «خبرگزاری فارس» of «خبرگزاری فارس استان تهران»
    text = "به گزارش خبرنگار خبرگزاری فارس استان تهران، این طرح اجرا شد."
    assert _tailed(text, "خبرگزاری فارس", "تهران") == [
        ("ORG", "خبرگزاری فارس"), ("LOC", "تهران")]


@pytest.mark.parametrize("text, name, place", [
    ("رئیس سپاه استان قزوین گفت که اردو برگزار شد.", "سپاه", "قزوین"),  # one word
    ("مدیر پروژه شبکه استان گیلان گفت.", "پروژه شبکه", "گیلان"),  # no parent's head
    ("این طرح سازمان جهاد کشاورزی\nاستان سمنان است.", "سازمان جهاد کشاورزی", "سمنان"),
    ("سازمان جهاد کشاورزی، استان سمنان را برگزید.", "سازمان جهاد کشاورزی", "سمنان"),
])
def test_body_stays_without_a_named_tail(text: str, name: str, place: str) -> None:
    assert _tailed(text, name, place) == [("ORG", name), ("LOC", place)]


def test_listed_body_runs_on_over_the_noun_and_place() -> None:
    text = "در مجتمع فرهنگی هلال احمر شهرستان ساری مرکز استان برگزار شد."
    out = add_listed_orgs(text, words(text), [_span(text, "ساری", "LOC", "gazetteer")])
    assert [(e.type, e.text) for e in out] == [("ORG", "هلال احمر شهرستان ساری")]


@pytest.mark.parametrize("text, name", [
    ("مدیر امور باغبانی سازمان جهاد کشاورزی استان سمنان یادآوری کرد: این طرح اجرا شد.",
     "سازمان جهاد کشاورزی استان سمنان"),
    ("معاون عمران روستایی بنیاد مسکن استان قم با اشاره به اهداف طرح گفت: این طرح اجرا شد.",
     "بنیاد مسکن استان قم"),
    ("رئیس ستاد حوادث غیرمترقبه استان مازندران گفت: جاده باز است.",
     "ستاد حوادث غیرمترقبه استان مازندران"),
])
def test_pipeline_reads_the_province_tail(text: str, name: str) -> None:
    import khabar

    assert name in [e.text for e in khabar.process(text).entities if e.type == "ORG"]
