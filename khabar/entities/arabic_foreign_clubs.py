"""Foreign football clubs named bare in an Arabic sports report: «تغلب تشيلسي على أرسنال»,
«لاعب ميلان الإيطالي السابق», «في مفاوضات مع شالكه». The taggers read few of them, or read
the word before with them («[مدرب ساوثمبتون]» as a person, «[أمام تشيلسي]»), and a later
mention of a club read as a person's name follows it (``stage.add_surname_mentions``).

In a sports article (``arabic_club_words.sports_article``), a club of
``resources/entities/foreign_clubs_ar.tsv`` (a proclitic on its first word left out of the
span: «لتشيلسي» -> «تشيلسي») is an organisation, in place of the entities over it whose other
words are all common words or words of the game («[نادي تشيلسي]», «[وأحرز تشيلسي]», «[تشيلسي
فائزا]»: the gold leaves a noun of kind out, bench/data/ENTITIES-GOLD.md) and of the shorter
ones inside its name («[باريس] سان جيرمان»); an entity with a name word beside the club stays
(«إنتر ميلان», «الفارو نيغريدو لفالنسيا»). A club's name is its city after a noun of a
territorial unit («مدينة ميلان») or before a feminine nationality adjective («ميلان
الإيطالية»: the city; the club is «ميلان الإيطالي»), and a club named as its town (kind
``city`` of the list) is the town after a preposition of place («اجتمع مع اللاعب في ميلان»).
Session 23 (2026-12-07), issue 5, engineer ent_ar4.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import ORG_LIST_SOURCE, SURNAME_SOURCE, Entity
from khabar.entities.arabic_club_words import listed_word, sports_article
from khabar.entities.arabic_kind_names import common_words
from khabar.entities.gazetteer import Word, demonyms
from khabar.entities.org_patterns import ABSORBED_SOURCES
from khabar.entities.org_words import words_by_kind
from khabar.entities.phrases import PhraseIndex, clitic_variants
from khabar.entities.words import keys_by_kind, with_org
from khabar.resources import load_tsv

CLUBS = "entities/foreign_clubs_ar.tsv"
SOURCE = ORG_LIST_SOURCE
"""A listed body, as the state services of arabic_service_bodies: evidence of the name's
type for ``name_types`` («في صالح تشيلسي» read as a person does not make the club one)."""
GIVING_WAY = ABSORBED_SOURCES | {SURNAME_SOURCE}
"""Sources of the entities a listed club takes the place of (not a listed, patterned or
city-named club: «إنتر ميلان» of arabic_clubs is read from its build)."""
FEMININE_NISBA = ("ية", "يه")


@lru_cache(maxsize=1)
def _club_index() -> PhraseIndex[str]:
    """Listed club -> its kind («club», or «city»: a club that names its town)."""
    index: PhraseIndex[str] = PhraseIndex()
    for name, kind in load_tsv(CLUBS):
        if kind in ("club", "city"):
            index.add(name, kind)
    return index


@lru_cache(maxsize=1)
def _beside_words() -> frozenset[str]:
    """Common words, words of the game and nouns of kind: the words that may stand beside a
    club in a reading it takes the place of («مدرب», «لاعب», «نادي», «أمام»)."""
    kinds = keys_by_kind("entities/club_names_ar.tsv")
    return common_words().union(*(kinds.get(k, frozenset())
                                  for k in ("sport_before", "kind_noun", "sport")))


def foreign_clubs(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the foreign clubs of a sports article (see the module)."""
    if not tokens or not sports_article(tokens):
        return list(kept)
    out = list(kept)
    for start, end, first, last, kind in _clubs(text, tokens):
        if _names_city(text, tokens, first, last, kind == "city"):
            continue
        inside = [e for e in out if e.start < end and start < e.end]
        if any(e.type == "ORG" and (e.start, e.end) == (start, end) for e in inside):
            continue
        if not all(_gives_way(text, tokens, e, start, end) for e in inside):
            continue
        out = with_org(out, text, start, end, SOURCE)
    return sorted(out, key=lambda e: e.start)


def _clubs(text: str, tokens: Sequence[Word]) -> list[tuple[int, int, int, int, str]]:
    """(start, end, first word, last word, kind) of each listed club, left to right."""
    index, found, i = _club_index(), [], 0
    while i < len(tokens):
        match = index.match_at(text, tokens, i, strip_clitics=True)
        if match is None:
            i += 1
            continue
        found.append((match.start, match.end, match.first, match.last, match.value))
        i = match.last + 1
    return found


def _names_city(text: str, tokens: Sequence[Word], first: int, last: int,
                town: bool) -> bool:
    """Whether the club's name is its city here: after a noun of a territorial unit
    («مدينة ميلان»), before a feminine nationality adjective («ميلان الإيطالية»), or, for a
    club named as its town (``town``), after a preposition of place («في ميلان»)."""
    before = words_by_kind().get("territory", frozenset())
    if town:
        before = before | keys_by_kind(CLUBS).get("place_before", frozenset())
    if first > 0 and listed_word(tokens[first - 1], before):
        return True
    if last + 1 >= len(tokens) or not tokens[last + 1].text.endswith(FEMININE_NISBA):
        return False
    return demonyms().match_at(text, tokens, last + 1) is not None


def _gives_way(text: str, tokens: Sequence[Word], e: Entity, start: int, end: int) -> bool:
    """Whether entity ``e`` over the club gives way to it: a shorter reading inside the
    club's name but a listed body's («[باريس] سان جيرمان», the city after «نادي»), or a
    tagger's or rule's reading whose words beside the club are all common words or words
    of the game."""
    if start <= e.start and e.end <= end:
        return e.source != SOURCE
    if e.source not in GIVING_WAY:
        return False
    starts = [w.start for w in tokens]
    words = tokens[bisect_left(starts, e.start):bisect_right(starts, e.end - 1)]
    return all(_common(w) for w in words if w.end <= start or w.start >= end)


def _common(word: Word) -> bool:
    """A common word or a word of the game, a proclitic on it allowed; no name word."""
    listed = _beside_words()
    return any(rest in listed for _, rest in clitic_variants(word)) or not word.text[:1].isalpha()
