"""The construct state («الإضافة») before an Arabic verb whose subject a name ends.

After إن/أن (or at a sentence's start) a noun comes before its verb, and that noun may be
the head of a construct whose genitive is the only name: «إن ميليشيات الحوثي اختطفت X»,
«أن طائرات التحالف العربي قصفت ...». The head never takes the article, so a run of words
without it between the particle and the name is the subject's head, and the name's owner
acts (``arabic_preverbal.preverbal_subject``). The copula «كان» opens such a clause too, its subject
between it and the verb, and «قد» of the perfect may stand before the verb: «وكان وزير
الخارجية عادل الجبير قد التقى نظيره التركي» (the Turkish minister was made the actor).
Session 16 (2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.entities.titles import unjoined
from khabar.entities.words import listed_keys
from khabar.events.participant_words import CLAUSE_BREAKS, prepositions
from khabar.events.participants import Mention

CONSTRUCT_REACH = 3
"""Words of an Arabic construct state ("إضافة") that may stand before the name ending a
subject: "إن ميليشيات الحوثي اختطفت", "أن طائرات التحالف العربي قصفت", "إدارة نادي X"."""


def construct_opening(tokens: Sequence[Word], first: int, links: frozenset[str]) -> int:
    """The word before the subject a name at ``first`` ends: the word right before it, or,
    when the name is the genitive of one to three head nouns, the word before those. A head
    noun in the construct state never takes the article «ال», nor is it a preposition or
    a mark, so an indefinite word run back to إن/أن, a mark or the sentence's start is the
    head of the subject whose genitive the name is: the name's owner acts ("إن [ميليشيات]
    الحوثي اختطفت": the Houthis). -1 when the run opens the sentence. ``links``: the
    particles after which a noun comes before its verb (``arabic_preverbal.complementizers``)."""
    k = first - 1
    while k >= 0 and first - k <= CONSTRUCT_REACH and _construct_head(tokens[k], links):
        k -= 1
    return k if k < first - 1 and (k < 0 or not _construct_head(tokens[k], links)) else first - 1


def _construct_head(word: Word, links: frozenset[str]) -> bool:
    folded = word.folded
    return (word.text[:1].isalnum() and not folded.startswith("ال") and folded != "و"
            and not {folded, unjoined(folded)} & (links | prepositions()[0].keys()))


def copulas() -> frozenset[str]:
    return listed_keys("events/copulas_ar.txt")


def verb_particles() -> frozenset[str]:
    return listed_keys("events/verb_particles_ar.txt")


def copula(word: Word) -> bool:
    """A form of «كان» («وكانت»: the conjunction looked past)."""
    return word.folded in copulas() or unjoined(word.folded) in copulas()


def verb_start(tokens: Sequence[Word], first: int) -> int:
    """Where an Arabic verb's own words begin: «قد» of the perfect right before the verb
    at ``first`` is the verb's («X قد التقى»)."""
    return first - 1 if first > 0 and tokens[first - 1].folded in verb_particles() else first


COPULA_REACH = 12
"""Words from «كان» to the «قد» of its verb: room for a subject's title and name («وكان
رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري قد ...»)."""


def copula_subject(before: Sequence[Mention], tokens: Sequence[Word], first: int
                   ) -> Mention | None:
    """The subject of a past verb after «قد» in a clause «كان» opens («وكان X قد التقى Y»):
    the first name between the copula and the verb that no preposition governs, which no
    clause break parts from the verb; None when the verb has no such clause."""
    at = verb_start(tokens, first)
    if at == first:
        return None
    for k in range(at - 1, max(-1, at - 1 - COPULA_REACH), -1):
        if tokens[k].text in CLAUSE_BREAKS:
            return None
        if copula(tokens[k]):
            return next((m for m in before if m.first > k and m.last < at and m.prep is None
                         and not m.obj and not m.outlet), None)
    return None


COMMAS = frozenset(",،")


def clause_conjunctions() -> frozenset[str]:
    return listed_keys("events/clause_conjunctions_ar.txt")


def clause_opening(tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is a comma that a clause-opening conjunction follows («، كما»,
    «، في حين»): the words after it are a new clause's, not a verb's before it."""
    if tokens[k].text not in COMMAS or k + 1 >= len(tokens):
        return False
    one = tokens[k + 1].folded
    two = f"{one} {tokens[k + 2].folded}" if k + 2 < len(tokens) else one
    return one in clause_conjunctions() or two in clause_conjunctions()
