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

from collections.abc import Callable, Sequence

from khabar.doc import ORG_PATTERN_SOURCE, Entity
from khabar.entities.common_words import function_words
from khabar.entities.gazetteer import Word, place_index, words
from khabar.entities.phrases import Match, PhraseIndex

SPREAD_SOURCES = frozenset({ORG_PATTERN_SOURCE})
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
    def mention(m: Match[Entity]) -> Entity:
        return Entity(m.start, m.end, type="ORG", text=text[m.start:m.end], key=m.value.key,
                      name_en=m.value.name_en, country=m.value.country, source="org_again")
    return add_repeats(text, tokens, kept, _spreads, mention, strip_clitics=True)


def add_repeats(text: str, tokens: Sequence[Word], entities: Sequence[Entity],
                spreads: Callable[[Entity], bool], mention: Callable[[Match[Entity]], Entity],
                strip_clitics: bool = False,
                keep: Callable[[Match[Entity]], bool] | None = None) -> list[Entity]:
    """``entities`` with a ``mention`` at each other place the text writes the name of one
    that ``spreads``, where no entity holds the words (and ``keep`` agrees): one sense of a
    name per article, read alike for Arabic (above) and Persian (``persian_repeats``)."""
    names: PhraseIndex[Entity] = PhraseIndex()
    for entity in entities:
        if spreads(entity):
            names.add(entity.text, entity, replace=False)
    if not len(names):
        return list(entities)
    extra = [
        mention(m) for m in names.find_all(text, tokens, strip_clitics=strip_clitics)
        if not any(e.start < m.end and m.start < e.end for e in entities)
        and (keep is None or keep(m))
    ]
    return sorted([*entities, *extra], key=lambda e: e.start)
