"""Whose act an event told inside reported speech is: the speaker's only by agreement.

In "X said/announced that Y did Z" («X اعلام کرد که ...», «أعلن X أن ...») the act Z is the
embedded clause's subject's. When that clause names no subject, the speaker is its doer only
when the embedded verb agrees with him and has no subject of its own: a pronoun on the
Arabic link («أكد X أنه سيزور»), a Persian verb of the speech verb's person («X اعلام کرد
که به Y سفر خواهد کرد»), the first person, or a noun act he owns («زيارته», «سفر خود»).
Otherwise the doer is unknown, which is better than the speaker (EVENT-CONVENTIONS.md: the
actor is who does the act, not who reports it).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from khabar.entities.gazetteer import Word, phrase_key
from khabar.events.clauses import POSSESSIVES, speech_forms
from khabar.events.lexicon import TriggerHit
from khabar.events.quote_words import link_words
from khabar.resources import load_lines, load_tsv
from khabar.text.arabic_conjunction import without_proclitic
from khabar.text.sentences import COMMAS

_CLAUSE_BREAKS = frozenset(".:;؛!?؟")
# Words are compared folded (ی -> ي, ک -> ك), as Word.folded is.
_LINK_FA = phrase_key("که")
PERSON_WORDS_FA = "events/verb_person_words_fa.tsv"
"""The reflexives, perfect and future auxiliaries and person endings read here, by role."""


@cache
def _person_words(role: str) -> tuple[str, ...]:
    """The folded words of ``role`` in ``PERSON_WORDS_FA``: reflexive, perfect (an auxiliary
    after a participle that carries the verb's person, "کرده است"), future, first_ending,
    first_word, plural_ending."""
    return tuple(phrase_key(row[0]) for row in load_tsv(PERSON_WORDS_FA) if row[1] == role)


@lru_cache(maxsize=1)
def _singular_nd() -> tuple[str, ...]:
    return tuple(phrase_key(w) for w in load_lines("events/singular_nd_fa.txt"))


def arabic_bare_clause(tokens: Sequence[Word], hit: TriggerHit) -> int | None:
    """Where an Arabic clause reported with no link word begins: «وأعلن حاكم الولاية X، هذا
    الصباح فجر انتحاري نفسه» (a speech verb, its speaker, a comma, then a verb of its own).
    A verb joined by «و»/«ف» shares the speaker's subject ("قال X، وأشاد ..."): none then;
    nor past a link word, whose own clause it is."""
    first = tokens[hit.first].folded
    if hit.trigger.tense == "noun" or without_proclitic(first) != first:
        return None
    comma = None
    for k in range(hit.first - 1, -1, -1):
        word = tokens[k]
        if word.text in _CLAUSE_BREAKS:
            return None
        if word.folded in link_words():
            return None  # "وأكد X، ... أن Y، ... قامت": Y's clause, told by its link
        if word.text in COMMAS:
            comma = word.end if comma is None else comma
        elif without_proclitic(word.folded) in speech_forms():
            return comma
    return None


def _index_ending_at(tokens: Sequence[Word], position: int) -> int | None:
    return next((k for k, w in enumerate(tokens) if w.end == position), None)


def person_fa(word: str) -> str:
    """"1", "pl" or "sg": the person of a folded Persian finite verb word, read off its
    ending («کنند», «ماندند» end in «ند» as plurals do, and are; «کند», «ماند» are not)."""
    if word.endswith(_person_words("first_ending")) or word in _person_words("first_word"):
        return "1"
    plural = word.endswith(_person_words("plural_ending"))
    return "pl" if plural and not word.endswith(_singular_nd()) else "sg"


def _verb_words_fa(tokens: Sequence[Word], hit: TriggerHit) -> list[str]:
    """The words that carry a Persian trigger verb's person: its last word, a perfect's
    auxiliary after it, a future's «خواهد» inside it."""
    found = [tokens[hit.last].folded]
    if hit.last + 1 < len(tokens) and tokens[hit.last + 1].folded in _person_words("perfect"):
        found.append(tokens[hit.last + 1].folded)
    future = _person_words("future")
    found += [w.folded for w in tokens[hit.first : hit.last] if w.folded.startswith(future)]
    return found


def _agrees_fa(tokens: Sequence[Word], hit: TriggerHit, inner: int) -> bool:
    k = _index_ending_at(tokens, inner)
    if k is None:
        return False
    if tokens[k].folded == _LINK_FA and k > 0:
        k -= 1
    if hit.trigger.tense == "noun":
        after = tokens[hit.last + 1].folded if hit.last + 1 < len(tokens) else None
        return after in _person_words("reflexive")
    persons = {person_fa(w) for w in _verb_words_fa(tokens, hit)}
    person = "1" if "1" in persons else "pl" if "pl" in persons else "sg"
    return person == "1" or person == person_fa(tokens[k].folded)


def speaks_for_self(tokens: Sequence[Word], hit: TriggerHit, inner: int, lang: str) -> bool:
    """Whether the speaker is the doer of an act reported from ``inner`` on whose clause
    names no subject: the embedded verb agrees with him and has no subject of its own."""
    if hit.first_person or hit.trigger.roles == "participle":
        return True  # a participle ("..."، محملا الحكومة) tells the main verb's subject's manner
    if lang == "fa":
        return _agrees_fa(tokens, hit, inner)
    if hit.trigger.tense == "noun":
        return tokens[hit.first].text.endswith(POSSESSIVES)
    k = _index_ending_at(tokens, inner)
    return k is not None and tokens[k].text.endswith(POSSESSIVES)  # «أنه», «بأنها»
