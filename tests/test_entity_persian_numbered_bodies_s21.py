"""A municipality's district office named by its noun and number («شهرداری منطقه 10 تهران»)
is one organisation, with the city written right after it; a unit named before it in its
genitive gives way to it, as the gold labels the parent (bench/data/ENTITIES-GOLD.md;
khabar.entities.persian_numbered_bodies; issue 5, session 21 (2026-12-06), engineer
ent_fa_org). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.persian_numbered_bodies import numbered_bodies
from khabar.entities.words import words


def tagged(text: str, name: str, kind: str, source: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, source=source)


def orgs(text: str, found: list[Entity]) -> list[str]:
    return [e.text for e in numbered_bodies(text, words(text), found) if e.type == "ORG"]


@pytest.mark.parametrize(("text", "found", "name"), [
    ("با شهرداری منطقه 19 تماس گرفتم.", [], "شهرداری منطقه 19"),
    ("با شهرداری ناحیه ۳ تماس گرفتم.", [], "شهرداری ناحیه ۳"),  # Persian digits
    ("شهرداری منطقه 10 تهران توضیحی فرستاد.", [("تهران", "LOC", "gazetteer")],
     "شهرداری منطقه 10 تهران"),  # the city in the genitive
    ("اداره فضای سبز شهرداری منطقه 15 تهران گفت.",
     [("اداره فضای سبز شهرداری منطقه 15 تهران", "ORG", "crf")],
     "شهرداری منطقه 15 تهران"),  # the unit gives way to its parent
])
def test_a_numbered_district_office_is_one_body(
        text: str, found: list[tuple[str, str, str]], name: str) -> None:
    assert orgs(text, [tagged(text, *f) for f in found]) == [name]


@pytest.mark.parametrize("text", [
    "این شهرداری منطقه 3 را اداره می کند.",  # after a demonstrative
    "شهرداری منطقه را اداره می کند.",  # no number
    "آموزش و پرورش منطقه 5 گفت.",  # a field for its office: not a listed head
])
def test_no_numbered_body(text: str) -> None:
    assert orgs(text, []) == []


def test_a_persons_span_stands() -> None:
    text = "شهرداری منطقه 7 احمدی گفت."
    person = tagged(text, "منطقه 7 احمدی", "PER", "rule")
    assert orgs(text, [person]) == []


def test_the_pipeline_reads_the_district_office() -> None:
    doc = khabar.process("در همین هفته شهرداری منطقه 10 تهران توضیحی به شرح زیر ارسال کرد.",
                         meta={"date": "2003-11-11"})
    assert [e.text for e in doc.entities if e.type == "ORG"] == ["شهرداری منطقه 10 تهران"]
