"""An act an Arabic subject underwent: «تعرضت مدينة حلب لقصف من قبل قوات النظام», «تعرض
الجنود لهجوم شنه حزب العمال الكردستاني», «تعرضت السفارة لهجوم من جماعة الحوثي».

«تعرّض لـ» 'to be subjected to' (undergo_verbs_ar.txt) takes the act as a verbal noun in its
«ل» phrase, and its own subject is the one the act is done to: the target, never the doer.
The doer, when the text names it, follows the noun: after «من قبل/من جانب/على يد» or a bare
«من», or as the subject of a verb of carrying it out with the noun's pronoun
(doing_verbs_ar.txt: «لهجوم شنه X»; an indefinite noun takes its relative clause without a
relative pronoun), or inside the act's own phrase: a nationality adjective of the noun
(«لضربات جوية تركية», ``arabic_noun_doers``), its genitive («لغارات طيران التحالف») or its
means («لقصف بدبابات تركية»). Read otherwise, the first name after the noun became the target
(«لهجوم شنه حزب العمال»: the PKK attacked) and a subject told far before the noun was lost.
Session 18 (2026-12-06), from Arabic grammar.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from khabar.entities.gazetteer import Word
from khabar.entities.words import listed_keys, phrase_key
from khabar.events.arabic_noun_doers import doing_forms, own_doer
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import CLAUSE_BREAKS, PUNCTUATION_BREAKS, prepositions
from khabar.events.participants import Mention
from khabar.events.roles import Roles

VERB_REACH = 10
"""Words from the act noun back to the verb «تعرض» (its subject and what describes it:
«تعرضت مناطق في محيط مدينة دوما بالغوطة الشرقية، لقصف»)."""
DOER_REACH = 4
"""Words after the act's phrase within which the doer's phrase opens (adjectives, a time:
«لقصف جوي عنيف من جانب القوات»)."""
LAM = "ل"
CONJUNCTIONS = "وف"
DOER_PREPOSITIONS = ("by", "from")
"""«من قبل/من جانب/على يد» and a bare «من» after the act: who did it."""
FROM = "من"
NAME_REACH = 2
"""Words after «من» (or the verb of carrying out) within which the doer's name opens
(«من قبل قوات النظام», «من جماعة الحوثي»)."""
SENTENCE_ENDS = PUNCTUATION_BREAKS - CLAUSE_BREAKS
PARTICLES = frozenset({phrase_key("قد"), phrase_key("لقد")})
"""Particles of the past that may stand between a fronted subject and «تعرض»."""
BY_OPENERS = frozenset({FROM, phrase_key("على")})
"""The first words of «من قبل», «من جانب», «على يد»."""


@cache
def undergo_verbs() -> frozenset[str]:
    return listed_keys("events/undergo_verbs_ar.txt")


def _undergoes(word: Word) -> bool:
    folded = word.folded
    return folded in undergo_verbs() or (
        folded[:1] in CONJUNCTIONS and folded[1:] in undergo_verbs())


@cache
def series_nouns() -> frozenset[str]:
    return listed_keys("events/undergone_series_nouns_ar.txt")


def _noun_at(hit: TriggerHit, tokens: Sequence[Word]) -> int | None:
    """The act noun's word: the last word of the hit whose «ل» is glued on it, else a noun
    of a series right before the hit with the «ل» («لحملات اعتقال», «لمحاولة اغتيال»)."""
    if hit.trigger.lang != "ar" or hit.last >= len(tokens):
        return None
    glued = next((k for k in range(hit.last, hit.first - 1, -1)
                  if tokens[k].folded.startswith(LAM) and len(tokens[k].folded) > 2), None)
    if glued is not None or hit.first < 1:
        return glued
    series = tokens[hit.first - 1].folded
    return hit.first - 1 if series[:1] == LAM and series[1:] in series_nouns() else None


def _verb_at(hit: TriggerHit, tokens: Sequence[Word], noun: int) -> int | None:
    """The word of «تعرض» whose «ل» phrase the act noun is: the hit's own first word, else
    within VERB_REACH words before the noun in its sentence."""
    for k in range(noun - 1, max(-1, noun - 1 - VERB_REACH), -1):
        if tokens[k].text in SENTENCE_ENDS:
            return None
        if _undergoes(tokens[k]):
            return k
    return None


def _patient(found: Sequence[Mention], tokens: Sequence[Word], verb: int,
             noun: int) -> Mention | None:
    """The verb's subject: the first bare name between it and the noun, else a name right
    before the verb (the subject told first: «الطفلة زينب تعرضت»), also with the particle
    «قد» between («أعضاء حزب التحرير قد تعرضوا»)."""
    between = next((m for m in found if verb < m.first < noun and m.prep is None), None)
    if between is not None:
        return between
    before = verb - 1 if verb < 1 or tokens[verb - 1].folded not in PARTICLES else verb - 2
    return next((m for m in reversed(found) if m.last == before and m.prep is None), None)


def _doer_words() -> frozenset[str]:
    """The words that open the doer's phrase: «من» and the words of "by" (قبل, جانب, يد)."""
    return frozenset({FROM, *(w for w, part in prepositions()[0].items() if part == "by")})


