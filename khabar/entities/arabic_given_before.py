"""An Arabic given name that is also a common word, right before a person the earlier
rules or the tagger found without it: «الدكتور مساعد [الأحمد]», «وزير الخارجية اليمني
رياض [ياسين]», «اغتيل فرج [فودة]», «وعوض [خميس]». The lists that start a person leave such
names out (they are words too: مساعد 'assistant', رياض 'gardens', فرج 'relief'), so the
person was cut. Here, where a person is already found right after it, one of
``given_names_before_ar.txt`` (a glued «و» allowed and left out) is taken into the person,
when the person opens on a family name: a word with the article or «آل»/«أبو»/«أبا»
(«الأحمد», «آل فريج»), or one word that is no given name itself («ياسين», «فودة»). The
word must stand alone: no entity on it, one space before the person, and no «بن»/«بنت»
before it (a chain the name rules read). References (pronouns, roles) are not persons
here. Session 15 (2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.arabic_name_words import given_word
from khabar.entities.gazetteer import Word
from khabar.entities.titles import SON_OF, person_key
from khabar.entities.words import listed_keys
from khabar.text.arabic_conjunction import after_glued_and
from khabar.text.tokens import token_at

FAMILY_OPENERS = ("آل", "ابو", "ابا")
"""Folded first words of a family name without the article."""


def given_names_before() -> frozenset[str]:
    return listed_keys("entities/given_names_before_ar.txt")


def _skip(word: Word) -> int | None:
    """Letters before the given name the word is (0, or 1 for a glued «و»), or None."""
    if word.folded in given_names_before():
        return 0
    if after_glued_and(word) in given_names_before():
        return 1
    return None


def _family_opening(tokens: Sequence[Word], first: int, last: int) -> bool:
    word = tokens[first]
    if word.folded.startswith("ال") or word.folded in FAMILY_OPENERS:
        return True
    return first == last and not given_word(word)


def _taken(kept: Sequence[Entity], word: Word) -> bool:
    return any(e.start < word.end and word.start < e.end for e in kept)


def add_given_before(text: str, tokens: Sequence[Word], kept: Sequence[Entity]
                     ) -> list[Entity]:
    """``kept`` with such a given name taken into the person after it (see the module)."""
    starts = [w.start for w in tokens]
    out = []
    for e in kept:
        first = token_at(tokens, e.start, starts)
        if (e.type == "PER" and e.source not in REFERENCE_SOURCES and first is not None
                and first > 0):
            last = bisect_left(starts, e.end) - 1
            word = tokens[first - 1]
            skip = _skip(word)
            if (skip is not None and text[word.end:e.start] == " "
                    and _family_opening(tokens, first, last) and not _taken(kept, word)
                    and not (first > 1 and tokens[first - 2].folded in SON_OF)):
                start = word.start + skip
                e = replace(e, start=start, text=text[start:e.end],
                            key=person_key(tokens, first - 1, last))
        out.append(e)
    return out
