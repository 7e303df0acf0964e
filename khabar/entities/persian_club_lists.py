"""Persian clubs listed with their cities after a plural noun of kind (issue 5, session 21
(2026-12-06), engineer ent_fa_clubs).

A league report lists its clubs after «تیم‌های» or «باشگاه‌های», split by «،» with «و»
before the last, each club written with its city: «تیم‌های هسا اصفهان، پاس تهران و سایپا
تهران», «باشگاه‌های بزرگی همچون پیکان، پاس، استقلال اهواز و ذوب آهن اصفهان»
(``club_list_heads_fa.txt``; a lead of examples, ``club_list_leads_fa.txt``, may follow the
head and one or two words). The tagger reads the city and misses the club. A club keeps its
city (ENTITIES-GOLD.md), so an item of one to MAX_WORDS words before a place is one
organisation. An item that is only a place is a provincial team and stays a place; an item
holding a word of kind, sport, category or a stop («هیأت‌های تکواندو لرستان») is no club's
name and is skipped, the list going on. Read only in a sports report (a word of
``sport_words_fa.txt``), only a list split by «،» whose names (items not only a place) number
at least two with at least one written with its city: a lone «تیم‌های ساحلی ایران» or a list of
countries and one adjective («تیم‌های منتخب تهران، اصفهان و شیراز») is left. The last item
after «و» must end at a place or before a stop or a mark. An entity running out of an item
leaves that item; the tagger's entities inside an item give way to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.words import Word, folded_phrases, listed_keys, with_orgs

SOURCE = "club_list"
MAX_WORDS = 3
COMMAS = frozenset({"،", ","})


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, ...], ...]:
    return folded_phrases("entities/club_list_heads_fa.txt")


@lru_cache(maxsize=1)
def _head_openers() -> frozenset[str]:
    """The first word of each head: a list is looked for only where one stands."""
    return frozenset(head[0] for head in _heads())


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    return listed_keys("entities/conjunct_stops_fa.txt")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words no club's name in a list holds: kinds, sports, categories and stops."""
    return (listed_keys("entities/club_kinds_fa.txt") | listed_keys("entities/sport_words_fa.txt")
            | listed_keys("entities/team_categories_fa.txt")
            | listed_keys("entities/conjunct_stops_fa.txt"))


def _list_start(tokens: Sequence[Word], k: int) -> int | None:
    """Index of the first item's first word when a head starts at word ``k``, else None: kind
    words after the head skipped, and up to two words and a lead of examples («بزرگی همچون»)."""
    if tokens[k].folded not in _head_openers():
        return None  # most words: no head to compare word by word (issue 8)
    a = next((k + len(h) for h in _heads()
              if tuple(t.folded for t in tokens[k:k + len(h)]) == h), None)
    if a is None:
        return None
    kinds = listed_keys("entities/club_kinds_fa.txt")
    while a < len(tokens) and tokens[a].folded in kinds:
        a += 1
    leads = listed_keys("entities/club_list_leads_fa.txt")
    lead = next((j for j in range(a, min(a + 3, len(tokens))) if tokens[j].folded in leads), None)
    return a if lead is None else lead + 1


def _glued_and(tokens: Sequence[Word], i: int, locs: dict[int, int]) -> int | None:
    """Index of a word glued to «و» right after a place, within MAX_WORDS + 1 plain words from
    word ``i`` («پاس تهران وسایپا تهران», a Hamshahri habit), or None."""
    ends = set(locs.values())
    for m in range(i + 1, min(i + MAX_WORDS + 2, len(tokens))):
        word = tokens[m - 1]
        if not (word.text.isalnum() or "\u200c" in word.text) or word.folded in _stops():
            return None
        if word.end in ends and tokens[m].text.startswith("و") and len(tokens[m].text) > 3:
            return m
    return None


def _run(tokens: Sequence[Word], i: int, last: bool) -> int | None:
    """Index after the words of the item starting at word ``i``: they end at a mark or «و».
    An item within the list that holds a stop or runs past MAX_WORDS + 2 words ends the list
    (None: «در شهرهای ...» is no club); the last item is cut there instead."""
    j = i
    while j < len(tokens) and (tokens[j].text.isalnum() or "\u200c" in tokens[j].text) and \
            tokens[j].text != "و":
        if tokens[j].folded in _stops() or j - i > MAX_WORDS + 1:
            return j if last else None
        j += 1
    return j