def _opens_by(tokens: Sequence[Word], k: int) -> bool:
    """Whether words ``k``, ``k + 1`` are «من قبل», «من جانب» or «على يد»: the phrase of the
    act's doer, which a comma before it does not end («لهجوم، من قبل حزب العمال»)."""
    return (k + 1 < len(tokens) and tokens[k].folded in BY_OPENERS
            and tokens[k + 1].folded in _doer_words() - {FROM})


def _doer(found: Sequence[Mention], tokens: Sequence[Word], end: int) -> Mention | None:
    """The doer named after the act's phrase, which ends at word ``end``: the first name
    within two words after «من (قبل)» or after a verb of carrying it out («لهجوم شنه X»);
    past a comma only after «من قبل/من جانب/على يد»."""
    for k in range(end + 1, min(len(tokens), end + 1 + DOER_REACH)):
        if tokens[k].text in PUNCTUATION_BREAKS:
            if tokens[k].text in SENTENCE_ENDS or not _opens_by(tokens, k + 1):
                return None
            continue
        if tokens[k].folded in doing_forms() or tokens[k].folded in _doer_words():
            return next((m for m in found if k < m.first <= k + NAME_REACH
                         and m.prep in (None, *DOER_PREPOSITIONS)), None)
    return None


def _in_phrase(actor: Mention | None, tokens: Sequence[Word], end: int) -> bool:
    """Whether the actor read is named inside the act's own phrase: its genitive
    («لغارات طيران التحالف») or its means («لقصف بدبابات تركية»), within DOER_REACH words
    after it with no punctuation between."""
    return actor is not None and end < actor.first <= end + DOER_REACH and not any(
        w.text in PUNCTUATION_BREAKS for w in tokens[end + 1 : actor.first])


def _genitive(found: Sequence[Mention], end: int) -> Mention | None:
    """The act noun's genitive, a bare name right after it («لغارات طيران التحالف»): in
    «تعرض X لـ NOUN Y», Y did the act to X, never the one it was done to."""
    return next((m for m in found if m.first == end + 1 and m.prep is None), None)


def undergone_roles(roles: Roles, hit: TriggerHit, tokens: Sequence[Word],
                    found: Sequence[Mention]) -> Roles:
    """The roles of an act told in the «ل» phrase of «تعرض»: the verb's subject is the
    target, the party after «من (قبل)» or a verb of carrying it out the actor (else none);
    else the roles as read."""
    noun = _noun_at(hit, tokens)
    verb = _verb_at(hit, tokens, noun) if noun is not None else None
    if noun is None or verb is None:
        return roles
    target = _patient(found, tokens, verb, noun)
    # «لضربات جوية تركية»: a doer the noun's own phrase names (arabic_noun_doers) stands
    actor = _doer(found, tokens, hit.last) or (
        roles.actor if own_doer(hit, tokens) or _in_phrase(roles.actor, tokens, hit.last)
        else _genitive(found, hit.last))
    if (target is None and actor is None and roles.target is not None
            and roles.target.first > hit.last):
        target = roles.target  # an unnamed subject («دورية»): the victim named after the act
    if actor is not None and target is not None and actor.key == target.key:
        target = None
    return Roles(actor, target)
