"""A one-word person or organisation written with the plural suffix «‌ها» is a plural noun, no
name (khabar.entities.persian_plural_names; issue 5, session 20 (2026-12-06), engineer
ent_fa). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.persian_plural_names import drop_plural_names
from khabar.kb.entries import load_kb


def entity(text: str, kind: str = "ORG", source: str = "crf") -> Entity:
    return Entity(0, len(text), type=kind, text=text, source=source)


@pytest.mark.parametrize(("text", "kind"), [
    ("اروپایی\u200cها", "ORG"),
    ("صهیونیست\u200cها", "ORG"),
    ("جذابیت\u200cهای", "ORG"),  # the ezafe form
    ("ویتامین\u200cها", "PER"),
])
def test_one_plural_word_is_no_name(text: str, kind: str) -> None:
    assert drop_plural_names([entity(text, kind)], load_kb()) == []


@pytest.mark.parametrize("found", [
    entity("حوثی\u200cها", source="org_list"),  # a name the lists know
    entity("سازمان پارک\u200cها"),  # more than one word
    entity("طاها", "PER"),  # «ها» joined: a name's own letters
    entity("آن\u200cها", "PER", source="pronoun"),  # a reference
    Entity(0, 7, type="LOC", text="کوه\u200cها", source="gazetteer"),
])
def test_other_entities_stay(found: Entity) -> None:
    assert drop_plural_names([found], load_kb()) == [found]


def test_the_pipeline_reads_no_organisation_in_a_plural() -> None:
    """Through khabar.process: the tagger reads «اروپایی‌ها» 'the Europeans' as a body."""
    text = "سخنگوی وزارت خارجه گفت: اروپایی‌ها با ما در تماس بوده‌اند و مذاکره ادامه دارد."
    doc = khabar.process(text)
    found = [doc.text[e.start:e.end] for e in doc.entities]
    assert "اروپایی\u200cها" not in found
    assert "وزارت خارجه" in found
