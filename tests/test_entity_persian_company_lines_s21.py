"""A place or brand read alone after the noun of a company's line of business is that
company (khabar.entities.persian_company_lines; issue 5, session 21 (2026-12-06), engineer
ent_fa). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_company_lines import company_lines


def entity(text: str, name: str, kind: str, source: str = "gazetteer",
           kb_id: str | None = None) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, source=source, kb_id=kb_id)


def read(text: str, *found: Entity) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in company_lines(text, words(text), list(found))]


@pytest.mark.parametrize(("text", "name", "kind", "company"), [
    ("دیروز سهم پتروشیمی اصفهان معامله شد.", "اصفهان", "LOC", "پتروشیمی اصفهان"),  # a town
    ("صف خرید سیمان خاش طولانی شد.", "خاش", "LOC", "سیمان خاش"),
    ("سهام پتروشیمی خارک رشد کرد.", "خارک", "PER", "پتروشیمی خارک"),  # a brand as a person
    ("سهام پتروشیمی خارک رشد کرد.", "خارک", "ORG", "پتروشیمی خارک"),  # or a body alone
    ("سهام لیزینگ غدیر فروخته شد.", "غدیر", "ORG", "لیزینگ غدیر"),
    ("تولید فولاد مبارکه بالا رفت.", "مبارکه", "LOC", "فولاد مبارکه"),
    # the investment arm of a body: a noun of the act names a company before a body only
    ("صف خرید سرمایه‌گذاری بانک ملی طولانی شد.", "بانک ملی", "ORG", "سرمایه‌گذاری بانک ملی"),
])
def test_the_line_and_its_name_are_one_company(text: str, name: str, kind: str,
                                               company: str) -> None:
    assert read(text, entity(text, name, kind, "crf" if kind != "LOC" else "gazetteer")) \
        == [("ORG", company)]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("صنعت پتروشیمی ایران رشد کرد.", "ایران", "LOC"),  # a country: the trade, no company
    ("در این پتروشیمی اصفهان کار می‌کند.", "اصفهان", "LOC"),  # a demonstrative points back
    ("چند سیمان اصفهان تعطیل شد.", "اصفهان", "LOC"),  # an indefinite: no name's head
    ("2 سیمان اصفهان را خریدند.", "اصفهان", "LOC"),  # a number
    ("قیمت سیمان، تهران را نگران کرد.", "تهران", "LOC"),  # a mark between
    ("تولید سیمان\nتهران افزایش یافت.", "تهران", "LOC"),  # a line break between
    ("ارزش پتروشیمی وی را نگران کرد.", "وی", "PER"),  # a reference
    ("قیمت بیمه اصفهان بالا رفت.", "اصفهان", "LOC"),  # no noun of the list
    ("پروژه سرمایه‌گذاری اصفهان آغاز شد.", "اصفهان", "LOC"),  # the act before a place
])
def test_other_readings_stay(text: str, name: str, kind: str) -> None:
    source = "pronoun" if name == "وی" else "gazetteer"
    assert read(text, entity(text, name, kind, source)) == [(kind, name)]


def test_a_linked_person_stays() -> None:
    text = "سهام پتروشیمی علی لاریجانی را نگران کرد."
    assert read(text, entity(text, "علی لاریجانی", "PER", "title", "Q1")) \
        == [("PER", "علی لاریجانی")]


def test_a_body_opening_with_its_own_noun_stays() -> None:
    text = "قرارداد پتروشیمی شرکت هگمتانه و ایتالیا امضا شد."
    found = (entity(text, "شرکت هگمتانه و ایتالیا", "ORG", "crf"),)
    assert read(text, *found) == [("ORG", "شرکت هگمتانه و ایتالیا")]


def test_a_company_read_with_its_noun_stays() -> None:
    text = "سهام شرکت پتروشیمی اصفهان رشد کرد."
    found = (entity(text, "شرکت پتروشیمی اصفهان", "ORG", "org_list"),)
    assert read(text, *found) == [("ORG", "شرکت پتروشیمی اصفهان")]


def test_the_pipeline_reads_the_company() -> None:
    doc = khabar.process("دیروز 5 میلیون سهم پتروشیمی اصفهان خریداری شد.",
                         meta={"date": "2008-01-01"})
    assert ("ORG", "پتروشیمی اصفهان") in [(e.type, e.text) for e in doc.entities]
