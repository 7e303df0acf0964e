"""A Persian «به», «از» or «علیه» phrase that belongs to a noun, not to the act.

Persian hangs a preposition's phrase on the noun it completes as freely as on the verb:
«سرایت بیماری آنفولانزای مرغی به جمهوری کالمیکیا» (the spread of bird flu to Kalmykia),
«در حمایت از X», «تحریمها علیه ایران». When the clause's act is another one («یک مقام
مسئول روس خبر سرایت بیماری ... به جمهوری کالمیکیا را تکذیب کرد», «پوتین ... این مطلب که
روسیه ... از ایده تشدید تحریمها علیه ایران حمایت می‌کند را رد کرد»), the name in that
phrase is the noun's complement and no target of the act. The governing noun
(``phrase_nouns_fa.tsv``: nouns whose complement is no counterpart of the act) stands before
the preposition across a short ezafe chain of its own adjectives and genitives; the
trigger's own noun keeps its phrase («تحریم‌های جدید علیه ایران»), and the chain back stops
at another name. «با» has its own list (``with_nouns_fa.txt``, ``roles._noun_held``).

The other way round, a noun right after «به» may make it a preposition of cause («به دلیل»,
«به اتهام»: ``cause_nouns_fa.txt``): a name in that phrase's chain («روسیه به دلیل پاسخگو
نبودن ایران ... حمایت می‌کند») is the reason's, not held by «به» as whom the act is to
(``cause_held``). Persian grammar; session 20 (2026-12-06), issue 6, engineer events_fa.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.entities.titles import role_words
from khabar.entities.words import keys_by_kind, listed_keys
from khabar.events.participant_words import QUOTES, prepositions
from khabar.events.participants import Mention
from khabar.events.persian_phrases import CHAIN_REACH, plain

NOUN_REACH = 4
"""Words from the preposition back to the noun it completes: the noun, its adjectives and
genitives («سرایت بیماری آنفولانزای مرغی به»)."""


def phrase_nouns() -> dict[str, frozenset[str]]:
    return keys_by_kind("events/phrase_nouns_fa.tsv")


def noun_complement(mention: Mention, tokens: Sequence[Word] | None,
                    span: tuple[int, int] | None, others: Sequence[Mention] = ()) -> bool:
    """Whether a mention marked "to", "from" or "against" is in the phrase of a noun before
    it that governs that preposition, the noun not the trigger's (``span``: its first and
    last words). The chain back to the noun stops at another name (``others``: the
    clause's mentions), which heads a phrase of its own («وزارت بازرگانی ایران از X»)."""
    nouns = phrase_nouns().get(mention.prep or "")
    if tokens is None or nouns is None:
        return False
    named = {k for m in others if m is not mention for k in range(m.first, m.last + 1)}
    k = mention.first - 1
    while k >= 0 and (tokens[k].text in QUOTES or tokens[k].folded in role_words()):
        k -= 1
    if k < 0 or prepositions()[0].get(tokens[k].folded) != mention.prep:
        return False
    for j in range(k - 1, max(-1, k - 1 - NOUN_REACH), -1):
        if (span is not None and span[0] <= j <= span[1]) or j in named:
            return False
        if tokens[j].folded in nouns:
            return True
        if not plain(tokens[j]):
            return False
    return False


def cause_nouns() -> frozenset[str]:
    return listed_keys("events/cause_nouns_fa.txt")


def cause_held(tokens: Sequence[Word], mention: Mention, named: frozenset[int]) -> bool:
    """Whether a bare name ends the ezafe chain of a phrase of cause («به دلیل ... X»):
    read back over plain words (at most ``CHAIN_REACH``, none in another name, ``named``) to
    the preposition, whose next word is a cause noun."""
    words = prepositions()[0]
    for k in range(mention.first - 1, max(-1, mention.first - 2 - CHAIN_REACH), -1):
        if words.get(tokens[k].folded) is not None:
            return k + 1 < mention.first and tokens[k + 1].folded in cause_nouns()
        if k in named or not plain(tokens[k]):
            return False
    return False
