"""An Arabic person's surname found again behind a proclitic. Arabic writes the
conjunctions «و», «ف» and the prepositions «ب», «ل», «ك» glued to the next word, so a
surname the article has named in full comes back as «وميرفي», «لاينيستا», «وبلاتر»:
one word that ``stage.add_surname_mentions`` (which matches whole words) never reads.
The mention is the surname without the proclitic («وميرفي» -> «ميرفي»), as the gold
writes a mention after a glued letter.

Only the surname of a person named in two words or more, which is no given name itself
(«وعلي مستور» is another «علي» than «محمد علي»'s, «بهيفاء وهبي» a first name): the
tagger's one-word persons are too often a club, a disease or a common word («لتشيلسي»,
«بكورونا», «لميداليتين»: 9 of 15 wrong on an unread draw without these guards). Only
where the rest after the proclitic is written as the surname is (not «للمالكي», the
article's alif dropped after «ل»), the word itself is no surname already found, and the
surname is one ``stage.spreadable`` lets be found alone (a nasab key, «per:محمد-سلمان»,
is no word). Session 17 (2026-12-06), issue 5.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import SURNAME_SOURCE, Entity
from khabar.entities.arabic_name_words import given
from khabar.entities.gazetteer import Word
from khabar.entities.phrases import clitic_variants
from khabar.entities.stage import compound_end, spreadable
from khabar.normalize.fold import fold

DEFINITE_AFTER_PREPOSITION = ("لل", "بال", "كال")
"""A person of the tagger opening on a preposition glued to a definite noun («للبولينج
ميداليتين») is a phrase, whose last word is no surname."""
MIN_SURNAME_LETTERS = 3
"""A shorter rest («وعلي» is also «و» + «علي», but «ولي» is a word) is not read."""


def _surnames(kept: Sequence[Entity]) -> dict[str, Entity]:
    """Folded surname -> the first person named in full whose key it is."""
    found: dict[str, Entity] = {}
    for e in kept:
        if (e.type != "PER" or not e.key or len(e.text.split()) < 2
                or compound_end(e.text) or fold(e.text).startswith(DEFINITE_AFTER_PREPOSITION)):
            continue
        surname = e.key[len("per:"):]
        if (len(surname) >= MIN_SURNAME_LETTERS and spreadable(surname)
                and not given(surname)):
            found.setdefault(surname, e)
    return found


def _glued(word: Word, surnames: dict[str, Entity]) -> tuple[int, Entity] | None:
    """(characters of the proclitic, the person) when ``word`` is a proclitic + a surname.
    (No surface-stopword check: the list's one word, «على», has no proclitic and folds to a
    given name, which is never a surname here; review_a, session 17 (2026-12-06).)"""
    if word.folded in surnames:
        return None
    for skip, rest in clitic_variants(word):
        if skip and rest in surnames and fold(word.text[skip:]) == rest:
            return skip, surnames[rest]
    return None


def clitic_surnames(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with the surnames written behind a proclitic (see the module)."""
    surnames = _surnames(kept)
    if not surnames:
        return kept
    taken = [(e.start, e.end) for e in kept]
    extra = []
    for word in tokens:
        hit = _glued(word, surnames)
        if hit is None or any(s < word.end and word.start < e for s, e in taken):
            continue
        skip, person = hit
        start = word.start + skip
        extra.append(Entity(start, word.end, type="PER", text=text[start:word.end],
                            key=person.key, source=SURNAME_SOURCE, name_en=person.name_en,
                            kb_id=person.kb_id))
    return sorted([*kept, *extra], key=lambda e: e.start) if extra else kept
