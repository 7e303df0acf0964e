"""A foreign periodical named again without its noun of kind (issue 5, session 23
(2026-12-07), engineer ent_fa7).

``persian_press`` reads a periodical's name after its noun («روزنامه فرانسوی [لیبراسیون] در
شماره دیروز خود نوشت»), but the report then cites the paper by its name alone («لیبراسیون در
ادامه نوشت»), where the tagger has no noun of kind to go by and read nothing. One name, one
sense in an article (``persian_repeats``): a periodical read after its noun is the paper
wherever the article writes its name again and no entity holds the words. Only a borrowed
name spreads, every word of it one the Persian lexicon hardly knows (``persian_press``' test):
an Iranian paper's name is often a common word or a place («روزنامه [جوان]», «روزنامه
[ایران]») that the same article writes in its own sense.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import Word, words
from khabar.entities.org_repeats import add_repeats
from khabar.entities.persian_press import SOURCE as PRESS_SOURCE
from khabar.entities.persian_press import borrowed_word
from khabar.entities.phrases import Match
from khabar.normalize.zwnj_lexicon import lexicon

SOURCE = "press_again"


def _borrowed_name(name: str) -> bool:
    """Every word of ``name`` one the lexicon hardly knows, as ``persian_press`` reads a
    foreign periodical's name after its noun."""
    weight = lexicon().weight
    parts = words(name)
    return bool(parts) and all(borrowed_word(w, weight, k == 0) for k, w in enumerate(parts))


def _spreads(entity: Entity) -> bool:
    return entity.type == "ORG" and entity.source == PRESS_SOURCE and _borrowed_name(entity.text)


def press_repeats(text: str, tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the other mentions of their foreign periodicals (see the module)."""
    def mention(m: Match[Entity]) -> Entity:
        return Entity(m.start, m.end, type="ORG", text=text[m.start:m.end], key=m.value.key,
                      source=SOURCE)
    return add_repeats(text, tokens, entities, _spreads, mention)
