"""Arabic persons that name a place: a titled person's name right after a noun of a place
that is no body («مطار الملك خالد الدولي», «طريق الملك فهد», «شارع الأمير ماجد بن
عبدالعزيز») names the airport, the road or the street, and is no mention of the person:
the person goes, and with it the surname spread from it. The linker already leaves such
names unlinked (``khabar.kb.link.named_after``); institutions named so are bodies
(``org_patterns``' titled heads). A nisba closing the span («خالد الدولي») is the place's
adjective and goes with it. The nouns: ``resources/entities/place_heads_ar.txt``.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import TITLE_SOURCE, Entity
from khabar.entities.words import Word, listed_keys
from khabar.kb.link import named_after


def place_heads() -> frozenset[str]:
    return listed_keys("entities/place_heads_ar.txt")


def drop_place_namesakes(tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the titled persons that name a place (see the module)."""
    starts = [w.start for w in tokens]
    return [e for e in entities if not (
        e.type == "PER" and e.source == TITLE_SOURCE
        and named_after(tokens, starts, e, place_heads()))]


__all__ = ["drop_place_namesakes"]
