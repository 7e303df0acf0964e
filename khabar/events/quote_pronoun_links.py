"""Arabic reported speech opened by «أن/إن/بأن» with a pronoun suffix («أكد X أنهم
عازمون», «وقال إننا», «بأنهما»): ``quote_links_pronoun_ar.txt``.

These forms open more clauses that no speaker says than «أنه/أنها» do: the link of a
nearer verb that is no speech verb («أكد قيادي ... حق المعفين التظلم إذا رأوا أنهم»), the
words of a thing or a finding («الواقع يقول، إننا», «أوضحت فحوصات الحمض أنهما»), an unnamed
group's words («وقال أفراد العائلة إنهم»), a speech verb inside someone's quoted words. So
such a word is a speech verb's link only when the verb's own clause reaches it and names
its speaker, or the verb goes on with the speaker before («وأكد أنهم», «وأشار إلى أننا»);
else the verb's words are looked for past it, as before. Session 20 (2026-12-06),
engineer quotes_ar2.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.entities.gazetteer import Match, Word
from khabar.entities.words import listed_keys
from khabar.events.arabic_construct import clause_conjunctions
from khabar.events.participant_words import prepositions
from khabar.text.arabic_conjunction import without_proclitic

_OPENERS = {"«": "»", "“": "”", "(": ")"}


@lru_cache(maxsize=1)
def pronoun_links() -> frozenset[str]:
    return listed_keys("events/quote_links_pronoun_ar.txt")


def subordinators() -> frozenset[str]:
    return listed_keys("events/subordinators_ar.txt")


def _opens_clause(word: Word) -> bool:
    """Whether a word opens another clause, with «و/ف» glued on or not («وإذا»)."""
    folded = word.folded
    return bool({folded, without_proclitic(folded)} & (subordinators() | clause_conjunctions()))


def _carries_speaker(word: Word) -> bool:
    """A word that may stand between a verb going on with the speaker before and its link:
    a preposition of the verb («وأشار إلى أننا»); any other word is a subject the clause
    names without a name («وقال أفراد العائلة إنهم»), and after a comma the verb may have
    its subject before it («الواقع يقول، إننا»)."""
    return word.folded in prepositions()[0]


def inside_quoted_words(text: str, at: int) -> bool:
    """Whether ``at`` stands inside marks or brackets opened earlier in its paragraph
    («وزاد "... مستوى لافتا يؤكد أننا ..."», a verse in brackets): the verb there is part
    of someone's quoted words, not the article's report."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count('"') % 2 == 1 or any(
        before.count(opener) > before.count(closer) for opener, closer in _OPENERS.items())


def pronoun_link_holds(text: str, between: Sequence[Word], verb: Match[str], link: Word,
                       names: frozenset[tuple[int, int]]) -> bool:
    """Whether ``link`` may open the words of ``verb``, ``between`` standing between them:
    always for the other link words; a pronoun link when the verb is not inside quoted
    words, no other clause opens between them, and a name found (``names``: the spans of
    the entities) stands between them or only ``_carries_speaker`` words do."""
    if link.folded not in pronoun_links():
        return True
    if inside_quoted_words(text, verb.start) or any(_opens_clause(w) for w in between):
        return False
    return any(verb.end <= start and end <= link.start for start, end in names) \
        or all(_carries_speaker(word) for word in between)
