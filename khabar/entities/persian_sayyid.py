"""«سید» is part of a Persian name (issue 5, session 19 (2026-12-06)).

«سید» marks a descendant of the Prophet and is written as the first word of the name, on
papers and in the news: «سید محمد خاتمی», «دکتر سید جلیل معصومی», «حجت‌الاسلام سید ابراهیم
رئیسی». The gold keeps it in the name (``bench/data/ENTITIES-GOLD.md``: «سید» stays, as ARMAN
writes it), but ``titles.tsv`` lists it as an honorific, so the title rule reads the name
after it and the word is lost. A person right after «سید» or «سیده»
(``name_honorifics_fa.txt``), spaces between on one line, that no other entity covers
opens on it, and the word leaves the person's role («دکتر سید» -> «دکتر»). Run after
linking, so the name is linked as before (the linker drops leading honorifics anyway:
``kb.link``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.text.tokens import spaced_on_one_line, token_at


def honorifics() -> frozenset[str]:
    """«سید», «سیده» (``name_honorifics_fa.txt``), folded."""
    return listed_keys("entities/name_honorifics_fa.txt")


def _without_last(role: str | None) -> str | None:
    """The role without its last word where that word is a name honorific."""
    if role is None:
        return None
    head, _, last = role.rstrip().rpartition(" ")
    if phrase_key(last) not in honorifics():
        return role
    return head.rstrip() or None


def _opening(text: str, tokens: Sequence[Word], e: Entity,
             taken: Sequence[Entity]) -> int | None:
    """The start of the honorific right before the person ``e``, or None."""
    if e.type != "PER" or e.source in REFERENCE_SOURCES:
        return None
    k = token_at(tokens, e.start)
    if not k:
        return None
    word = tokens[k - 1]
    if word.folded not in honorifics() or not spaced_on_one_line(text, word.end, e.start):
        return None
    if any(o is not e and o.start < word.end and word.start < o.end for o in taken):
        return None
    return word.start


def sayyid_in_names(text: str, tokens: Sequence[Word],
                    entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each person that follows «سید»/«سیده» opened on it (see the module)."""
    out = []
    for e in entities:
        start = _opening(text, tokens, e, entities)
        if start is not None:
            e = replace(e, start=start, text=text[start:e.end], role=_without_last(e.role))
        out.append(e)
    return out
