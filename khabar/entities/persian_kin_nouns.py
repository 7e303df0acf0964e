"""A noun of kinship after a Persian given name is no surname (issue 5, session 22
(2026-12-06), engineer ent_fa2).

Persian names a person by the given name and a kinship noun in apposition, the ezafe
linking it to the relative («فاطمه خواهر امام رضا» 'Fatemeh, sister of Imam Reza', «زهرا
همسر شهید»). The tagger read the kinship noun as a surname («[فاطمه خواهر]»), and the
surname rule then spread «خواهر» over every sister of the article (twelve times in one
shared Hamshahri article). A person of two words or more that ends on a kinship noun
(``resources/entities/kin_nouns_fa.txt``) is cut before it; the rule runs before the
surnames spread, so the noun is no surname anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.titles import person_key
from khabar.entities.words import Word, listed_keys, words


def _kin_nouns() -> frozenset[str]:
    return listed_keys("entities/kin_nouns_fa.txt")


def _without_kin_noun(entity: Entity) -> Entity:
    parts: list[Word] = words(entity.text)
    if len(parts) < 2 or parts[-1].folded not in _kin_nouns():
        return entity
    stop = entity.start + parts[-2].end
    # keyed as every person is (``titles.person_key``), not by the last word left: a split
    # surname's end («غنی زاده») would gather unrelated persons under «per:زاده» (review_b)
    return replace(entity, end=stop, text=entity.text[:parts[-2].end],
                   key=person_key(parts, 0, len(parts) - 2))


def without_kin_nouns(entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each person's closing kinship noun left out (see the module)."""
    return [_without_kin_noun(e) if e.type == "PER" and e.source not in REFERENCE_SOURCES
            else e for e in entities]
