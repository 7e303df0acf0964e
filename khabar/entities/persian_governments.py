"""A Persian government is a reference to a state, not an organisation's name (issue 5,
session 25 (2026-12-07), engineer ent_fa9).

The lists read «دولت» with a country after it as the country's government
(``org_heads.tsv``: «دولت آمریکا» -> ``org:government:USA``), and the tagger, trained on
ARMAN, reads «رژیم صهیونیستی», «رژیم صدام» as organisations. The events need them: a
government is the state acting («دولت اردن پیشنهاد را رد کرد»), and dropping them loses the
actor. The project's gold labels none of them: governments and states are places, not bodies
(bench/data/ENTITIES-GOLD.md names «دولت» and «دولت آمریکا» as not labelled). So an
organisation whose first word is a noun of government (``government_heads_fa.txt``: دولت,
رژیم, حکومت) stays in the document with the source ``doc.GOVERNMENT_SOURCE``, one of the
``REFERENCE_SOURCES`` that a names-only reading leaves out, as it leaves out «وی». A body that
only holds the word later («هیئت دولت») is left to its own rules.

A government named after a person («دولت نوری مالکی», «رژیم صدام حسین», «دولت احمدی‌نژاد»)
holds a name the gold labels: the person. ``add_government_persons`` (issue 5, session 25,
engineer ent_fa10) adds that person beside the government reference, with the exact span of
the words after the noun, when data says they name a person: the knowledge base holds a
person by that name (or by that surname, one word), or the article names the person
elsewhere by the same words (the full name, or the surname alone: «جانسون گفت» ... «دولت
جانسون»).
A dynasty or a party («رژیم پهلوی», «رژیم بعث») is no entry of the KB and no person of the
article, so it adds nothing; a house named by «آل» («رژیم آل سعود») is a family, not the king
the article names as «... آل سعود», so it adds nothing either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import GOVERNMENT_PERSON_SOURCE, GOVERNMENT_SOURCE, REFERENCE_SOURCES, Entity
from khabar.entities.gazetteer import words
from khabar.entities.titles import FAMILY
from khabar.entities.words import Word, listed_keys, org_opening_on, phrase_key
from khabar.kb.entries import KbEntry, KnowledgeBase
from khabar.kb.link import link_name

MAX_PERSON_WORDS = 4
"""Longer tails are descriptions («دولت مستقل فلسطین در ...»), not one person's name."""


def _government_heads() -> frozenset[str]:
    return listed_keys("entities/government_heads_fa.txt")


def _is_government(entity: Entity) -> bool:
    return org_opening_on(entity, _government_heads())


def mark_governments(entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the organisations that name a government marked as references to
    their state (see the module)."""
    return [replace(e, source=GOVERNMENT_SOURCE) if _is_government(e) else e for e in entities]


def _person_words(text: str, government: Entity) -> list[Word]:
    """The words after the government's noun, when they can be one person's name: at most
    ``MAX_PERSON_WORDS`` words, no punctuation among them, no house («آل سعود»)."""
    tail = words(text, government.start, government.end)[1:]
    if not 0 < len(tail) <= MAX_PERSON_WORDS or not all(w.text[0].isalnum() for w in tail):
        return []
    return [] if tail[0].folded == FAMILY else tail


def _folded(text: str) -> tuple[str, ...]:
    return tuple(w.folded for w in words(text) if w.text[0].isalnum())


def _named_person(name: tuple[str, ...], persons: Sequence[Entity]) -> Entity | None:
    """A person the article names elsewhere by the same words ``name`` (folded): the full
    name, or a later mention by the surname alone («جانسون»). A longer name merely ending
    in them is not enough: «محمدرضا پهلوی» does not make «رژیم پهلوی» one man's (a
    dynasty's name is its founders' surname)."""
    return next((p for p in persons if _folded(p.text) == name), None)


def _kb_person(kb: KnowledgeBase, name: str, one_word: bool) -> bool:
    """The KB holds a person by the full name, or, for a lone word, by that surname."""
    return bool(kb.named(name, "PER") or (one_word and kb.by_surname.get(phrase_key(name))))


def _kb_link(kb: KnowledgeBase, name: str, one_word: bool) -> KbEntry | None:
    """The one KB person the name denotes (a full name, or a surname only one bears)."""
    entry = link_name(kb, name, "PER", None)
    holders = kb.by_surname.get(phrase_key(name), []) if one_word else []
    return entry or (holders[0] if len(holders) == 1 else None)


def _government_person(text: str, government: Entity, persons: Sequence[Entity],
                       kb: KnowledgeBase) -> Entity | None:
    tail = _person_words(text, government)
    if not tail:
        return None
    start, end = tail[0].start, tail[-1].end
    name, one_word = text[start:end], len(tail) == 1
    person = Entity(start, end, type="PER", text=name, source=GOVERNMENT_PERSON_SOURCE)
    known = _named_person(tuple(w.folded for w in tail), persons)
    if known is not None:
        return replace(person, kb_id=known.kb_id, name_en=known.name_en,
                       country=known.country, key=known.key)
    if not _kb_person(kb, name, one_word):
        return None
    entry = _kb_link(kb, name, one_word)
    if entry is None:
        return replace(person, key=f"per:{phrase_key(name)}")
    return replace(person, kb_id=entry.id, name_en=entry.name_en, country=entry.country,
                   key=entry.id)


def _covered(person: Entity, persons: Sequence[Entity]) -> bool:
    return any(p.start <= person.start and person.end <= p.end for p in persons)


def add_government_persons(text: str, entities: Sequence[Entity],
                           kb: KnowledgeBase) -> list[Entity]:
    """``entities`` (governments marked) with the person a government is named after added
    just after it, unless a person already covers those words (see the module)."""
    persons = [e for e in entities if e.type == "PER" and e.source not in REFERENCE_SOURCES]
    found: list[Entity] = []
    for entity in entities:
        found.append(entity)
        if entity.source == GOVERNMENT_SOURCE:
            person = _government_person(text, entity, persons, kb)
            if person is not None and not _covered(person, persons):
                found.append(person)
    return found
