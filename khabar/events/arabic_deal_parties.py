"""The sides of an agreement are no targets of an Arabic act against it, session 28
(2026-12-07), issue 6, engineer events_ar15.

An act's «بين»/«مع» partner is kept at any distance (``target_reach.PARTNERS``): a meeting's
partner may stand far after its host's titles. But when a noun of agreement stands between
the act and the partner, the partner is the agreement's side, not the act's: «تجمع متظاهرون
... للتنديد بالاتفاق النووي الايراني الموقع بين ايران والقوى العظمى» is a protest against the
deal (gold: no target), not against Iran; «واعلان رفضهم للاتفاق النووي الذي أعلن ... بين
ايران والقوى العالمية الست» rejects the deal. A cooperative act (``COOPERATIVE``: signing,
agreeing, meeting) shares the agreement's sides: «وقع اتفاقية مع الأردن» is with Jordan.

Such a target is taken off the kept events only (``Draft.far_target``), like a far target, so
the events found stay those found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from khabar.doc import Participant
from khabar.entities.gazetteer import Word
from khabar.entities.words import listed_keys
from khabar.events.event_flags import COOPERATIVE
from khabar.events.participants import Mention
from khabar.events.target_reach import PARTNERS
from khabar.events.trigger_rows import TriggerHit
from khabar.text.arabic_article import ARTICLE_OPENING

_PROCLITIC = re.compile(rf"{ARTICLE_OPENING}|^[وف]?[بل]")
"""The article behind its proclitics («بالاتفاق», «للاتفاق»), else a glued preposition
(«باتفاق», «لاتفاقية»)."""


@cache
def deal_nouns() -> frozenset[str]:
    """Nouns of a formal agreement (``resources/events/deal_nouns_ar.txt``)."""
    return listed_keys("events/deal_nouns_ar.txt", "ar")


def is_deal_noun(folded: str) -> bool:
    """Whether the folded word is a noun of agreement, bare or behind the article and its
    proclitics («الاتفاق», «بالاتفاق», «للاتفاقية», «اتفاق»)."""
    if folded in deal_nouns():
        return True
    opening = _PROCLITIC.match(folded)
    return opening is not None and folded[opening.end():] in deal_nouns()


def deal_party(lang: str, tokens: Sequence[Word], hit: TriggerHit,
               target: Participant | None, found: Sequence[Mention]) -> bool:
    """Whether an Arabic act's target is a side named after «بين»/«مع» of an agreement that
    stands between the act and it: the agreement's side, not the act's target."""
    if lang != "ar" or target is None or target.start is None:
        return False
    if hit.trigger.type in COOPERATIVE:
        return False
    held = next((m for m in found if m.start <= target.start < m.end), None)
    if held is None or held.prep not in PARTNERS or held.first <= hit.last:
        return False
    return any(is_deal_noun(w.folded) for w in tokens[hit.last + 1:held.first])
