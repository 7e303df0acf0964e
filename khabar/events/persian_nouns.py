"""Persian noun acts told as having happened.

A bare noun act ("حمله") is weighed low: most are topics, background or what a speaker
asks for. But a noun after a word of cause ("به دنبال حمله نظامیان رژیم صهیونیستی به
راهپیمایی، ۷۴ تن زخمی شدند", "در پی", "در اثر") whose doer stands in its genitive (ezafe)
is the occasion of the sentence's own event: it took place, and is told as surely as by a
verb. The Arabic counterpart, a word of time and a possessive suffix ("خلال لقائه"), is
``clauses.possessed``.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.entities.words import listed_keys
from khabar.events.lexicon import TriggerHit
from khabar.events.participants import Mention


def cause_words() -> frozenset[str]:
    return listed_keys("events/cause_words_fa.txt")


def told_cause(hit: TriggerHit, tokens: Sequence[Word], actor: Mention | None) -> bool:
    """A Persian noun act right after a word of cause, its doer named right after it."""
    return (hit.trigger.lang == "fa" and hit.trigger.tense == "noun" and hit.first > 0
            and tokens[hit.first - 1].folded in cause_words()
            and actor is not None and actor.first == hit.last + 1)
