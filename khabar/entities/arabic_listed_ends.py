"""An adjective of reach after a listed organisation's name belongs to the name.

Arabic news writes some listed bodies with or without an adjective of reach: «مجلس الأمن»
and «مجلس الأمن الدولي» are the UN Security Council. The list (orgs.tsv) holds the short
name, and a listed name stands in place of the longer one the pattern reader finds, so the
adjective was left out of the name. A listed organisation (source ``org_list``) followed
across a plain space on one line by an adjective of ``listed_name_adjectives_ar.txt``
(«الدولي», «الدولية») that no entity holds, and that agrees with the name's first word in
gender (a feminine head in «ة» takes «الدولية», any other «الدولي»), takes it; its link
and key stay. Session 13 (2026-12-05), issue 5, engineer ent_ar3.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import ORG_LIST_SOURCE, Entity
from khabar.entities.gazetteer import Word
from khabar.entities.words import listed_keys
from khabar.text.tokens import spaced_on_one_line

FEMININE_ENDS = ("ة", "ه")


def _feminine(word: str) -> bool:
    return word.endswith(FEMININE_ENDS)


def _adjective_after(text: str, tokens: Sequence[Word], e: Entity,
                     taken: Sequence[tuple[int, int]]) -> Word | None:
    k = bisect_left(tokens, e.end, key=lambda w: w.start)  # the first word after it
    if k == len(tokens) or not spaced_on_one_line(text, e.end, tokens[k].start):
        return None
    word = tokens[k]
    if word.folded not in listed_keys("entities/listed_name_adjectives_ar.txt"):
        return None
    if any(s < word.end and word.start < t for s, t in taken):
        return None
    head = e.text.split()[0]
    return word if _feminine(head) == _feminine(word.text) else None


def listed_name_ends(text: str, tokens: Sequence[Word], kept: Sequence[Entity]
                     ) -> list[Entity]:
    """``kept`` with listed organisations grown over their adjective (see the module)."""
    taken = [(e.start, e.end) for e in kept]
    out = []
    for e in kept:
        word = (_adjective_after(text, tokens, e, taken)
                if e.type == "ORG" and e.source == ORG_LIST_SOURCE and e.text.split() else None)
        if word is not None:
            e = replace(e, end=word.end, text=text[e.start:word.end])
        out.append(e)
    return out
