"""An Arabic organisation named again. Where the name rules read a body in one place
(«تعاقد نادي الاتحاد»), the same name elsewhere in the article is that body too («في
كشوفات الاتحاد», «رئيس الاتحاد»): one sense of a name per article, as
``stage.add_surname_mentions`` has it for a person's surname. Many club names are common
words elsewhere («الاتحاد» 'the union', «الوحدة» 'unity'), so the context that made one
mention a body lends it to the others.

Not spread: a name that is also a place («الرياض», which names a newspaper and a city), a
lone nisba adjective («العربية»: Al Arabiya and the language), a function word, and the
outlets of datelines («اليوم»: the newspaper and 'today'); a mention inside another
entity stays that entity's.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.common_words import function_words
from khabar.entities.gazetteer import Word, place_index, words
from khabar.entities.phrases import PhraseIndex

SPREAD_SOURCES = frozenset({"org_pattern"})
"""Entities whose name is spread: the bodies read from their build («نادي الاتحاد» ->
«الاتحاد»). The lists find their names everywhere already, and the tagger's one-word
organisations are too often a currency, a product or a people («ريال», «الأكراد») to
spread (260 non-gold SaudiNewsNet articles, session 11: 17 right and 25 wrong new
mentions with the tagger's; 3 right, none wrong without)."""


def _spreads(entity: Entity) -> bool:
    if entity.type != "ORG" or entity.source not in SPREAD_SOURCES:
        return False
    parts = words(entity.text)
    if entity.text in place_index() or any(not w.text[:1].isalnum() for w in parts):
        return False
    if len(parts) > 1:
        return True
    folded = parts[0].folded
    return folded not in function_words() and not folded.endswith(("ي", "يه"))


def add_org_repeats(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the other mentions of its organisations (see the module)."""
    names: PhraseIndex[Entity] = PhraseIndex()
    for entity in kept:
        if _spreads(entity):
            names.add(entity.text, entity, replace=False)
    if not len(names):
        return list(kept)
    extra = [
        Entity(m.start, m.end, type="ORG", text=text[m.start:m.end], key=m.value.key,
               name_en=m.value.name_en, country=m.value.country, source="org_again")
        for m in names.find_all(text, tokens, strip_clitics=True)
        if not any(e.start < m.end and m.start < e.end for e in kept)
    ]
    return sorted([*kept, *extra], key=lambda e: e.start)
