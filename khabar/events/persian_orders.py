"""The one who ordered a Persian act, named after «به دستور» or «به حکم», is not whom it was
done to.

«به دستور دادستان حسن محمدی، علی رضایی آزاد شد»: the prosecutor ordered the release; Rezaei
was released. Read as the passive's subject or the act's object, the orderer would be the one
released. So where the target read is the orderer, the target is the next party named
between him and the act with no preposition of its own, else none. The orderer is not made
the actor either: the doer the text leaves out is the authorities of the place
(``arguments.authorities``), and an active act's subject stays its actor («به دستور
رئیس‌جمهور، ارتش ... حمله کرد»). Persian grammar; session 30 (2026-12-07), issue 6,
engineer events_fa19.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from khabar.entities.gazetteer import Word
from khabar.entities.words import folded_phrases
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import CLAUSE_BREAKS
from khabar.events.participants import Mention
from khabar.events.roles import Roles

ORDERER_REACH = 2
"""Words (a title: «بازپرس», «قاضی شعبه») between the phrase of an order and its orderer."""


@cache
def order_phrases() -> tuple[tuple[str, ...], ...]:
    """«به دستور», «به حکم»: the phrases after which the orderer is named."""
    return folded_phrases("events/order_phrases_fa.txt")


def orderer(tokens: Sequence[Word], mention: Mention) -> bool:
    """A party named (after a title or two) right after a phrase of an order, in its clause."""
    for phrase in order_phrases():
        for gap in range(ORDERER_REACH + 1):
            end = mention.first - gap
            start = end - len(phrase)
            if start >= 0 and tuple(w.folded for w in tokens[start:end]) == phrase:
                return not any(w.text in CLAUSE_BREAKS for w in tokens[end : mention.first])
    return False


def ordered_roles(roles: Roles, hit: TriggerHit, tokens: Sequence[Word],
                  found: Sequence[Mention]) -> Roles:
    """The roles with an orderer read as the target replaced (see the module's note)."""
    target = roles.target
    if hit.trigger.lang != "fa" or target is None or not orderer(tokens, target):
        return roles
    return Roles(roles.actor, next((m for m in found if target.last < m.first
                                    and m.last < hit.first and m.prep is None
                                    and not orderer(tokens, m)), None))
