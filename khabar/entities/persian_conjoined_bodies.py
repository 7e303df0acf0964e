"""Two Persian bodies joined by «و» that the tagger read as one organisation (issue 5,
session 17 (2026-12-06)): «[بانک جهانی و صندوق بین‌المللی پول]», «[وزارت بهداشت و سازمان
دامپزشکی کشور]», «[وزارت امور اقتصادی و دارایی و وزارت جهاد کشاورزی]». A body's name
coordinates its fields as bare nouns («وزارت صنایع و معادن», «سازمان صدا و سیما»); a second
body opens with its own head noun after «و» (``resources/entities/conjoined_body_heads_fa.txt``).
A tagger organisation that holds «و» + such a head, with at least two words before the «و»
(a head and its genitive) and one after the head, is split there: each part is one body
(bench/data/ENTITIES-GOLD.md labels each body). Listed names are not split (only the
tagger's): «سازمان صدا و سیما» is one body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.words import Word, listed_keys, phrase_key, words
from khabar.normalize.fold import fold

AND = fold("و")


def _cuts(parts: Sequence[Word]) -> list[int]:
    """Indexes of the «و» words that open a second body (see the module)."""
    heads = listed_keys("entities/conjoined_body_heads_fa.txt")
    cuts: list[int] = []
    for i in range(2, len(parts) - 2):
        if (parts[i].folded == AND and parts[i + 1].folded in heads
                and i - (cuts[-1] + 1 if cuts else 0) >= 2):
            cuts.append(i)
    return cuts


def _piece(text: str, entity: Entity, start: int, end: int) -> Entity:
    return replace(entity, start=start, end=end, text=text[start:end],
                   key=f"org:{phrase_key(text[start:end])}", kb_id=None, name_en=None)


def split_conjoined_bodies(text: str, tokens: Sequence[Word],
                           entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each tagger organisation that joins two bodies by «و» split into
    them (see the module)."""
    out: list[Entity] = []
    for e in entities:
        parts = words(text, e.start, e.end) if e.type == "ORG" and e.source == TAGGER_SOURCE else []
        cuts = _cuts(parts)
        if not cuts:
            out.append(e)
            continue
        start = e.start
        for i in cuts:
            out.append(_piece(text, e, start, parts[i - 1].end))
            start = parts[i + 1].start
        out.append(_piece(text, e, start, e.end))
    return out
