"""A people or a sect that the tagger read as an organisation is a reference to the group,
not an organisation's name (issue 5, session 27 (2026-12-07), engineer ent_ar10).

The Arabic tagger reads the names of peoples, sects and faith communities as organisations:
«الأكراد» (the Kurds), «الشيعة», «السنة», «الخوارج» (7 mentions of them in 300 SaudiNewsNet
design articles, and 12 more). They are no named bodies, which is all the gold labels
(bench/data/ENTITIES-GOLD.md). The events read them: a group acting («سيطر عليها الأكراد»)
is an actor. So, as governments are (``arabic_governments``), an organisation that is a
listed people or sect alone (``peoples_ar.txt``, also fused with «ل»: «للأكراد») stays in
the document with the source ``doc.PEOPLE_SOURCE``, one of the ``REFERENCE_SOURCES`` that a
names-only reading leaves out. A body named after a people («حزب العمال الكردستاني») is no
listed name and keeps its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import PEOPLE_SOURCE, Entity
from khabar.entities.arabic_governments import with_fused_forms
from khabar.entities.words import phrase_key


def _is_people(entity: Entity) -> bool:
    return (entity.type == "ORG"
            and phrase_key(entity.text) in with_fused_forms("entities/peoples_ar.txt"))


def mark_peoples(entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the Arabic organisations that are a people or a sect marked as
    references to the group (see the module)."""
    return [replace(e, source=PEOPLE_SOURCE) if _is_people(e) else e for e in entities]
