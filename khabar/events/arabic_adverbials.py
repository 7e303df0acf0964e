"""Time adverbials inside an Arabic verb-first clause.

Arabic news puts the subject, then where and when, between a verb and its object, and
often closes the time adverbial with a comma: «عقد الأمير ... في مكتبه بجدة أمس، اجتماعا
مع ...». That comma belongs to the adverbial (الظرف), not to the clause, so a light verb
(«عقد … اجتماعا», «قام … بزيارة») still reaches its object across it, and a speech
verb its link word («وأكد X في مؤتمر صحفي مساء أمس (الأحد) أن ...»).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.entities.gazetteer import Word
from khabar.entities.words import listed_keys

CLOSING = frozenset(")]»\"”")
"""Marks that may close a day named in brackets before the comma: «اليوم (الأربعاء)،»."""
COMMAS = frozenset(",،")
ADVERBIAL_WORDS = 4
"""Words a time adverbial set off by commas may hold («اليوم (الخميس)»: its marks count)."""


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    return listed_keys("events/time_adverbs_ar.txt") | listed_keys("events/day_words_ar.txt")


def adjunct_word(word: Word) -> bool:
    """A word that does not part a verb from its object: a mark (a bracket, a quote) or a
    word of time («أمس», «اليوم (الخميس)»), an adjunct that may stand anywhere between."""
    return not word.text[:1].isalnum() or word.folded in time_words()


def adverbial_comma(tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is a comma closing a time adverbial (a word of time before it,
    past any closing bracket) or opening one (a word of time right after it: «وزير الدفاع،
    اليوم (الخميس)، اجتماعا»), which leaves the clause open."""
    if not 0 < k < len(tokens) or tokens[k].text not in COMMAS:
        return False
    j = k - 1
    while j > 0 and tokens[j].text in CLOSING:
        j -= 1
    return tokens[j].folded in time_words() or _opens_adverbial(tokens, k)


def _opens_adverbial(tokens: Sequence[Word], k: int) -> bool:
    """A comma before a word of time that a second comma closes («، اليوم (الأحد)،»), so
    the comma sets an adverbial off between the subject and the object (session 21
    (2026-12-06), issue 6, engineers events_ar and events_ar2)."""
    nxt = k + 1
    if nxt >= len(tokens) or tokens[nxt].folded not in time_words():
        return False
    for j in range(nxt + 1, min(len(tokens), nxt + 1 + ADVERBIAL_WORDS)):
        if tokens[j].text in COMMAS:
            return adverbial_comma(tokens, j)
        if tokens[j].text[:1].isalnum() and tokens[j].folded not in time_words():
            return False
    return False


def reach_back(tokens: Sequence[Word], end: int, reach: int,
               name_words: frozenset[int] = frozenset()) -> int:
    """The first word of the ``reach`` counted words before word ``end``: the words of a
    name after its first (``name_words``) and adjuncts count as none, so a speaker with his
    posts and a time adverbial stand as close to his link word as a bare name."""
    counted, k = 0, end
    while k > 0 and counted < reach:
        k -= 1
        counted += k not in name_words and not adjunct_word(tokens[k])
    return k
