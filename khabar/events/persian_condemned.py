"""Whom a Persian condemnation, protest or criticism is against when its object, told
before the verb, is an act noun with its doer in the genitive.

«تهاجم وحشیانه عربستان سعودی به شیعیان بی‌دفاع یمن ... را شدیداً محکوم می‌کنیم»: the
condemnation is of Saudi Arabia's attack, so Saudi Arabia is its target (EVENT-CONVENTIONS:
a condemnation's target is whom it is against, the doer of the act it condemns), and Yemen,
named after «به» in the same phrase, is the victim. Persian puts the object before its verb
and the doer of a verbal noun right after it in the genitive, behind at most a plain word
or two («تهاجم وحشیانه»); the nouns are ``condemned_act_nouns_fa.txt``. The Arabic reading
of the same thing is ``arabic_condemned`` (the doer's nationality adjective) and, after
"by", ``doers.named_doer``. A party the verb marks itself and that stands before the noun
(«آمریکا را به خاطر حمله ... محکوم کرد») stays the target. Persian grammar; session 23
(2026-12-07), issue 6, engineer events_fa4.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Participant
from khabar.entities.gazetteer import Word
from khabar.entities.words import listed_keys
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.events.participants import Mention
from khabar.events.persian_phrases import plain

CONDEMNING = frozenset({"ACCUSE", "PROTEST"})
ADJECTIVE_REACH = 2
"""Plain words (adjectives: «وحشیانه», «اخیر») between the act noun and its doer."""


def condemned_act_nouns() -> frozenset[str]:
    return listed_keys("events/condemned_act_nouns_fa.txt")


def _clause_opening(tokens: Sequence[Word], hit: TriggerHit) -> int:
    """The word index where the clause that ends at the trigger's verb opens."""
    k = hit.first - 1
    while k >= 0 and tokens[k].text not in PUNCTUATION_BREAKS:
        k -= 1
    return k + 1


def _genitive_doer(tokens: Sequence[Word], noun: int, found: Sequence[Mention]
                   ) -> Mention | None:
    """The name that opens right after the noun, behind plain words only, with no
    preposition of its own."""
    for k in range(noun + 1, min(len(tokens), noun + ADJECTIVE_REACH + 2)):
        named = next((m for m in found if m.first == k), None)
        if named is not None:
            return named if named.prep is None else None
        if not plain(tokens[k]):
            return None
    return None


def _same(mention: Mention, party: Participant | None) -> bool:
    return party is not None and (mention.head.text == party.text or (
        mention.head.kb_id is not None and mention.head.kb_id == party.kb_id))


def _genitive_of_act(tokens: Sequence[Word], hit: TriggerHit, found: Sequence[Mention],
                     opening: int) -> tuple[int, Mention] | None:
    """The first act noun of the clause before the verb and the doer in its genitive."""
    noun = next((j for j in range(opening, hit.first)
                 if tokens[j].folded in condemned_act_nouns()), None)
    doer = _genitive_doer(tokens, noun, found) if noun is not None else None
    return (noun, doer) if noun is not None and doer is not None else None


def condemned_doer(hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
                   actor: Participant | None, target: Participant | None) -> Mention | None:
    """The doer of the act a Persian condemnation's verb has before it as its object; None
    for a noun trigger (what precedes it is not its object), with no act noun and doer,
    when the doer is the subject of a verb not in the first person, or when the target
    read stands before the act noun."""
    if hit.trigger.type not in CONDEMNING or hit.trigger.tense == "noun":
        return None
    read = _genitive_of_act(tokens, hit, found, _clause_opening(tokens, hit))
    if read is None:
        return None
    at, doer = read
    if target is not None and target.start is not None and target.start < tokens[at].start:
        return None
    # A verb in the first person («محکوم می‌کنیم») has the speaker as its subject, so a name
    # read as its actor is not one.
    if _same(doer, actor) and not hit.first_person:
        return None
    return doer
