"""A Persian club named again by its name alone (issue 5, session 15 (2026-12-06)).

Persian names a club after a noun of its kind in ezafe («تیم استقلال», «باشگاه پرسپولیس»,
«تیم فوتبال برق شیراز»: ``resources/entities/club_heads_fa.txt`` and the sport words of
``club_kinds_fa.txt``), and the rest of a sports report writes the name alone, as subject,
object or genitive («استقلال در مقابل پرسپولیس», «هواداران استقلال», «با استقلال خواهد
بود»). The tagger reads the name after its noun of kind and misses most bare mentions: an
organisation the text introduces with a club's noun is that club wherever the article writes
its words again and no entity holds them (one name, one sense in an article, as
``persian_repeats`` has it for bodies with a head noun). Not spread: a category of team
(«تیم جوانان», «تیم امید», «تیم ملی فوتبال»: ``team_categories_fa.txt``), a sport («تیم
وزنه‌برداری»: ``sport_words_fa.txt``) or a place of the gazetteer («نوجوانان آسیا»); nor after
a superlative, which makes «تیم» a common noun and the next words its genitive («پایین‌ترین
تیم جدول», «بهترین تیم آسیا»); nor outside a sports report (no word of
``sport_words_fa.txt``: «تیم پزشکی», «تیم پلیسی», «باشگاه سینما» name a field, and the word
is a common noun elsewhere); nor a mention after a place noun («شهر لیورپول»), a
demonstrative or an indefinite («یک پاس»), which read the word as a common noun or a place.
A team category alone («تیم [امید]», «تیم [جوانان]») names no body: the tagger's organisation
that is only such a word is dropped (ENTITIES-GOLD.md: a national team with no name of its
own, «تیم ملی», is no mention), and an age or sex category that opens a club's name after
a club's noun is no part of it («تیم فوتبال [نوجوانان] نفت گچساران»: ENTITIES-GOLD.md,
study22, the team's category left out; ``team_age_categories_fa.txt``; session 22
(2026-12-06), engineer ent_fa2) where the rest opens on a name word (no function word, no
category or sport) and is no place. A club keeps the city written right after its name
(ENTITIES-GOLD.md: «برق شیراز», «استقلال تهران»): a mention followed by a place takes the
place in.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.org_repeats import add_repeats
from khabar.entities.persian_club_lists import SOURCE as LIST_SOURCE
from khabar.entities.persian_club_pairs import SOURCE as PAIR_SOURCE
from khabar.entities.phrases import Match
from khabar.entities.titles import is_name_word
from khabar.entities.words import Word, listed_keys, phrase_key, words
from khabar.normalize.fold import fold
from khabar.text.tokens import token_at


def _heads() -> frozenset[str]:
    return listed_keys("entities/club_heads_fa.txt")


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    return listed_keys("entities/club_kinds_fa.txt") | _heads()


@lru_cache(maxsize=1)
def common_noun_cues() -> frozenset[str]:
    """Words after which a club's name or short name is a common noun («این برق», «یک فجر»)
    or a place's (``persian_listed_clubs`` reads them too)."""
    return (listed_keys("entities/place_nouns.txt") | listed_keys("entities/demonstratives_fa.txt")
            | listed_keys("entities/indefinites_fa.txt"))


TRAILING = " \u0640"
"""What a match of the folded name may run over at its end and a mention leaves out: a
tatweel dash between two teams («گیتی پسند ـ فیروز صفه»; folding drops the tatweel)."""

SUPERLATIVE = "ترین"
"""The Persian superlative suffix («بهترین», «پایین‌ترین», written joined, with a half-space or
spaced as its own word)."""


def _category_or_place(name: str) -> bool:
    first = words(name)[0].folded if words(name) else ""
    fields = listed_keys("entities/team_categories_fa.txt") | listed_keys(
        "entities/sport_words_fa.txt")
    return first in fields or place_index().get(name) is not None


