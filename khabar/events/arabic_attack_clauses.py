"""An Arabic attack told in a relative clause on the attack itself: «الحادث الإجرامي الآثم
الذي استهدف رجال قوات الطوارئ».

A relative pronoun stands for the noun before it, which is the subject of the verb right
after it. When that noun names an attack as an incident (attack_nouns_ar.txt: حادث, اعتداء,
تفجير, هجوم), the clause is not a description of a party (``relative_acts``) nor background
about a thing («الاتفاق الذي أبرم», ``arabic_content.described``): it tells the attack, as
EVENT-CONVENTIONS codes it. Its subject being the attack, the first party after the verb is
its object, the target (never the actor: the victims do not attack). The clause names no
doer; a claim before the noun does («أعلن داعش مسؤوليته عن التفجير الذي استهدف X»), else the
doer left out is filled as for any Arabic attack told without one (unknown attackers).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import listed_keys
from khabar.events.lexicon import TriggerHit
from khabar.events.participants import Mention
from khabar.events.relative_acts import clause_end, pronoun_at

ATTACK = "ASSAULT"
NOUN_REACH = 3
"""Words from the relative pronoun back to the attack noun: the noun and up to two adjectives
(«الحادث الإجرامي الآثم الذي»)."""


def attack_nouns() -> frozenset[str]:
    return listed_keys("events/attack_nouns_ar.txt")


def _attack_noun(word: Word) -> bool:
    return any(rest in attack_nouns() for _, rest in clitic_variants(word))


def claim_words() -> frozenset[str]:
    return listed_keys("events/claim_words_ar.txt")


def _noun_at(tokens: Sequence[Word], hit: TriggerHit) -> int | None:
    """The attack noun a relative pronoun right before an attack verb hangs on: within
    NOUN_REACH words before the pronoun."""
    k = pronoun_at(tokens, hit)
    if hit.trigger.type != ATTACK or k is None:
        return None
    return next((j for j in range(k - 1, max(-1, k - 1 - NOUN_REACH), -1)
                 if _attack_noun(tokens[j])), None)


def attack_clause(tokens: Sequence[Word], hit: TriggerHit) -> bool:
    """Whether an Arabic attack verb in the perfect opens a relative clause whose noun is an
    attack («التفجير الذي استهدف مسجدا»). A named party right before the pronoun («هجوم
    داعش الذي استهدف») is read first, as the clause's subject (``relative_acts``)."""
    return _noun_at(tokens, hit) is not None


CLAIM_GAP = 1
"""Words between the word of claiming and the attack noun («مسؤوليته عن التفجير»)."""


def _claimant(found: Sequence[Mention], tokens: Sequence[Word], noun: int) -> Mention | None:
    """Who claims the attack («أعلن تنظيم داعش مسؤوليته عن التفجير»): the last bare party
    before the word of claiming."""
    for j in range(noun - 1, max(-1, noun - 2 - CLAIM_GAP), -1):
        if tokens[j].folded in claim_words():
            before = [m for m in found if m.last < j and m.prep is None and not m.obj
                      and not m.outlet]
            return before[-1] if before else None
    return None


def clause_roles(found: Sequence[Mention], tokens: Sequence[Word], hit: TriggerHit
                 ) -> tuple[Mention | None, Mention | None]:
    """The doer and the target of an attack told in a relative clause on its noun: the
    target is the verb's object, the first bare party after the verb inside the clause; the
    doer is named only by a claim of the attack before its noun, else left out."""
    end = clause_end(tokens, hit)
    target = next((m for m in found if hit.end <= m.start < end and m.prep is None
                   and not m.obj and not m.outlet), None)
    noun = _noun_at(tokens, hit)
    return (_claimant(found, tokens, noun) if noun is not None else None), target
