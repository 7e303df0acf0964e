"""An Arabic person whose given name was left out of its span, found once every person of
the article is in: the surname mentions too (``stage.add_surname_mentions``), which the
name rules before them never see.

- A given name right before a person, across a plain space and in no entity, is the
  person's first word, when the person opens on a family name, a word that is no given
  name of any list («عبدربه منصور [هادي]» is left as it is): «عميد كلية الطب د. علي
  [الغامدي]» (a surname mention of another «الغامدي» of the article: the dean is «علي
  الغامدي»), and the foreign given names no name list held, so that no rule took them in
  front of the tagger's surname («تشاك [هيغل]», «إيرني [بيفين]», «ليز [كيندال]»:
  ``foreign_given_names_ar.txt``). A glued «و» is left out («وليز ...»); not after
  «بن»/«بنت» (a chain the name rules read), not a given name that is mostly a word
  (``common_word_given_names_ar.txt``: «صالح»).
- A person written as given names only, right before another person across a plain space,
  is one name with it: «[يحيى] [الشهري]» (the tagger's given name, then a surname
  mention), «[هشام] [محمد ربيع]», «[جين] [سعيد المقدسي]», «[مارك] [شباط]».

Issue 5, session 30 (2026-12-07), engineer ent_ar15: the exact spans of the studied and
held-out Arabic entity sets lose most against their overlaps on persons' extents.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.arabic_common_given import common_word_given_names
from khabar.entities.arabic_name_words import MIN_NAME_LETTERS, given_word
from khabar.entities.gazetteer import Word
from khabar.entities.titles import SON_OF, person_key
from khabar.entities.words import listed_keys
from khabar.text.arabic_conjunction import glued_and
from khabar.text.tokens import spaced_on_one_line

MAX_GIVEN_WORDS = 2
"""Words of a person written as given names only that open a name with the next person."""


def foreign_given_names() -> frozenset[str]:
    return listed_keys("entities/foreign_given_names_ar.txt")


def _given(word: Word, skip: int = 0) -> bool:
    """Whether the word, past ``skip`` letters, is a given name of the lists or a foreign
    one, and not mostly a common word."""
    folded = word.folded[skip:]
    return folded not in common_word_given_names() and (
        given_word(word, skip) or folded in foreign_given_names())


def _any_given(word: Word) -> bool:
    """Whether the word is a given name of any list, one mostly a word too: a person that
    opens on one is a name the rules read from its start («عبدربه منصور [هادي]»: the
    tagger's «هادي» is no family name that «منصور» goes before; read on a check draw)."""
    return given_word(word) or word.folded in foreign_given_names()


def _given_skip(word: Word) -> int | None:
    """Letters before the given name the word is (0, or 1 for a glued «و»), or None."""
    if not word.text[:1].isalpha():
        return None
    if _given(word):
        return 0
    return 1 if glued_and(word, MIN_NAME_LETTERS) and _given(word, 1) else None


def _person(e: Entity) -> bool:
    return e.type == "PER" and e.source not in REFERENCE_SOURCES


class _Persons:
    """The article's words and entities, read around one person at a time."""

    def __init__(self, text: str, tokens: Sequence[Word], kept: Sequence[Entity]):
        self.text, self.tokens, self.kept = text, tokens, kept
        self.starts = [w.start for w in tokens]

    def bounds(self, e: Entity) -> tuple[int, int]:
        """First and last word of the entity."""
        return bisect_right(self.starts, e.start) - 1, bisect_left(self.starts, e.end) - 1

    def joined(self, before: int, e: Entity) -> bool:
        """Whether word ``before`` ends a plain space on one line before the entity."""
        return spaced_on_one_line(self.text, self.tokens[before].end, e.start)

    def free(self, word: Word) -> bool:
        return not any(e.start < word.end and word.start < e.end for e in self.kept)

    def with_given_before(self, e: Entity) -> Entity:
        """The person with a free given name right before it taken in (first rule)."""
        first, last = self.bounds(e)
        if (first < 1 or self.tokens[first].start != e.start
                or _any_given(self.tokens[first])):
            return e
        word = self.tokens[first - 1]
        skip = _given_skip(word)
        if (skip is None or not self.joined(first - 1, e) or not self.free(word)
                or (first > 1 and self.tokens[first - 2].folded in SON_OF)):
            return e
        start = word.start + skip
        return replace(e, start=start, text=self.text[start:e.end],
                       key=person_key(self.tokens, first - 1, last))

    def only_given(self, e: Entity) -> bool:
        """Whether the person is one or two given names and nothing else."""
        first, last = self.bounds(e)
        return (self.tokens[first].start == e.start and last - first < MAX_GIVEN_WORDS
                and all(_given(w) for w in self.tokens[first:last + 1]))

    def joined_pair(self, q: Entity, e: Entity) -> Entity:
        """Person ``q`` (given names only) and person ``e`` right after it, as one."""
        first, _ = self.bounds(q)
        _, last = self.bounds(e)
        return replace(q, end=e.end, text=self.text[q.start:e.end],
                       key=person_key(self.tokens, first, last))


def join_given_names(text: str, tokens: Sequence[Word], kept: Sequence[Entity]
                     ) -> list[Entity]:
    """``kept`` with each person's given name left outside its span taken in (see the
    module)."""
    persons = _Persons(text, tokens, kept)
    out: list[Entity] = []
    for e in sorted(kept, key=lambda e: e.start):
        if not _person(e):
            out.append(e)
            continue
        q = out[-1] if out else None
        if (q is not None and _person(q) and spaced_on_one_line(text, q.end, e.start)
                and persons.only_given(q)):
            out[-1] = persons.joined_pair(q, e)
            continue
        out.append(persons.with_given_before(e))
    return out
