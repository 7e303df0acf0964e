"""A Persian government is a reference to a state, not an organisation's name (issue 5,
session 25 (2026-12-07), engineer ent_fa9).

The lists read «دولت» with a country after it as the country's government
(``org_heads.tsv``: «دولت آمریکا» -> ``org:government:USA``), and the tagger, trained on
ARMAN, reads «رژیم صهیونیستی», «رژیم صدام» as organisations. The events need them: a
government is the state acting («دولت اردن پیشنهاد را رد کرد»), and dropping them loses the
actor. The project's gold labels none of them: governments and states are places, not bodies
(bench/data/ENTITIES-GOLD.md names «دولت» and «دولت آمریکا» as not labelled). So an
organisation whose first word is a noun of government (``government_heads_fa.txt``: دولت,
رژیم, حکومت) stays in the document with the source ``doc.GOVERNMENT_SOURCE``, one of the
``REFERENCE_SOURCES`` that a names-only reading leaves out, as it leaves out «وی». A body that
only holds the word later («هیئت دولت») is left to its own rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import GOVERNMENT_SOURCE, Entity
from khabar.entities.gazetteer import words
from khabar.entities.words import listed_keys


def _government_heads() -> frozenset[str]:
    return listed_keys("entities/government_heads_fa.txt")


def _is_government(entity: Entity) -> bool:
    if entity.type != "ORG":
        return False
    parts = words(entity.text)
    return len(parts) > 1 and parts[0].folded in _government_heads()


def mark_governments(entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the organisations that name a government marked as references to
    their state (see the module)."""
    return [replace(e, source=GOVERNMENT_SOURCE) if _is_government(e) else e for e in entities]
