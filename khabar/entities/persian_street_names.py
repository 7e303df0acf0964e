"""A person in the name of a street, square, mosque or venue is no mention of that person
(issue 5, session 20 (2026-12-06), engineer ent_fa).

Iranian streets, squares, highways, mosques and schools are named after martyrs, imams and
poets, written after the noun of the place and the honorific the person bears: «خیابان
شهید دکتر مفتح», «بزرگراه آیت‌الله صدر», «میادین امام خمینی(ره)», «مسجد امام رضا(ع)». The
title rule and the tagger read the person («[مفتح]», «[خمینی]»), and the surname rule spread
him over every later use of the street; the whole is a place (the brief of issue 5, and
``bench/data/ENTITIES-GOLD.md``: stadiums, galleries, stations named after persons are no
person mentions). A person right after a noun of ``street_nouns_fa.txt``, with nothing
between but spaces and honorifics, titles or ranks (``titles.tsv``, ``honorifics_fa.txt``,
``holy_titles_fa.txt``), is dropped. A mark or a line break between ends the place's name
(«اجاره سالن، سعید ...»); a noun after a demonstrative is the place already named, not a
name's head («شموشک در این میدان [اسفندیار محسنی] را ...»: the field of play,
``demonstratives_fa.txt``); references («وی») are left to the pronoun rules.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.words import Word, listed_keys, words
from khabar.resources import load_lines, load_tsv

TITLE_KINDS = frozenset({"rank", "clerical", "honorific"})
"""Kinds of ``titles.tsv`` a street's name writes before the person («آیت‌الله», «دکتر»);
a role («وزیر») is none."""


def street_nouns() -> frozenset[str]:
    return listed_keys("entities/street_nouns_fa.txt")


def _demonstratives() -> frozenset[str]:
    return listed_keys("entities/demonstratives_fa.txt")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The folded words of the honorifics, titles and ranks a street's name may hold."""
    listed = [*load_lines("entities/honorifics_fa.txt"), *load_lines("entities/holy_titles_fa.txt"),
              *(row[0] for row in load_tsv("entities/titles.tsv")
                if len(row) > 1 and row[1] in TITLE_KINDS)]
    return frozenset(w.folded for title in listed for w in words(title))


def _in_street_name(text: str, tokens: Sequence[Word], starts: Sequence[int],
                    e: Entity) -> bool:
    """Whether a noun of a street stands before ``e`` with only titles between."""
    k = bisect_left(starts, e.start) - 1
    end = e.start
    while k >= 0 and not text[tokens[k].end:end].strip(" \u200c"):
        if tokens[k].folded in street_nouns():
            return k == 0 or tokens[k - 1].folded not in _demonstratives()
        if tokens[k].folded not in _title_words():
            return False
        end = tokens[k].start
        k -= 1
    return False


def drop_street_persons(text: str, tokens: Sequence[Word],
                        entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the persons that name a street, square or venue (see the
    module)."""
    starts = [w.start for w in tokens]
    return [e for e in entities
            if e.type != "PER" or e.source in REFERENCE_SOURCES
            or not _in_street_name(text, tokens, starts, e)]

