"""The country of a Persian body named with the place it serves.

A local body is named with its town or province in its genitive (ezafe): «پلیس جنایی
تهران», «اداره آگاهی کرج», «دادگستری کرج», «شهرداری تبریز». When the linker gives such a
body no country (it has no KB entry), the place its name ends with does: the body is of
that place's country. Only a body with neither a country nor a KB id, and only a place
the gazetteer knows, not a word of the places stoplist. Session 14 (2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import phrase_key, place_index, place_stoplist

TAIL_WORDS = 2
"""Words at the end of a body's name that may name its place («خراسان رضوی»)."""


def body_place_country(head: Entity) -> str | None:
    """The country of the place a Persian body's name ends with, else None."""
    if head.type != "ORG" or head.country is not None or head.kb_id is not None:
        return None
    words = (head.text or "").split()
    for n in range(min(TAIL_WORDS, len(words) - 1), 0, -1):
        key = phrase_key(" ".join(words[-n:]))
        place = place_index().get(key) if key not in place_stoplist() else None
        if place is not None and place.country:
            return place.country
    return None


__all__: Sequence[str] = ["body_place_country"]
