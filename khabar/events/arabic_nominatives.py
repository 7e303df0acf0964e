"""Arabic nouns of unnamed people told by their case ending: a feminine dual «ـتان» or a
sound masculine plural «ـون» in the nominative, without the article («معارضون»,
«امرأتان»). Right after a verb such a noun is its subject, and no entity names it
(``events.arabic_subjects`` for events, ``events.quote_speakers`` for speech verbs). Moved
out of ``arabic_subjects`` (session 15 (2026-12-06)), so the quote stage can read it
without importing the event stage.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.doc import Doc
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.titles import unjoined
from khabar.resources import load_lines

PLURAL_STEM = 4
"""Letters before a sound plural's «ون» (stems of three are the singular nouns in «ون»)."""


@lru_cache(maxsize=1)
def not_noun_openings() -> tuple[str, ...]:
    """A word opening so is definite, or a verb's imperfect (after «ل» of purpose or «س» of
    the future): no indefinite noun (``noun_openings_not_ar.txt``). A clitic preposition
    needs no check: it governs the genitive, «بمسلحين», never a nominative ending."""
    return tuple(load_lines("events/noun_openings_not_ar.txt"))


def unnamed_nominative(word: Word) -> bool:
    """A feminine dual or a sound masculine plural noun in the nominative, without the
    article."""
    folded = word.folded
    # A clitic conjunction is looked past for the openings («ويحاربون» is a verb; in
    # «وافدون», «فلسطينيون» the letter is the stem's own).
    bare = unjoined(folded)
    if folded.startswith(not_noun_openings()) or bare.startswith(not_noun_openings()):
        return False
    if folded.endswith("تان"):
        return not folded.endswith("ستان") and len(folded) > len("تان") + 1
    return folded.endswith("ون") and len(folded) - len("ون") >= PLURAL_STEM


def unnamed_people(doc: Doc, word: Word) -> bool:
    """Whether ``word`` is such a noun and no word of a name: not inside an entity, nor a
    named person's last word («قال كلينتون»)."""
    return unnamed_nominative(word) and not any(
        e.start <= word.start < e.end
        or (e.type == "PER" and phrase_key(e.text.split()[-1]) == word.folded)
        for e in doc.entities)
