"""The partner of a Persian meeting named by a post or a group, not by a name.

Persian news tells many meetings whose other side is an office or a group of people it does
not name: «آیت‌الله X در دیدار شهردار و مدیران شهرداری قم گفت», «X در دیدار با امام جمعه
تربت‌حیدریه اظهار داشت», «در دیدار با جمعی از بازاریان», «با فرهنگیان شهربابک دیدار کرد».
The partner phrase opens right after the meeting noun (its genitive) or after the «با» of
the meeting, with a word of a post (``entities/role_words.txt``, the titles) or a plural
noun of people (``meeting_partners_fa.tsv``, ``group_nouns_fa.tsv``), after a partitive
(«جمعی از»). With no name there
(a named partner is found by the roles), the partner is an unnamed party of the country
named in its phrase, else of the actor's: those officials or that group, or the body whose
post it is, when the phrase names one of no country («مدیرکل میراث فرهنگی استان گلستان»).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Entity, Participant
from khabar.entities.gazetteer import Word, country_entries, phrase_key
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import CLAUSE_BREAKS, is_role
from khabar.events.participants import Mention, participant
from khabar.events.persian_groups import group_nouns
from khabar.events.persian_phrases import partitive_words
from khabar.resources import load_tsv
from khabar.text.persian_function_words import FROM

MEETINGS = frozenset({"CONSULT"})
WITH = phrase_key("با")
PHRASE_REACH = 6
"""Words of the partner phrase within which a country or a name of its own may stand
(«امام جمعه تربت‌حیدریه», «مسئولان و کارکنان وزارت اطلاعات»)."""
WITH_REACH = 12
"""Words before a meeting verb within which its «با» stands («با امام جمعه ... دیدار کرد»)."""
PARTNER_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def partner_nouns() -> dict[str, str]:
    """Folded noun -> English: meeting_partners_fa.tsv, then the group nouns."""
    listed = {phrase_key(noun): english
              for noun, english in load_tsv("events/meeting_partners_fa.tsv")}
    return {**{noun: english.lower() for noun, english in group_nouns().items()}, **listed}


def _opening(tokens: Sequence[Word], hit: TriggerHit) -> int | None:
    """The first word of the partner phrase: after a meeting noun («در دیدار [با] X»), else
    after the last «با» of the clause before the verb («با X دیدار کرد»)."""
    if hit.tense == "noun":
        k = hit.last + 1
        return k + 1 if k < len(tokens) and tokens[k].folded == WITH else k
    for k in range(hit.first - 1, max(-1, hit.first - 1 - WITH_REACH), -1):
        if tokens[k].text in CLAUSE_BREAKS:
            return None
        if tokens[k].folded == WITH:
            return k + 1
    return None


def _head(tokens: Sequence[Word], k: int) -> tuple[int, str | None] | None:
    """The partner's head word past a partitive, and the English of a group noun (None for
    a post); None when neither opens the phrase."""
    if k + 1 < len(tokens) and tokens[k].folded in partitive_words() and (
            tokens[k + 1].folded == FROM):
        k += 2
    if k >= len(tokens):
        return None
    word = tokens[k]
    if word.folded in partner_nouns():
        return k, partner_nouns()[word.folded]
    return (k, None) if is_role(word) else None


def unnamed_partner(hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
                    actor: Participant | None, place: Entity | None) -> Participant | None:
    """The partner of a meeting named by a post or a group (the module's note), or None.
    The actor stands before the meeting (a meeting noun's genitive with no subject before
    it, «دیدار و مذاکرات مقامات», is its own doer), and a meeting held in another country
    than the partner's («... با نمایندگان شرکتهای نفتی در امان») leaves the partner's
    country unknown."""
    if (hit.trigger.type not in MEETINGS or hit.trigger.roles != "subj" or actor is None
            or actor.start is None or actor.start >= hit.start):
        return None
    k = _opening(tokens, hit)
    head = _head(tokens, k) if k is not None else None
    if head is None:
        return None
    at, english = head
    reach = range(at, min(len(tokens), at + PHRASE_REACH))
    inside = [m for m in found if m.first in reach]
    country = next((m.country or m.head.country for m in inside
                    if m.country or m.head.country), None) or actor.country
    entry = country_entries().get(country) if country else None
    if entry is None or (place is not None and place.country not in (None, country)):
        return None
    body = next((m.head for m in inside if m.head.type == "ORG" and not m.head.country), None)
    if body is not None:  # «مدیرکل میراث فرهنگی استان گلستان»: the body the post heads
        party = participant(body, PARTNER_CONFIDENCE)
        return replace(party, country=country) if party else None
    word = tokens[at]
    kind = english or "officials"
    return Participant(text=word.text, start=word.start, end=word.end,
                       name_en=f"{entry.name_en} {kind}", country=country,
                       confidence=PARTNER_CONFIDENCE)
