"""Acts told in an Arabic relative clause about a named party: «المالكي الذي اتهم السعودية».

A verb right after a relative pronoun says which noun is meant, background to the news
(arabic_content.described), and is no event when that noun is a common one («الاتفاق الذي
أبرم»). When the noun is a named person, organisation or place («نوري المالكي الذي اتهم
السعودية بدعم الإرهاب», «الحوثيين الذين هاجموا مدينة عدن»), the clause tells what that party
did: the relative pronoun stands for it, so it is the verb's subject, read as if the verb
came first («اتهم المالكي السعودية»), and the verb's object lies inside the clause (up to a
comma, a clause break, a complementizer or another relative pronoun). The clause's own date
is the act's (dating.relative_spans keeps a date outside it from dating it).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import Word
from khabar.events.arabic_preverbal import complementizers
from khabar.events.clauses import markers
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.events.participants import Mention

NAMED = frozenset({"PER", "ORG", "LOC"})
"""Kinds of entity a relative clause's act may be told of."""
PERFECT = "past"
"""The perfect tells what the party did; an imperfect in a relative clause tells what it is
doing or does («الغامدي الذي يزور المنطقة حالياً»), a description of it."""


def _perfect(tokens: Sequence[Word], hit: TriggerHit) -> bool:
    """A verb of a past row written in the perfect: not with the imperfect's «ي», nor with
    its «ت» where the row lists the «ي» form too («تتهم» beside «يتهم»)."""
    word = tokens[hit.first].folded
    firsts = {alt[0] for alt in hit.trigger.segments[0] if alt}
    return (hit.trigger.tense == PERFECT and not word.startswith("ي")
            and not (word.startswith("ت") and "ي" + word[1:] in firsts))


def pronoun_at(tokens: Sequence[Word], hit: TriggerHit) -> int | None:
    """The relative pronoun right before an Arabic verb trigger, with a noun before it."""
    k = hit.first - 1
    if hit.trigger.lang != "ar" or not _perfect(tokens, hit) or k < 1:
        return None
    return k if markers().get(tokens[k].folded) == "relative" else None


def named_antecedent(tokens: Sequence[Word], hit: TriggerHit,
                     entities: Sequence[Entity]) -> Entity | None:
    """The named entity a relative pronoun right before a perfect verb hangs on: the entity
    whose last word is the word before the pronoun, one the knowledge base knows or gives a
    country (a party an event can be coded of; a name of no known party in a relative clause
    is a figure the article recalls, «في عصر ديكارت الذي دعا ...»)."""
    k = pronoun_at(tokens, hit)
    if k is None:
        return None
    word = tokens[k - 1]
    return next((e for e in entities if e.type in NAMED and e.start < word.end
                 and e.end == word.end and (e.kb_id or e.country)), None)


def clause_end(tokens: Sequence[Word], hit: TriggerHit) -> int:
    """Where the relative clause ends: the first comma, break, complementizer or relative
    pronoun after the verb (a character offset)."""
    for word in tokens[hit.last + 1 :]:
        if (word.text in PUNCTUATION_BREAKS or word.folded in complementizers()
                or markers().get(word.folded) == "relative"):
            return word.start
    return tokens[-1].end if tokens else 0


def relative_parties(found: Sequence[Mention], tokens: Sequence[Word], hit: TriggerHit,
                     lang: str, entities: Sequence[Entity]) -> list[Mention] | None:
    """The parties of a verb in a relative clause on a named party, in the order of a verb
    that comes first (the party as subject, then the clause's own mentions), or None when
    the verb is in no such clause."""
    if lang != "ar":
        return None
    party = named_antecedent(tokens, hit, entities)
    if party is None:
        return None
    subject = next((m for m in found if m.head is party and m.last == hit.first - 2
                    and m.prep is None and not m.outlet), None)
    if subject is None:
        return None
    end = clause_end(tokens, hit)
    return [subject, *(m for m in found if hit.start <= m.start < end)]
