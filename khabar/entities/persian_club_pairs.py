"""Two Persian teams named as a pair after a dual or plural noun of kind (issue 5, session 17
(2026-12-06), engineer ent_clubs).

A fixture names its two teams after «دو تیم» or «تیم‌های», joined by «و»: «دو تیم گیتی پسند
و فیروز صفه در ورزشگاه ...», «تیم‌های استقلال و داماش گیلان از هفته ...». Each name is then a
team's (``resources/entities/club_pair_heads_fa.txt``), and the tagger misses or misreads
many (two words of common nouns, «گیتی پسند»; a given name and a word, «فیروز صفه» as a
person). In a sports report (a word of ``sport_words_fa.txt``), the first name runs from the
head to «و» (at most MAX_WORDS words), the second from «و» to a word that opens a new phrase
(``conjunct_stops_fa.txt``: «در», «از», «به», «را»), a mark, or the end of a place (a club
keeps its city: «داماش گیلان»), at most MAX_WORDS words. Not read: a name that opens with a
team category («دو تیم ملی کره جنوبی و ازبکستان») or is only a place (provincial teams,
«تیم‌های زنجان و آذربایجان‌شرقی»: ENTITIES-GOLD.md reads places as places), a pair where
neither name touches an entity the tagger read as a person or an organisation (so an adjective
pair, «تیم‌های محسوس و نا محسوس», is left), and a name an entity runs out of or starts inside
other than a place at its end («تیم‌های قعرنشین [شهرداری سمنان]»: an adjective before the
name). The sport words after the head are no part of the name («تیم‌های فوتبال»:
``club_kinds_fa.txt``), and an organisation or place starting the second name gives its
extent (not a person: a given name is read alone at this stage, «[فیروز] صفه»). The tagger's
entities inside a name give way to it; the teams are spread to the article's bare mentions
(``persian_clubs.add_club_repeats``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.words import Word, folded_phrases, listed_keys, with_orgs

SOURCE = "club_pair"
MAX_WORDS = 3


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, ...], ...]:
    return folded_phrases("entities/club_pair_heads_fa.txt")


@lru_cache(maxsize=1)
def _head_openers() -> frozenset[str]:
    """The first word of each head: a pair is looked for only where one stands."""
    return frozenset(head[0] for head in _heads())


def _head_end(tokens: Sequence[Word], k: int) -> int | None:
    """Index of the word after a pair head starting at word ``k``, or None."""
    if tokens[k].folded not in _head_openers():
        return None  # most words: no head to compare word by word (issue 8)
    for head in _heads():
        if tuple(t.folded for t in tokens[k:k + len(head)]) == head:
            return k + len(head)
    return None


def _spaced(text: str, tokens: Sequence[Word], i: int, j: int) -> bool:
    """Whether words ``i`` to ``j`` (inclusive) are separated by spaces only, none a mark."""
    return all(tokens[m].text.isalnum() or "\u200c" in tokens[m].text for m in range(i, j + 1)
               ) and all(not text[tokens[m].end:tokens[m + 1].start].strip()
                         for m in range(i, j))


def _first(text: str, tokens: Sequence[Word], k: int) -> int | None:
    """Index of the «و» ending the first name, which starts at word ``k``."""
    for j in range(k + 1, min(k + MAX_WORDS + 1, len(tokens))):
        if tokens[j].text == "و":
            return j if _spaced(text, tokens, k, j - 1) else None
        if tokens[j].folded in _stops():
            return None
    return None


def _second_end(text: str, tokens: Sequence[Word], k: int, locs: dict[int, int],
                kept: Sequence[Entity]) -> int | None:
    """Index of the last word of the second name, which starts at word ``k``: the end of an
    entity starting there (the tagger's or the place index's extent: «بابلسر مقابل هم» gives
    «بابلسر»), else the words up to a stop, a mark or a place's end."""
    at = [e.end for e in kept if e.start == tokens[k].start and e.type != "PER"]
    if at:
        return next((j for j in range(k, len(tokens)) if tokens[j].end >= max(at)), None)
    last = None
    for j in range(k, min(k + MAX_WORDS, len(tokens))):
        word = tokens[j]
        if word.folded in _stops() or word.text == "و" or not _spaced(text, tokens, k, j):
            break
        last = j
        if word.end in locs.values() and j > k:
            break
    if last is not None and last + 1 < len(tokens) and last - k + 1 == MAX_WORDS and (
            tokens[last + 1].folded not in _stops() and _spaced(text, tokens, k, last + 1)):
        return None  # the name may run on: not read
    return last


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    return listed_keys("entities/club_kinds_fa.txt")


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    return listed_keys("entities/conjunct_stops_fa.txt")


def _pairs(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[tuple[int, int]]:
    """(start, end) of both names of every pair read (see the module)."""
    locs = {e.start: e.end for e in kept if e.type == "LOC"}
    categories = listed_keys("entities/team_categories_fa.txt")
    spans: list[tuple[int, int]] = []
    for k in range(len(tokens)):
        a = _head_end(tokens, k)
        while a is not None and a < len(tokens) and tokens[a].folded in _kinds():
            a += 1  # «تیم‌های فوتبال»: the sport is no part of the name
        if a is None or a >= len(tokens) or tokens[a].folded in categories:
            continue
        conj = _first(text, tokens, a)
        if conj is None or conj + 1 >= len(tokens):
            continue
        last = _second_end(text, tokens, conj + 1, locs, kept)
        if last is None:
            continue
        pair = [(tokens[a].start, tokens[conj - 1].end), (tokens[conj + 1].start, tokens[last].end)]
        if _readable(pair, locs, kept):
            spans.extend(pair)
    return spans


def _readable(pair: list[tuple[int, int]], locs: dict[int, int], kept: Sequence[Entity]) -> bool:
    """Whether no name is only a place, one name touches a person or an organisation, and no
    entity runs out of a name."""
    if any(locs.get(s) == e for s, e in pair):
        return False
    touching = [(x, s, e) for x in kept for s, e in pair if x.start < e and s < x.end]
    if not any(x.type in ("PER", "ORG") for x, _, _ in touching):
        return False
    return all(s <= x.start and x.end <= e and (x.start == s or x.type == "LOC")
               for x, s, e in touching)


def club_pairs(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with both teams of every pair read (see the module) as organisations, in place
    of the entities inside them."""
    if not listed_keys("entities/sport_words_fa.txt") & {t.folded for t in tokens}:
        return list(kept)
    return with_orgs(kept, text, _pairs(text, tokens, kept), SOURCE)
