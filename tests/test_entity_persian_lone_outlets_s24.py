"""Outlet names of one word that are neither a place nor a common word are the outlet
wherever they stand alone (khabar.entities.persian_rules.add_outlets,
resources/entities/lone_outlets_fa.txt; issue 5, session 24 (2026-12-07), engineer ent_fa8).
Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.entities.words import phrase_key


def orgs(text: str) -> list[str]:
    doc = khabar.process(text, meta={"lang": "fa"})
    return [e.text for e in doc.entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "found"), [
    # no citing phrase before the name: the paper told, explained, printed
    ("قاضی احمد مظفری در این باره به همشهری گفت: دادستان ویژه تصمیم گرفت.", ["همشهری"]),
    ("توضیح همشهری: متن مورد استفاده همشهری مبنی بر این است.", ["همشهری", "همشهری"]),
    ("نتایج را در صفحه 19 ضمیمه امروز همشهری بخوانید.", ["همشهری"]),
    # Hamshahri's Arabic letters fold to the listed name
    ("نتايج را در صفحه 19 ضميمه امروز همشهري بخوانيد.", ["همشهری"]),
])
def test_a_lone_outlet_name_is_the_outlet(text: str, found: list[str]) -> None:
    assert [phrase_key(t) for t in orgs(text)] == [phrase_key(t) for t in found]


@pytest.mark.parametrize("text", [
    # after a determiner the word is 'fellow citizen'
    "یک همشهری عزیز از ما پرسید.",
    "این همشهری ما گفت.",
    # a supplement's name or a film's: the outlet's name is part of it
    "این گزارش در همشهری محله منتشر شد.",
    "فیلم همشهری کین را دیدیم.",
    # a one-word outlet that is a word or a place stays unread without a citing phrase
    "در پرتو انوار قدسی و تابناک امام راحل",
    "مردم استان فارس به پای صندوق‌ها رفتند.",
])
def test_other_words_are_no_outlet(text: str) -> None:
    assert orgs(text) == []
