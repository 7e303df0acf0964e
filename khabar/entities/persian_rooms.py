"""«اتاق» is a chamber's name only before the chamber's words or a place (issue 5, session
27 (2026-12-07), engineer ent_fa12).

Iran's chambers of commerce, cooperatives and guilds are «اتاق بازرگانی …», «اتاق تعاون»,
«اتاق اصناف», and for short «اتاق تهران», «اتاق ایران»; everywhere else «اتاق» is 'room'.
The tagger reads a room as an organisation after the chamber's name taught it the head:
«اتاق ملاقات» ('visiting room'), «اتاق مطبوعات» ('press room'), «اتاق آپاراتخانه», «اتاق
خانه» ('a room of the house'), and a chamber named alone «اتاق» runs on into the next words
(«اتاق ناشناخته بوده است»). An organisation opening on «اتاق» whose next word is no word of
``resources/entities/chamber_words_fa.txt`` and no gazetteer place is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_tidy import name_words
from khabar.entities.words import Word, fold_word, listed_keys

ROOM = fold_word("اتاق")


def drop_rooms(tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the organisations that are a room (see the module)."""
    starts = [w.start for w in tokens]
    return [e for e in entities if not (e.type == "ORG" and _room(tokens, starts, e))]


def _room(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> bool:
    found = name_words(tokens, starts, e)
    if not found or found[0].folded != ROOM:
        return False
    if len(found) == 1:
        return True
    second = found[1]
    return (second.folded not in listed_keys("entities/chamber_words_fa.txt")
            and place_index().get(second.text) is None)
