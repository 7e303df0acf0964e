"""An Arabic government, and the international community, are references to states, not
organisations' names (issue 5, session 27 (2026-12-07), engineer ent_ar10).

The lists read «الحكومة» with a nationality adjective or a country after it as that
country's government (``org_heads.tsv``: «الحكومة التركية», «حكومة مصر») and «المجتمع الدولي»
as a body (``orgs.tsv``: ``org:international-community``). The events need them: a
government is the state acting («وأكدت الحكومة التركية في بيان»), and the international
community is an actor too (c963e8a). The project's gold labels none of them: governments
and states are places, and generic bodies are not labelled (bench/data/ENTITIES-GOLD.md).
So, as ``persian_governments`` does for «دولت آمریکا», an organisation whose first word is
a noun of government (``government_heads_ar.txt``) or whose whole name refers to the states
together (``state_references_ar.txt``) stays in the document with the source
``doc.GOVERNMENT_SOURCE``, one of the ``REFERENCE_SOURCES`` that a names-only reading
leaves out. A body that only holds the word later («هيئة الإحصاء الحكومية») is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from khabar.doc import GOVERNMENT_SOURCE, Entity
from khabar.entities.words import listed_keys, org_opening_on, phrase_key

ARTICLE = "ال"
LAM = "ل"
"""The preposition «ل» glued to a name, which takes the alif of its article."""


def _government_heads() -> frozenset[str]:
    return listed_keys("entities/government_heads_ar.txt", "ar")


@cache
def with_fused_forms(name: str) -> frozenset[str]:
    """The keys of an Arabic list of definite names, and of each name's forms fused with
    «ل», which takes the article's alif: the entity of «للأكراد» is «لأكراد», that of
    «للمجتمع الدولي» «مجتمع الدولي» (where the tagger cut the «ل» too), which is also the
    name's form without its article («شيعة العراق»)."""
    keys = listed_keys(name, "ar")
    bare = {key.removeprefix(ARTICLE) for key in keys if key.startswith(ARTICLE)}
    return keys | bare | {LAM + key for key in bare}


def _state_names() -> frozenset[str]:
    return with_fused_forms("entities/state_references_ar.txt")


def _refers_to_states(entity: Entity) -> bool:
    return org_opening_on(entity, _government_heads()) or (
        entity.type == "ORG" and phrase_key(entity.text) in _state_names())


def mark_state_references(entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the Arabic organisations that name a government or the states
    together marked as references to states (see the module)."""
    return [replace(e, source=GOVERNMENT_SOURCE) if _refers_to_states(e) else e
            for e in entities]
