"""A mosque's name or epithet read as a body: «المسجد الحرام» gives the tagger «الحرام»
(«الحرام الشريف»), «مسجد الهداية» gives «الهداية». The gold labels no mosque (it ignores
mosques named after persons: bench/data/ENTITIES-GOLD.md), and the word after the noun of a
mosque (``mosque_nouns_ar.txt``, a glued «و», «ب», «ل» allowed) names the mosque, so a body
found right after one, across a plain space, is dropped, unless its first word is a body's
head («مسجد قوات الطوارئ», a mosque named after the body it serves). Session 26
(2026-12-07), issue 5, engineer ent_ar9.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import Word
from khabar.entities.org_words import head_at
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import listed_keys
from khabar.text.tokens import spaced_on_one_line


def mosque_nouns() -> frozenset[str]:
    return listed_keys("entities/mosque_nouns_ar.txt")


def _mosque_noun(word: Word) -> bool:
    return any(rest in mosque_nouns() for _, rest in clitic_variants(word))


def _mosque_name(text: str, tokens: Sequence[Word], starts: Sequence[int], body: Entity) -> bool:
    k = bisect_left(starts, body.start)
    return (0 < k < len(tokens) and starts[k] == body.start
            and spaced_on_one_line(text, tokens[k - 1].end, body.start)
            and _mosque_noun(tokens[k - 1]) and head_at(tokens[k]) is None)


def drop_mosque_names(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` without the bodies that name a mosque (see the module)."""
    starts = [w.start for w in tokens]
    return [e for e in kept
            if not (e.type == "ORG" and _mosque_name(text, tokens, starts, e))]
