"""A Persian organisation that names a government («دولت آمریکا», «رژیم صهیونیستی») is a
reference to its state, not an organisation's name: kept in the document with the source
``doc.GOVERNMENT_SOURCE`` (one of ``REFERENCE_SOURCES``) for events and quotes, left out of a
names-only reading (khabar.entities.persian_governments, resources/entities/
government_heads_fa.txt; issue 5, session 25 (2026-12-07), engineer ent_fa9). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import GOVERNMENT_SOURCE, REFERENCE_SOURCES, Entity
from khabar.entities.persian_governments import mark_governments
from khabar.entities.words import phrase_key


def orgs(text: str) -> list[Entity]:
    doc = khabar.process(text, meta={"lang": "fa"})
    return [e for e in doc.entities if e.type == "ORG"]


def named_orgs(text: str) -> list[str]:
    return [phrase_key(e.text) for e in orgs(text) if e.source not in REFERENCE_SOURCES]


@pytest.mark.parametrize(("text", "government"), [
    # a country's government, read by the lists (org_heads.tsv: org:government:USA)
    ("دولت آمریکا این طرح را رد کرد.", "دولت آمریکا"),
    ("دولت ايران اجازه نداد.", "دولت ایران"),
    # a regime, read by the tagger
    ("رژیم صهیونیستی به غزه حمله کرد.", "رژیم صهیونیستی"),
])
def test_a_government_is_a_reference_not_a_name(text: str, government: str) -> None:
    found = [e for e in orgs(text) if phrase_key(e.text) == phrase_key(government)]
    assert [e.source for e in found] == [GOVERNMENT_SOURCE]
    assert GOVERNMENT_SOURCE in REFERENCE_SOURCES
    assert named_orgs(text) == []


def test_the_event_still_has_the_government_as_actor() -> None:
    doc = khabar.process("دولت اردن پیشنهاد عراق را رد کرد.", meta={"lang": "fa"})
    actors = [e.actor.name_en for e in doc.events if e.actor is not None]
    assert "Jordan Government" in actors


@pytest.mark.parametrize(("text", "name"), [
    # a body that holds the word later, or names none, is left to its own rules
    ("وزارت امور خارجه آمریکا بیانیه داد.", "وزارت امور خارجه آمریکا"),
])
def test_other_bodies_keep_their_source(text: str, name: str) -> None:
    assert phrase_key(name) in named_orgs(text)


def test_only_organisations_opening_on_a_noun_of_government_are_marked() -> None:
    kept = [Entity(0, 4, type="ORG", text="دولت", source="crf"),
            Entity(0, 9, type="ORG", text="هیئت دولت", source="crf"),
            Entity(0, 9, type="PER", text="دولت آبادی", source="crf"),
            Entity(0, 10, type="ORG", text="حکومت طالبان", source="crf")]
    assert [e.source for e in mark_governments(kept)] == ["crf", "crf", "crf", GOVERNMENT_SOURCE]
