"""Persian clubs named bare by a list of clubs (issue 5, session 23 (2026-12-07), engineer
ent_fa6).

Sports reports write a club's name without «تیم» or «باشگاه» before it far more often than
with one: «بازی برق شیراز و فجر سپاسی», «پرسپولیس در هفته چهارم شکست خورد», «شموشک در نوشهر
...». In 120 shared Hamshahri and Fars articles naming a club the tagger missed many such
mentions (پرسپولیس 50 of 118, ذوب آهن 39 of 43) or read a word of them as a place or a person
(«برق [شیراز]», «[شموشک]»), and ``persian_clubs`` spreads only a club the text introduced
with a club's noun. So a name of ``resources/entities/clubs_fa.txt`` is a club in a sports
report (a word of ``sport_words_fa.txt``, as ``persian_clubs`` asks), in place of the tagger's
and the gazetteer's shorter or crossing spans, with the place the gazetteer read right after
it (ENTITIES-GOLD.md: a club keeps its city, «برق شیراز», «استقلال اهواز»). A longer
organisation that holds the name («سیمان سپاهان», «شرکت ذوب آهن») is kept, and so is an
entity of another rule over it. Outside a sports report the list is not read: «ذوب آهن»
is then the steel company, which the tagger and the company rules read.

Once a sports report has named a club whole (read as the club, not inside a longer body's
name), it names it by one word of it (``club_short_names_fa.tsv``: «برق» of «برق شیراز»,
«صبا» of «صبا باتری», «استقلال» of «استقلال اهواز»): that word is the club where no entity
holds it or only the tagger's or the gazetteer's reading of that word alone (a person
«صبا»), not after a place noun, a demonstrative or an indefinite («این برق»).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import GAZETTEER_SOURCE, TAGGER_SOURCE, Entity
from khabar.entities.persian_clubs import common_noun_cues
from khabar.entities.persian_rules import REPLACED_SOURCES, name_runs, prefixes_of
from khabar.entities.words import Word, listed_keys, listed_lengths, phrase_key, with_org
from khabar.resources import load_tsv

SOURCE = "club_list_name"
MODEL_SOURCES = frozenset({TAGGER_SOURCE, GAZETTEER_SOURCE})
"""Sources of the tagger's and the gazetteer's readings, which a club's short name replaces."""


@lru_cache(maxsize=1)
def _clubs() -> dict[str, int]:
    """Phrase key -> number of words, of the names of ``clubs_fa.txt``."""
    return listed_lengths("entities/clubs_fa.txt")


@lru_cache(maxsize=1)
def _club_prefixes() -> frozenset[str]:
    return prefixes_of(_clubs())


def _sports_report(tokens: Sequence[Word]) -> bool:
    return bool(listed_keys("entities/sport_words_fa.txt") & {t.folded for t in tokens})


def _with_city(tokens: Sequence[Word], entities: Sequence[Entity], end: int, stop: int) -> int:
    """The end of the gazetteer's place right after the name's last word ``end - 1``, or
    ``stop``, the name's own end."""
    if end >= len(tokens):
        return stop
    place = next((e for e in entities if e.type == "LOC" and e.source == GAZETTEER_SOURCE
                  and e.start == tokens[end].start), None)
    return place.end if place is not None else stop


def _held_or_ruled(entities: Sequence[Entity], start: int, stop: int) -> bool:
    """Whether an organisation holds ``start:stop`` whole, or an entity over it is another
    rule's (not the tagger's, the gazetteer's, a listed body's) or a rule's person."""
    return any(e.source not in REPLACED_SOURCES or (e.type == "PER" and e.source != TAGGER_SOURCE)
               or (e.type == "ORG" and e.start <= start and stop <= e.end)
               for e in entities if e.start < stop and start < e.end)


def add_listed_clubs(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the listed clubs of a sports report and their short names (see the
    module)."""
    if not _sports_report(tokens):
        return list(kept)
    out = list(kept)
    found: dict[str, str] = {}
    longest = max(_clubs().values(), default=0) + 2  # ZWNJ-split words add tokens
    for first, end in name_runs(text, tokens, longest, _clubs().keys(), _club_prefixes()):
        start = tokens[first].start
        stop = _with_city(tokens, out, end, tokens[end - 1].end)
        if not _held_or_ruled(out, start, stop):
            out = with_org(out, text, start, stop, SOURCE)
        name = phrase_key(text[start:tokens[end - 1].end])
        if name in _short_names() and any(e.type == "ORG" and (e.start, e.end) == (start, stop)
                                          for e in out):
            found[_short_names()[name]] = f"org:{name}"  # the club itself, no longer body's
    return _with_short_names(text, tokens, out, found)


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    """Phrase key of a listed club -> the folded word it is named by alone
    (``club_short_names_fa.tsv``)."""
    return {phrase_key(name): phrase_key(short)
            for name, short in load_tsv("entities/club_short_names_fa.tsv")}


def _with_short_names(text: str, tokens: Sequence[Word], entities: Sequence[Entity],
                      found: dict[str, str]) -> list[Entity]:
    """``entities`` with each short name (folded word -> the club's key) of a club the
    article named whole, where the tagger read nothing else there: no entity, or only its
    own over that word (a person «صبا», a place)."""
    out = list(entities)
    for k, word in enumerate(tokens):
        key = found.get(word.folded)
        if key is None or (k > 0 and tokens[k - 1].folded in common_noun_cues()):
            continue
        over = [e for e in out if e.start < word.end and word.start < e.end]
        if all((e.start, e.end) == (word.start, word.end) and e.source in MODEL_SOURCES
               for e in over) and not any(e.type == "ORG" for e in over):
            out = with_org(out, text, word.start, word.end, SOURCE, key=key)
    return sorted(out, key=lambda e: e.start)
