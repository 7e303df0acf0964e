"""The agent of a Persian noun act is the name its ezafe chain ends in, past the noun's own
adjectives or head nouns (events/persian_phrases.genitive_chain, session 16 (2026-12-06),
issue 6): Persian puts a noun's adjectives before its genitive, «حمله‌ی هوایی‌ِ اسرائیل»,
«حمله‌ی گسترده‌ی ارتش پاکستان». A preposition ends the chain, one that marks no
participant too («تحریم‌های موشکی بر ایران»: Iran is sanctioned). Sentences written for
these tests; entities given by hand, so the rule is tested apart from the tagger."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.doc import Doc
from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "اسرائیل": ("geonames:294640", "ISR"), "غزه": ("geonames:281133", "PSE"),
    "ایران": ("geonames:130758", "IRN"), "پاکستان": ("geonames:1168579", "PAK"),
    "افغانستان": ("geonames:1149361", "AFG")}


def _doc(text: str, entities: list[tuple[str, str]]) -> Doc:
    return doc_with(text, "fa", entities, KB, resolved_at=(31.5, 34.4))


@pytest.mark.parametrize(("text", "entities", "actor"), [
    # one adjective between the noun and its genitive: Israel attacked
    ("در حمله هوایی اسرائیل به غزه ده فلسطینی کشته شدند.",
     [("اسرائیل", "LOC"), ("غزه", "LOC")], "ISR"),
    # two: «موشکی شبانه» (by missile, at night), and then its doer
    ("در حمله موشکی شبانه اسرائیل به غزه ده فلسطینی کشته شدند.",
     [("اسرائیل", "LOC"), ("غزه", "LOC")], "ISR"),
])
def test_a_noun_act_agent_after_its_adjectives(text: str, entities: list[tuple[str, str]],
                                               actor: str) -> None:
    event = next(e for e in find_events(_doc(text, entities)) if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.country == actor


def test_a_preposition_outside_the_table_ends_the_chain() -> None:
    """«بر» marks no participant (prepositions.tsv) but ends the chain: the Iran after it
    is the one sanctioned, not the sanctioning side."""
    text = "آلمان و فرانسه در تلاش برای وضع تحریم‌های موشکی بر ایران هستند."
    doc = _doc(text, [("آلمان", "LOC"), ("فرانسه", "LOC"), ("ایران", "LOC")])
    for entity in doc.entities[:2]:
        entity.country = {"آلمان": "DEU", "فرانسه": "FRA"}[entity.text]
    events = [e for e in find_events(doc) if e.type == "SANCTION"]
    assert not any(e.actor is not None and e.actor.country == "IRN" for e in events)
