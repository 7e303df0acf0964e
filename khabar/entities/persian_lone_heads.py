"""A head noun of a body read alone by the tagger is no name (issue 5, session 27
(2026-12-07), engineer ent_fa12).

The heads of ``resources/entities/parent_heads_fa.tsv`` marked ``name`` open a body's name
and need one after them («سازمان بهزیستی», «فدراسیون فوتبال», «دادگستری استان تهران»). Alone,
the tagger's organisation is the noun: the body named before («این سازمان», «رئیس سازمان
گفت»), any such body («در یک سازمان»), or a town's office named by its kind
(«دادگستری»); the gold labels none of them (a generic body, bench/data/ENTITIES-GOLD.md).
The heads marked ``alone`` name one body by themselves («مجلس», «سپاه») and stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.persian_tidy import name_words
from khabar.entities.persian_units import parent_heads
from khabar.entities.words import Word


def drop_lone_heads(tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the tagger's organisations that are a head noun alone."""
    starts = [w.start for w in tokens]
    return [e for e in entities if not (e.type == "ORG" and e.source == TAGGER_SOURCE
                                        and _lone_head(tokens, starts, e))]


def _lone_head(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> bool:
    found = name_words(tokens, starts, e)
    return len(found) == 1 and parent_heads().get(found[0].folded) is False
