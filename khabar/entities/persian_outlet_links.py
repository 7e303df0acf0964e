"""A Persian outlet named by its short name takes the KB link of the outlet it is (issue 5,
session 13 (2026-12-05)).

The outlet rules (``persian_rules.add_outlets``) read «فارس:», «خبرنگار فارس», «مهر:» as the
agency, with the English name the outlets file gives it («Fars News Agency»), but the KB
names these agencies only in full («خبرگزاری فارس»), since «فارس» alone is the province and
«مهر» the month: the mention stayed unlinked, so events, quotes and stories met the agency
under a folded-name key in one article and its KB id in the next. Such an outlet now takes
the one KB organisation whose English name is the outlet's (``link_name`` on the English
name: none when two entries share it). Only an outlet the rules read in a citing position
gets there, never a bare «فارس» of the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import ORG_LIST_SOURCE, Entity
from khabar.kb.entries import KnowledgeBase, with_entry
from khabar.kb.link import link_name

OUTLET_SOURCE = ORG_LIST_SOURCE
"""The source of the organisations the outlet and listed-body rules put in the text."""


def link_outlets(kb: KnowledgeBase, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each unlinked outlet linked by its English name (see the module)."""
    out = []
    for e in entities:
        if e.type == "ORG" and e.kb_id is None and e.name_en and e.source == OUTLET_SOURCE:
            entry = link_name(kb, e.name_en, "ORG", None)
            if entry is not None:
                e = with_entry(e, entry)
        out.append(e)
    return out
