"""Linking mentions to KB entries: names across scripts, then context (country, role).

A mention links only when the evidence picks one entry: the full name (honorifics and
titles stripped) names exactly one entry of the right type whose country does not
contradict the mention's; a lone surname links only when it names one entry and the
mention's country agrees. Everything else stays unlinked rather than guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.gazetteer import phrase_key, words
from khabar.entities.titles import titles
from khabar.kb.entries import KbEntry, KnowledgeBase, Role


def strip_titles(name: str) -> str:
    """The name without leading titles and honorifics ("سيد عاصم منير" -> "عاصم منير")."""
    tokens = words(name)
    i = 0
    while i < len(tokens) - 1:
        match = titles().match_at(name, tokens, i)
        if match is None or match.last + 1 >= len(tokens):
            break
        i = match.last + 1
    return name[tokens[i].start:] if tokens else name


def _agrees(entry: KbEntry, country: str | None) -> bool:
    return country is None or entry.country is None or entry.country == country


def link_name(kb: KnowledgeBase, name: str, kind: str, country: str | None) -> KbEntry | None:
    """The one entry a full name (any script) denotes, if exactly one agrees."""
    for variant in dict.fromkeys((name, strip_titles(name))):
        found = [e for e in kb.named(variant, kind) if _agrees(e, country)]
        if len(found) == 1:
            return found[0]
        if found:
            return None  # two entries share the name: context must decide, not us
    return None


def link_surname(kb: KnowledgeBase, word: str, country: str | None) -> KbEntry | None:
    """A lone surname links only when it names one person and the country agrees."""
    found = kb.by_surname.get(phrase_key(word), [])
    if len(found) == 1 and country is not None and found[0].country == country:
        return found[0]
    return None


def link_person(kb: KnowledgeBase, name: str, country: str | None) -> KbEntry | None:
    entry = link_name(kb, name, "PER", country)
    if entry is None and len(words(strip_titles(name))) == 1:
        entry = link_surname(kb, strip_titles(name), country)
    return entry


def role_holders(candidates: Sequence[tuple[KbEntry, Role]], day: str | None) -> list[KbEntry]:
    """Entries that held one of the roles on ``day`` (ISO date; None: now)."""
    found: list[KbEntry] = []
    for entry, role in candidates:
        if role.held_on(day) and entry not in found:
            found.append(entry)
    return found


def kb_keys(entities: Sequence[Entity]) -> list[Entity]:
    """Linked persons and organisations take their KB id as ``key``, so that stories,
    events and the web UI meet one actor under one key in any script; unlinked ones
    keep their folded-name key."""
    return [replace(e, key=e.kb_id) if e.kb_id and e.type in ("PER", "ORG") else e
            for e in entities]
