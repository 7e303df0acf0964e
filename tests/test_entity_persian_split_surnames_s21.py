"""A compound surname written apart is one name, read whole when the tagger took only its
end or cut it before the end (khabar.entities.persian_split_surnames; issue 5, session 21
(2026-12-06), engineer ent_fa). Sentences written for these tests; the entities other rules
read are built by hand."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.persian_split_surnames import join_split_surnames
from khabar.entities.words import words


def person(text: str, name: str, source: str = "crf", at: int = 0) -> Entity:
    start = text.index(name, at)
    return Entity(start, start + len(name), type="PER", text=name, source=source)


def names(text: str, *found: Entity) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in join_split_surnames(text, words(text), list(found))]


def test_a_lone_end_grows_over_the_word_before() -> None:
    text = "قاضی الهی زاده پرونده را خواند."
    assert names(text, person(text, "زاده")) == [("PER", "الهی زاده")]


def test_a_lone_end_and_the_given_name_before_are_one_name() -> None:
    text = "در نمایش همایون غنی زاده بازی کرد."
    assert names(text, person(text, "همایون"), person(text, "زاده")) == [
        ("PER", "همایون غنی زاده")]


def test_a_person_cut_before_the_end_takes_it() -> None:
    text = "دکتر نصر الله زاده کارشناس زلزله گفت."
    assert names(text, person(text, "نصر الله", "title")) == [("PER", "نصر الله زاده")]


def test_a_person_and_the_lone_end_after_it_meet() -> None:
    text = "دکتر نصر الله زاده کارشناس زلزله گفت."
    assert names(text, person(text, "نصر الله", "title"), person(text, "زاده")) == [
        ("PER", "نصر الله زاده")]


@pytest.mark.parametrize("text", [
    "قاضی الهی\nزاده پرونده را خواند.",  # a line break between
    "قاضی الهی، زاده پرونده را خواند.",  # a mark between
])
def test_no_name_over_a_break(text: str) -> None:
    assert names(text, person(text, "زاده")) == [("PER", "زاده")]


def test_a_word_of_a_body_is_left_to_it() -> None:
    text = "دانشگاه الهی زاده را پذیرفت."
    body = Entity(0, len("دانشگاه الهی"), type="ORG", text="دانشگاه الهی", source="crf")
    assert names(text, body, person(text, "زاده")) == [
        ("ORG", "دانشگاه الهی"), ("PER", "زاده")]


def test_a_reference_stays() -> None:
    text = "به گفته وی زاده نیز آمد."
    ref = person(text, "وی", "pronoun")
    assert names(text, ref) == [("PER", "وی")]


def test_a_whole_name_stays() -> None:
    text = "علی عبدالعلی زاده دیروز گفت."
    assert names(text, person(text, "علی عبدالعلی زاده", "given_name")) == [
        ("PER", "علی عبدالعلی زاده")]


def test_the_pipeline_reads_the_whole_surname() -> None:
    doc = khabar.process("قاضی الهی زاده پس از مطالعه پرونده گفت که حکم صادر شد.",
                         meta={"date": "2008-01-01"})
    assert ("PER", "الهی زاده") in [(e.type, e.text) for e in doc.entities]
