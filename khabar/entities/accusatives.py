"""Words written with tanween are no names: «اتصالاً هاتفياً», «داعياً», «أصبحت أباً».

News writes tanween almost only on the indefinite accusative ending ـاً of adverbs,
participles and objects; a name is definite by itself (a place, a person's name as news
writes it), so it takes none. The tagger reads a word in ـيا as a country (سوريا, تركيا)
and the gazetteer matches common words that a town bears, tanween or not; an entity whose
last word carries tanween is such a word, and is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity

TANWEEN = frozenset("\u064b\u064c\u064d")
"""Fathatan, dammatan, kasratan (ـً ـٌ ـٍ)."""


def _last_word_has_tanween(text: str, entity: Entity) -> bool:
    last = text[entity.start : entity.end].rsplit(maxsplit=1)[-1]
    after = text[entity.end : entity.end + 2]  # the mark may trail the span: «هاتفيا|ً»
    return any(c in TANWEEN for c in last) or (after[:1] in TANWEEN) or (
        after[:1] == "\u0627" and after[1:2] in TANWEEN)


def drop_accusatives(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """The entities but those whose last word is written with tanween."""
    return [e for e in entities if not _last_word_has_tanween(text, e)]
