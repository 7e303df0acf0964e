"""A person read inside a government named after them («دولت [اوباما]», «رژیم [صدام حسین]»,
source GOVERNMENT_PERSON_SOURCE) is a name for the entity list but no party of its own: the
quote stage, the event stage and the country focus read the government reference it sits in
(khabar.events.party_entities, khabar.entities.geo.NO_ACTOR_SOURCES; session 25
(2026-12-07), gov_speakers). Sentences written for these tests."""

from __future__ import annotations

import khabar
from khabar.doc import GOVERNMENT_PERSON_SOURCE, GOVERNMENT_SOURCE, Doc, Entity
from khabar.entities.geo import country_focus


def test_an_official_of_a_government_named_after_a_person_is_not_that_person() -> None:
    doc = khabar.process("یک مقام ارشد دولت اوباما روز دوشنبه اعلام کرد: «ما با پاکستان "
                         "مذاکره خواهیم کرد».", meta={"lang": "fa"})
    assert [e.text for e in doc.entities if e.source == GOVERNMENT_PERSON_SOURCE] == ["اوباما"]
    assert [(q.text, q.speaker) for q in doc.quotes] == [("ما با پاکستان مذاکره خواهیم کرد", None)]


def test_a_regime_named_after_a_person_acts_as_the_regime() -> None:
    doc = khabar.process("رژیم صدام حسین به کویت حمله کرد.", meta={"lang": "fa"})
    assert [e.text for e in doc.entities if e.source == GOVERNMENT_PERSON_SOURCE] == ["صدام حسین"]
    assert [(e.actor.text if e.actor else None) for e in doc.events] == ["رژیم صدام حسین"]


def test_a_person_named_by_a_quote_speaker_still_speaks() -> None:
    doc = khabar.process("یک مقام دولت اوباما گفت: «این طرح شکست خورده است».",
                         meta={"lang": "fa"})
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == ["اوباما"]


def _entity(text: str, name: str, at: int, kind: str, source: str, country: str | None) -> Entity:
    start = text.index(name, at)
    return Entity(start, start + len(name), type=kind, text=name, source=source, country=country)


def test_a_person_inside_a_government_counts_no_country() -> None:
    text = "بوش گفت آمریکا از رژیم صدام حسین و رژیم صدام حسین نگران بود."
    doc = Doc(raw=text, lang="fa", sentences=[(0, len(text))])
    regime = text.index("رژیم")
    second = text.index("رژیم", regime + 1)
    entities = [
        _entity(text, "آمریکا", 0, "LOC", "gazetteer", "USA"),
        _entity(text, "رژیم صدام حسین", 0, "ORG", GOVERNMENT_SOURCE, None),
        _entity(text, "صدام حسین", regime, "PER", GOVERNMENT_PERSON_SOURCE, "IRQ"),
        _entity(text, "رژیم صدام حسین", second, "ORG", GOVERNMENT_SOURCE, None),
        _entity(text, "صدام حسین", second, "PER", GOVERNMENT_PERSON_SOURCE, "IRQ"),
        _entity(text, "صدام حسین", second, "PER", GOVERNMENT_PERSON_SOURCE, "IRQ"),
        _entity(text, "صدام حسین", second, "PER", GOVERNMENT_PERSON_SOURCE, "IRQ"),
        _entity(text, "صدام حسین", second, "PER", GOVERNMENT_PERSON_SOURCE, "IRQ"),
    ]
    assert country_focus(doc, entities) == "USA"
