"""A tagger organisation that opens on a listed body's name and runs on into a word no body's
name holds is cut after the listed name (khabar.entities.persian_run_ons.trim_after_listed;
issue 5, session 17 (2026-12-06)). Sentences written for these tests; the tagger's entities
are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_run_ons import trim_after_listed


def cut(text: str, name: str, source: str = "crf") -> str:
    start = text.index(name)
    e = Entity(start, start + len(name), type="ORG", text=name, source=source)
    (found,) = trim_after_listed(text, [e])
    assert text[found.start:found.end] == found.text
    return found.text


@pytest.mark.parametrize(("text", "name", "kept"), [
    # the predicate's or the clause's next words after a listed body
    ("مدیرکل بیماری‌ها وزارت بهداشت شمار مبتلایان را دو میلیون اعلام کرد.",
     "وزارت بهداشت شمار مبتلایان", "وزارت بهداشت"),
    ("این موسسات که به تایید بانک مرکزی رسیده‌اند اعلام شدند.",
     "بانک مرکزی رسیده‌اند", "بانک مرکزی"),
])
def test_a_run_on_after_a_listed_name_is_cut(text: str, name: str, kept: str) -> None:
    assert cut(text, name) == kept


@pytest.mark.parametrize(("text", "name", "why"), [
    ("سازمان بهزیستی خراسان جنوبی کمک کرد.", "سازمان بهزیستی خراسان جنوبی",
     "a province after the body is its place"),
    ("سازمان بهزیستی کاشان کمک کرد.", "سازمان بهزیستی کاشان", "a city after the body"),
    ("نایب رئیس سازمان نظام مهندسی ساختمان استان تهران گفت.",
     "سازمان نظام مهندسی ساختمان استان تهران", "a place further on closes a longer name"),
    ("سازمان جهاد کشاورزی جنوب استان کرمان اعلام کرد.",
     "سازمان جهاد کشاورزی جنوب استان کرمان", "a place further on: the body's region"),
    ("رئیس شورای شهر بم گفت.", "شورای شهر بم", "a town after the body"),
    ("بانک مرکزی جمهوری اسلامی ایران اعلام کرد.", "بانک مرکزی جمهوری اسلامی ایران",
     "a word of a listed body's name: the longer name"),
    ("وزارت بهداشت و درمان اعلام کرد.", "وزارت بهداشت و درمان", "«و» joins the name's fields"),
])
def test_a_place_or_a_name_word_is_kept(text: str, name: str, why: str) -> None:
    assert cut(text, name) == name, why


def test_only_the_taggers_organisations_are_cut() -> None:
    text = "وزارت بهداشت شمار مبتلایان را اعلام کرد."
    assert cut(text, "وزارت بهداشت شمار مبتلایان", source="org_list") == (
        "وزارت بهداشت شمار مبتلایان")
