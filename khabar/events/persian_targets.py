"""The target a Persian act names only by where it struck, or as the other side of a joint act.

"هواپیماهای عربستان ... چندین حمله به فرودگاه و بندر «عدن» انجام داده‌اند": the attack
names no party as its object, only the place it hit, and the place's state is whom it was
done to (the event conventions code an airstrike on Aden as Saudi Arabia against Yemen).
So an attack with no target takes the country of the city it took place in, unless that is
the attacker's own country: a state's forces acting at home ("ارتش عراق در موصل ...") are
not attacking their own state, and the victims stay unnamed.

A joint act («رزمایش مشترک افسران اطلاعاتی نیروهای مسلح این کشور و ازبکستان») names both
its sides in its own phrase: the one named there that is not the actor is the target.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Entity, Participant
from khabar.entities.gazetteer import Word, phrase_key
from khabar.events.arguments import country_participant
from khabar.events.lexicon import TriggerHit
from khabar.events.merging import key_of
from khabar.events.participant_words import CLAUSE_BREAKS
from khabar.events.participants import Mention, participant
from khabar.resources import load_lines

ATTACKS = frozenset({"ASSAULT"})
PARTNER_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def joint_words() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in load_lines("events/joint_words_fa.txt"))


def persian_target(lang: str, hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
                   place: Entity | None, actor: Participant | None,
                   target: Participant | None, key: str | None
                   ) -> tuple[Participant | None, str | None]:
    """A Persian act's target and its merging key: the one found, else the other side of a
    joint act, else the city an attack struck (``struck_country``)."""
    if target is not None or lang != "fa":
        return target, key
    side = joint_partner(hit, tokens, found, actor)
    if side is not None:
        other = participant(side.head, PARTNER_CONFIDENCE)
        return other, key_of(side.head, other)
    return struck_country(lang, hit.trigger.type, place, actor, target, key)


def joint_partner(hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
                  actor: Participant | None) -> Mention | None:
    """The party named in a joint act's phrase, after it in its clause, that is not the
    actor's side (another country, or any party when the actor's is unknown)."""
    last = min(len(tokens) - 1, hit.last + 1)
    if not any(w.folded in joint_words() for w in tokens[hit.first : last + 1]):
        return None
    for mention in found:
        if mention.start < hit.end or mention.prep is not None:
            continue
        if any(w.text in CLAUSE_BREAKS for w in tokens[hit.last + 1 : mention.first]):
            return None
        country = mention.country or mention.head.country
        if actor is None or (country is not None and country != actor.country):
            return mention
    return None


def struck_country(lang: str, kind: str, place: Entity | None, actor: Participant | None,
                   target: Participant | None, key: str | None
                   ) -> tuple[Participant | None, str | None]:
    """A Persian attack's target and its merging key: the one found, else the country of
    the city the attack took place in (its KB id the key), else none."""
    if (target is not None or lang != "fa" or kind not in ATTACKS or place is None
            or place.country is None or (actor is not None and actor.country == place.country)):
        return target, key
    struck = country_participant(place)
    return (struck, struck.kb_id) if struck is not None else (target, key)
