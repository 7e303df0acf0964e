"""An act told as another of its kind, not a retelling: «كما استهدفت غارة أخرى منطقة صرواح»
(another raid), «وتدور اشتباكات عنيفة مماثلة» (similar clashes), «در ناصریه نیز با شلیک گلوله»
(in Nasiriyah too), «سه عضو دیگر باند نیز ... دستگیر شدند» (three other members were arrested
too). A retelling never says "another", "similar" or "also" of the act it retells, so such an
act starts a record of its own (``merging.merge``) however much its parties agree with an
act told before it. The words are data (``events/other_act_words.tsv``). Session 16
(2026-12-06), issue 6.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.entities.words import keys_by_kind, phrase_key
from khabar.events.trigger_rows import TriggerHit

REACH = 3
"""Words after the trigger's last one that may modify it or its participants («غارة أخرى»,
«اشتباكات عنيفة مماثلة», «بمب‌گذاری انتحاری نیز»)."""


def _words() -> dict[str, frozenset[str]]:
    return keys_by_kind("events/other_act_words.tsv")


def _clause_before(tokens: Sequence[Word], first: int) -> Sequence[Word]:
    """The words of the trigger's clause before it: back to a punctuation mark or the
    sentence's start."""
    k = first
    while k > 0 and any(c.isalnum() for c in tokens[k - 1].text):
        k -= 1
    return tokens[k:first]


def another_act(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether the clause tells the act as one more of its kind."""
    words = _words()
    near = tokens[hit.first:hit.last + 1 + REACH]
    if any(phrase_key(w.text) in words.get("near", ()) for w in near):
        return True
    before = _clause_before(tokens, hit.first)
    if any(phrase_key(w.text) in words.get("clause", ()) for w in before):
        return True
    if len(before) < 2:  # «كما قصفت»: the opening word, then the trigger or its subject
        return bool(before) and phrase_key(before[0].text) in words.get("opening", ())
    # «كما أن الصندوق ...»: the connective "moreover" states a fact
    return (phrase_key(before[0].text) in words.get("opening", ())
            and phrase_key(before[1].text) not in words.get("unless", ()))