def introduced(tokens: Sequence[Word], starts: Sequence[int], entity: Entity) -> bool:
    """An organisation right after a club's noun and its kind words («تیم فوتبال» X)."""
    if entity.type != "ORG" or _category_or_place(entity.text):
        return False
    k = token_at(tokens, entity.start, starts)
    if k is None:
        return False
    j = k - 1
    while j >= 0 and tokens[j].folded in _kinds() and k - j <= 3:
        if tokens[j].folded in _heads():
            return j == 0 or not tokens[j - 1].folded.endswith(fold(SUPERLATIVE))
        j -= 1
    return False


def _after_club_noun(tokens: Sequence[Word], k: int) -> bool:
    """Whether a club's noun, and at most two kind words, come right before token ``k``
    («تیم», «تیم فوتبال»)."""
    j = k - 1
    while j >= 0 and tokens[j].folded in _kinds() and k - j <= 3:
        if tokens[j].folded in _heads():
            return True
        j -= 1
    return False


def _without_category(text: str, tokens: Sequence[Word], starts: Sequence[int],
                      entity: Entity) -> Entity:
    """``entity`` without the age or sex categories opening it after a club's noun, where
    the rest is a name (see the module)."""
    k = token_at(tokens, entity.start, starts)
    if entity.type != "ORG" or k is None or not _after_club_noun(tokens, k):
        return entity
    ages = listed_keys("entities/team_age_categories_fa.txt")
    end = bisect_left(starts, entity.end)
    j = k
    while j < end and tokens[j].folded in ages:
        j += 1
    not_a_name = (_kinds() | listed_keys("entities/sport_words_fa.txt")
                  | listed_keys("entities/team_categories_fa.txt"))
    if j in (k, end) or tokens[j].folded in not_a_name or not is_name_word(tokens[j]):
        return entity
    name = text[tokens[j].start:entity.end]
    if place_index().get(name) is not None:
        return entity
    return replace(entity, start=tokens[j].start, text=name, key=f"org:{phrase_key(name)}")


def add_club_repeats(text: str, tokens: Sequence[Word],
                     entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the bare mentions of the clubs the text introduced, without bare
    team categories nor those opening a club's name (see the module)."""
    categories = listed_keys("entities/team_categories_fa.txt")
    entities = [e for e in entities if e.type != "ORG" or phrase_key(e.text) not in categories]
    starts = [t.start for t in tokens]
    entities = [_without_category(text, tokens, starts, e) for e in entities]
    if not listed_keys("entities/sport_words_fa.txt") & {t.folded for t in tokens}:
        return list(entities)

    def mention(m: Match[Entity]) -> Entity:
        end = m.start + len(text[m.start:m.end].rstrip(TRAILING))
        return Entity(m.start, end, type="ORG", text=text[m.start:end], key=m.value.key,
                      source="club_again")

    def keep(m: Match[Entity]) -> bool:
        k = bisect_left(starts, m.start)
        return k == 0 or tokens[k - 1].folded not in common_noun_cues()

    found = add_repeats(text, tokens, entities, lambda e: e.source in (
                            PAIR_SOURCE, LIST_SOURCE) or introduced(tokens, starts, e),
                        mention, keep=keep)
    return with_cities(text, found)


def with_cities(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """Each club mention followed by a place, grown over it; the place is then dropped."""
    places = {e.start: e for e in entities if e.type == "LOC"}
    out: list[Entity] = []
    taken: set[int] = set()
    for e in entities:
        gap = len(text[e.end:]) - len(text[e.end:].lstrip(" \u00a0"))
        place = places.get(e.end + gap) if e.source == "club_again" and gap else None
        if place is not None:
            e = replace(e, end=place.end, text=text[e.start:place.end])
            taken.add(place.start)
        out.append(e)
    return [e for e in out if not (e.type == "LOC" and e.start in taken)]
