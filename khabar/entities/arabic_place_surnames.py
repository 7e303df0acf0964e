"""An Arabic person's family name that is also a place («الأحمدي», the Kuwaiti town;
«السويد», Sweden) is that person where a speech verb or a title names him alone.

The gazetteer reads every such word as the place, and ``stage.add_surname_mentions``
leaves a word already taken alone: in an article on «محمد الأحمدي» a later «وأضاف الأحمدي»
lost the person, and with him the quote's speaker. A one-word gazetteer place whose word
is the last word of a person found in full in the article becomes that person's surname
mention where the word before is a speech verb or a title, also one written as a letter
and a full stop (``abbreviated_titles_ar.txt``: «وقال السويد», «الدكتور السويد», «د.
السويد»): a place does not speak and bears no title. After a post the place stays
(«سفير السويد» is Sweden's ambassador). Issue 5, session 27 (2026-12-07), engineer
ent_ar12.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.doc import GAZETTEER_SOURCE, SURNAME_SOURCE, Entity
from khabar.entities.gazetteer import Word
from khabar.entities.titles import speech_verb, titles
from khabar.entities.words import listed_keys

ABBREVIATION_MARK = "."
"""The full stop after a title written as a letter («د. السويد»)."""
GLUED_AND = "و"
"""The conjunction glued to the word after it («ود. السويد»)."""


def place_surnames(tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with each one-word gazetteer place that repeats a found person's last word
    right after a speech verb or a title made that person's surname mention."""
    starts = [w.start for w in tokens]
    persons = _persons_by_last_word(tokens, starts, kept)
    if not persons:
        return list(kept)
    out = []
    for e in kept:
        k = bisect_left(starts, e.start)
        person = persons.get(tokens[k].folded) if _one_word_place(e, tokens, k) else None
        if person is not None and _names_a_person(tokens, k):
            e = Entity(e.start, e.end, type="PER", text=e.text, key=person.key,
                       source=SURNAME_SOURCE, name_en=person.name_en, kb_id=person.kb_id)
        out.append(e)
    return out


def _persons_by_last_word(tokens: Sequence[Word], starts: Sequence[int],
                          kept: Sequence[Entity]) -> dict[str, Entity]:
    """The article's persons named in two words or more, by their last word folded."""
    persons: dict[str, Entity] = {}
    for e in kept:
        if e.type != "PER" or not e.key or e.source == SURNAME_SOURCE:
            continue
        first, last = bisect_left(starts, e.start), bisect_left(starts, e.end) - 1
        if last > first:
            persons.setdefault(tokens[last].folded, e)
    return persons


def _one_word_place(e: Entity, tokens: Sequence[Word], k: int) -> bool:
    return (e.type == "LOC" and e.source == GAZETTEER_SOURCE and k < len(tokens)
            and tokens[k].start == e.start and tokens[k].end == e.end)


def _names_a_person(tokens: Sequence[Word], k: int) -> bool:
    """Is the word before word ``k`` a speech verb or a title (not one that is also a
    common noun: ``weak_titles_ar.txt``), or an abbreviated title and its full stop?"""
    if k == 0:
        return False
    before = tokens[k - 1]
    if before.text == ABBREVIATION_MARK:
        return k > 1 and _abbreviated_title(tokens[k - 2])
    if before.folded in listed_keys("entities/weak_titles_ar.txt"):
        return False
    return speech_verb(before) or before.text in titles()


def _abbreviated_title(word: Word) -> bool:
    """Is ``word`` a title written as a letter («د»), a glued «و» allowed («ود»)?"""
    listed = listed_keys("entities/abbreviated_titles_ar.txt")
    bare = word.folded[1:] if word.folded.startswith(GLUED_AND) else None
    return word.folded in listed or bare in listed
