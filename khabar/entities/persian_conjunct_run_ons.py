"""A Persian organisation of the tagger that ran on over «و» into the next phrase (issue 5,
session 22 (2026-12-07), engineer ent_fa3): «[سازمان بهزیستی] و انتقال ...», «مدیرعامل [بانک
کشاورزی] و معاونان», «[وزارت بهداشت] و 17 دانشگاه», «رئیس [سازمان مالیاتی] و قربانی مدیرکل».

«و» inside a body's name joins its fields («وزارت آموزش و پرورش», «سازمان میراث فرهنگی و
گردشگری»), and a field is a word some listed or KB body's name holds
(``persian_run_ons.body_name_words``). What follows «و» is no part of the name where it is not
such a word, nor a place, nor joined to a noun of a place (a body's places stand in its
name: «شورای اسلامی شهر و روستا»), and:

- the words before «و» are a listed or KB body's whole name («سازمان بهزیستی»): the name is
  complete, and «و» opens the next phrase («و معاونان», «و 17 دانشگاه»);
- or the organisation ends on the one word after «و» and a post follows it (``role_words.txt``,
  ``post_nouns_fa.txt``: «و قربانی مدیرکل»): that word is a person named with the post.

Such an organisation is cut before «و». Listed names and the tagger's bodies whose whole name
is known are kept as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_run_ons import body_name_words, cut_orgs, known_org_keys
from khabar.entities.persian_word_persons import post_nouns
from khabar.entities.words import Word, listed_keys, phrase_key, words
from khabar.kb.entries import KnowledgeBase
from khabar.normalize.fold import fold

AND = fold("و")


def _no_field(before: Word, word: Word, name_words: frozenset[str]) -> bool:
    """A word after «و» that no body's name holds as a field, nor a place or a noun of a
    place, after a word that is no noun of a place (``place_nouns.txt``: «شورای اسلامی شهر و
    روستا» joins two places of the body)."""
    place_nouns = listed_keys("entities/place_nouns.txt")
    return (word.folded not in name_words and word.text not in place_index()
            and word.folded not in place_nouns and before.folded not in place_nouns)


def _post_follows(text: str, end: int) -> bool:
    """A post right after ``end``: the word before it is a person named with it."""
    after = words(text[end:end + 40])
    return bool(after) and after[0].folded in post_nouns()


def _cut_at(text: str, entity: Entity, known: frozenset[str],
            name_words: frozenset[str]) -> int | None:
    """Where ``entity`` ends without its run-on «و» and what follows, or None."""
    if entity.type != "ORG" or entity.source != TAGGER_SOURCE or phrase_key(entity.text) in known:
        return None
    parts = words(text, entity.start, entity.end)
    for i in range(2, len(parts) - 1):
        if parts[i].folded != AND:
            continue
        after = parts[i + 1]
        if not _no_field(parts[i - 1], after, name_words):
            continue
        complete = phrase_key(text[entity.start:parts[i - 1].end]) in known
        if complete or (i + 2 == len(parts) and _post_follows(text, entity.end)):
            return parts[i - 1].end
    return None


def trim_conjunct_run_ons(text: str, entities: Sequence[Entity],
                          kb: KnowledgeBase | None = None) -> list[Entity]:
    """``entities`` with each tagger organisation that ran on over «و» cut before it (see
    the module)."""
    known = known_org_keys(kb)
    name_words = body_name_words(kb)
    return cut_orgs(text, entities, lambda e: _cut_at(text, e, known, name_words))