def _items(text: str, tokens: Sequence[Word], a: int,
           locs: dict[int, int]) -> list[tuple[int, int, bool, int]]:
    """(first, last, last_of_list, skip) word indices of each item of the list starting at ``a``:
    items end at «،»; the item after «و» is the last; a word glued to «و» after a place opens
    the last item, the «و» skipped."""
    items: list[tuple[int, int, bool, int]] = []
    i = a
    while True:
        glued = _glued_and(tokens, i, locs) if items else None
        if glued is not None:
            items.append((i, glued - 1, False, 0))
            end = _run(tokens, glued, last=True)
            return [*items, (glued, end - 1, True, 1)] if end and end > glued else items
        j = _run(tokens, i, last=False)
        if j is None or j == i or j >= len(tokens):
            return items
        if tokens[j].text in COMMAS:
            items.append((i, j - 1, False, 0))
            i = j + 1
            continue
        if tokens[j].text == "و" and items:
            items.append((i, j - 1, False, 0))
            end = _run(tokens, j + 1, last=True)
            return [*items, (j + 1, end - 1, True, 0)] if end and end > j + 1 else items
        return items


def _club(tokens: Sequence[Word], first: int, last: int, locs: dict[int, int],
          last_of_list: bool, skip: int) -> tuple[int, int] | None:
    """(start, end) of the club an item names, or None (see the module). The last item is
    cut at the end of its place («فتح یاران زنجان اعلام» gives «فتح یاران زنجان»)."""
    ends = {e: s for s, e in locs.items()}
    for j in range(first + 1, last + 1):
        start = ends.get(tokens[j].end)
        if start is not None and start > tokens[first].start and j - first <= MAX_WORDS + 1 \
                and (last_of_list or j == last):
            return _named(tokens, first, start, tokens[j].end, skip)
    return None


def _named(tokens: Sequence[Word], first: int, place: int, end: int,
           skip: int) -> tuple[int, int] | None:
    """The item from word ``first`` to ``end`` when the words before its place are a name."""
    name = [t for t in tokens[first:first + MAX_WORDS + 2] if t.start < place]
    if not 1 <= len(name) <= MAX_WORDS or any(t.folded in _not_names() for t in name):
        return None
    return tokens[first].start + skip, end


def _list_clubs(text: str, tokens: Sequence[Word], a: int,
                locs: dict[int, int]) -> list[tuple[int, int]]:
    """The clubs of the list starting at word ``a``, when it is read (see the module)."""
    items = _items(text, tokens, a, locs)
    if len(items) < 3 and not any(tokens[f - 1].text in COMMAS for f, _, _, _ in items[1:]):
        return []
    clubs = []
    names = 0
    for first, last, end, skip in items:
        if locs.get(tokens[first].start) == tokens[last].end:
            continue  # a provincial team: a place
        names += 1
        club = _club(tokens, first, last, locs, end, skip)
        if club is not None:
            clubs.append(club)
    return clubs if names >= 2 and clubs else []


def _places_in_orgs(tokens: Sequence[Word], kept: Sequence[Entity]) -> dict[int, int]:
    """Start -> end of the places (one or two words) the tagger ran into an organisation
    («وسایپا تهران»), so that a club's city is seen under it."""
    places: dict[int, int] = {}
    for org in (e for e in kept if e.type == "ORG"):
        inner = [t for t in tokens if org.start <= t.start and t.end <= org.end]
        for i in range(1, len(inner)):
            for n in (2, 1):
                part = inner[i:i + n]
                if len(part) == n and place_index().get(" ".join(t.text for t in part)):
                    places[part[0].start] = part[-1].end
                    break
    return places


def _inside(text: str, entity: Entity, start: int, end: int) -> bool:
    """Whether ``entity`` lies in the club's span, or in it and the «و» glued before it."""
    first = start - 1 if start and text[start - 1] == "و" else start
    return first <= entity.start and entity.end <= end


def club_lists(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the clubs of every list read (see the module) as organisations, in
    place of the entities inside them."""
    if not listed_keys("entities/sport_words_fa.txt") & {t.folded for t in tokens}:
        return list(kept)
    starts = [a for k in range(len(tokens)) if (a := _list_start(tokens, k)) is not None]
    if not starts:
        return list(kept)
    locs = {e.start: e.end for e in kept if e.type == "LOC"} | _places_in_orgs(tokens, kept)
    spans: list[tuple[int, int]] = []
    for a in starts:
        spans += [(s, e) for s, e in _list_clubs(text, tokens, a, locs)
                  if not any(x.start < e and s < x.end and not _inside(text, x, s, e)
                             for x in kept)]
    spans = sorted(set(spans))
    # an entity starting on the «و» glued before a club gives way too, which with_orgs'
    # own test (inside the span) does not see
    rest = [e for e in kept if not any(_inside(text, e, s, t) for s, t in spans)]
    return with_orgs(rest, text, spans, SOURCE)
