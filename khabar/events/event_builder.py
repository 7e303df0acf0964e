"""The event of one trigger hit: its clause, parties, place, flags and confidence.

``build_event`` reads them in named steps (``_read_roles``, ``_actor``, ``_target``,
``_parties``, ``_confidence``); ``khabar.events.stage`` finds the hits and calls it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Doc, Entity, Event, Participant
from khabar.entities.gazetteer import Word
from khabar.events import dropped_subjects
from khabar.events.arabic_clash_sides import clash_sides
from khabar.events.arabic_condemned import condemned_nationality
from khabar.events.arabic_construct import clause_opening
from khabar.events.arabic_content import stance_roles, victim_roles
from khabar.events.arabic_deal_parties import deal_party
from khabar.events.arabic_definites import definite_subject
from khabar.events.arabic_names import subject_names, trigger_named
from khabar.events.arabic_noun_doers import noun_doer, own_doer
from khabar.events.arabic_owners import owner_subject
from khabar.events.arabic_passives import charged_object, powerless_passive, unvoiced_passive
from khabar.events.arabic_plurals import plural_roles
from khabar.events.arabic_requests import requested_by
from khabar.events.arabic_subjects import pronoun_subject, unnamed_subject
from khabar.events.arabic_undergone import undergone_roles
from khabar.events.arabic_victims import victims_here
from khabar.events.arguments import (
    authorities,
    consult_mode,
    country_participant,
    host,
    hosted_here,
    location,
    patient,
    place_of,
    resolve,
    surname_subject,
    with_country,
)
from khabar.events.casualty_attacks import teller_roles, toll_kept, weight
from khabar.events.clauses import (
    after_attribution,
    bare_reported_clause,
    both_sides,
    circumstance,
    hypothetical,
    markers,
    partner_aside,
    passive_phrase,
    possessed,
    reported_clause,
)
from khabar.events.complements import arabic_bare_clause, speaks_for_self
from khabar.events.dating import event_date
from khabar.events.doers import named_doer, relative_doer, relative_roles
from khabar.events.event_flags import COOPERATIVE, event_contexts, future_negated
from khabar.events.lexicon import TriggerHit, participles
from khabar.events.merging import Draft, key_of
from khabar.events.participants import Mention, mentions, participant
from khabar.events.persian_adverbials import adverbial_phrase
from khabar.events.persian_clauses import coordinated_start
from khabar.events.persian_datelines import home_party
from khabar.events.persian_nouns import told_cause
from khabar.events.persian_orders import ordered_roles
from khabar.events.persian_targets import persian_target
from khabar.events.roles import Roles, assign, coordinated_subject
from khabar.events.state_actors import OFFICE
from khabar.events.target_reach import beyond_reach

CIRCUMSTANCE_REACH = 10
"""Words after a noun act tied in by a word of time within which its partner is named
("خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى اليمن X")."""
TOLD_WEIGHT = 0.8
"""The weight of a noun act a word of time ties to the sentence's verb: that of a verb."""
ACTOR_SHARE = 0.25
"""What the actor's certainty adds to an event's confidence, per unit of its trigger's weight
(``_confidence``; ``arabic_claims`` adds it for a doer a later claim names)."""
TARGET_SHARE = 0.15
"""What a named target adds to an event's confidence, per unit of its trigger's weight
(``_confidence``; ``salience.sureness`` gives it back to a Persian act PLOVER needs no
recipient for)."""
CONDEMNING = frozenset({"ACCUSE", "PROTEST"})
"""Acts against what someone did: the doer named after "by" ("تدين ... من قبل مسؤولي
إيران", "محکومیت حمله توسط X") is their target."""



def build_event(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, span: tuple[int, int],
                position: int, lang: str, generic: Sequence[Entity] = (),
                clause_start: int | None = None) -> Draft:
    """The event of one trigger hit; ``generic`` are the sentence's state actors and
    ``clause_start`` where its clause begins after any attribution (computed when None)."""
    start, end = span
    clause_start = _clause_start(doc, tokens, hit, start, lang, generic, clause_start)
    # «وی با اشاره به حملات X ... گفت»: an act the speaker points at is not his own
    phrase = adverbial_phrase(tokens, hit, clause_start, end) if lang == "fa" else None
    clause_start = phrase if phrase is not None else clause_start
    if hit.trigger.roles == "subj" and passive_phrase(hit, tokens):
        hit = replace(hit, trigger=replace(hit.trigger, roles="passive"))
    found = _mentions(doc, tokens, hit, (clause_start, end), lang, generic)
    found, roles, inner, unknown = _read_roles(doc, tokens, hit, found, clause_start, lang)
    when = event_date(doc, tokens, hit, start, end, lang)
    # a toll dated long before publication recalls an old attack: no teller, no raise
    toll = not when.historical
    read = roles
    if toll:  # «أعلن X عن مقتل ... في هجوم»: X tells the toll
        roles = teller_roles(roles, hit, tokens, (clause_start, end))
    actor, actor_confidence, roles = _actor(doc, tokens, hit, roles, inner, clause_start, lang)
    if phrase is not None and roles.actor is None:  # not the speaker's pronoun before it
        actor, actor_confidence = None, 0.0
    target_entity = roles.target.head if roles.target else None
    visit = hit.trigger.roles == "visit" or hit.trigger.mode == "visit"
    place = location(doc, hit, start, end, visit, roles.target)
    target = _target(doc, tokens, hit, roles, place, actor)
    agent = with_country(participant(actor, actor_confidence or None), actor_mention(roles, actor),
                         doc, tokens)
    if agent is None and lang == "fa" and not unknown:  # a dropped subject
        actor = dropped_subjects.dropped_subject(doc, tokens, hit, clause_start, position)
        agent = participant(actor, dropped_subjects.CONFIDENCE)
    if agent is None:
        agent = authorities(doc, hit.trigger.type, clause_start, end, place, hit.trigger.mode)
    conditional = hypothetical(hit, tokens)
    future, negated = future_negated(hit, tokens, conditional)
    actor_key = key_of(actor, agent)
    agent, target, actor_key, target_key = _parties(
        doc, tokens, hit, (clause_start, end), found, (place, visit), lang,
        (agent, actor_key), (target, key_of(target_entity, target)))
    kind, mode = hit.trigger.type, hit.trigger.mode
    if future and kind in COOPERATIVE and not conditional:
        kind, mode = "AGREE", None
    elif kind == "CONSULT":
        mode = consult_mode(mode, place, agent, target)
    sure_actor = max(actor_confidence, (agent.confidence or 0.0) if agent else 0.0)
    confidence = _confidence(hit, tokens, roles, sure_actor, target, position, hit.trigger.weight)
    raised = weight(hit, tokens, (clause_start, end), agent) if toll else hit.trigger.weight
    plain = confidence
    if raised != hit.trigger.weight:  # «أعلن مسؤول عن مقتل ... في هجوم»: kept, not ranked higher
        confidence = toll_kept(confidence, _confidence(hit, tokens, roles, sure_actor, target,
                                                       position, raised))
    event = Event(
        start, end, type=kind, mode=mode, context=event_contexts(hit, tokens, actor),
        actor=agent, target=target, location=place_of(place, hit) if place else None,
        date=when.value,
        confidence=round(confidence, 3), trigger=doc.text[hit.start:hit.end],
        negated=negated, future=future, hypothetical=conditional, historical=when.historical,
        date_start=when.start, date_end=when.end, date_confidence=when.confidence,
    )
    sides = both_sides(tokens, clause_start, hit, lang)
    return Draft(event, actor_key, target_key, base_type=hit.trigger.type, told=when.told,
                 sides=sides is not None and (roles.actor is None or roles.actor.start > sides),
                 far_target=(beyond_reach(lang, tokens, hit, roles.actor, target, found)
                             or deal_party(lang, tokens, hit, target, found)),
                 victims=victims_here(doc, tokens, hit, (clause_start, end), place),
                 toll_plain=round(plain, 3) if confidence != plain else None,
                 teller_dropped=roles.actor is None and read.actor is not None)


def _clause_start(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, start: int, lang: str,
                  generic: Sequence[Entity], clause_start: int | None) -> int:
    """Where the hit's clause begins: after any attribution, and in Persian after the
    clause it is coordinated with."""
    if clause_start is None:
        clause_start = after_attribution(doc, tokens, start)
    if lang == "fa":  # "... را پذیرفت و آمریکا او را ... محکوم کرد": the second clause's own
        clause_start = coordinated_start(doc, tokens, hit, clause_start, generic)
    return clause_start


def _mentions(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, clause: tuple[int, int],
              lang: str, generic: Sequence[Entity]) -> list[Mention]:
    """The clause's mentions that may be the act's parties."""
    return [m for m in mentions(doc, tokens, clause[0], clause[1], generic)
            if not (m.metonym and m.prep in ("from", "to") and not _beside(m, hit))
            and not (m.prep == "with" and partner_aside(tokens, hit, m.first))
            and not trigger_named(m.start, lang, tokens, hit)]


def _read_roles(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, found: list[Mention],
                clause_start: int, lang: str
                ) -> tuple[list[Mention], Roles, int | None, bool]:
    """Actor and target mentions of the act; the mentions left to it, where a reported
    clause opens (``inner``) and whether its actor is unknown."""
    roles = victim_roles(stance_roles(_roles(found, tokens, hit, lang), hit), hit, tokens)
    roles = unvoiced_passive(roles, hit, tokens)  # «اعتقل الناشط X»: X was arrested
    # In reported speech ("X گفت که ایران ... فرستاده") the act is the reported clause's
    # subject's; with none there the speaker's own only when its verb agrees with him
    # (complements.speaks_for_self), else unknown; a passive act is not done to the speaker.
    inner = reported_clause(tokens, hit, subject_names(doc, tokens, lang))
    if inner is None:
        inner = (bare_reported_clause if lang == "fa" else arabic_bare_clause)(tokens, hit)
    unknown = False
    if inner is not None and inner > clause_start:
        reported = _roles([m for m in found if m.start >= inner], tokens, hit, lang)
        fronted = pronoun_subject(reported, found, tokens, hit, inner)  # «قال X إنه دعا Y»
        if fronted is not None:
            roles = fronted
        elif (reported.actor is not None or hit.trigger.roles == "passive"
                or not speaks_for_self(tokens, hit, inner, lang)):
            found, roles = [m for m in found if m.start >= inner], reported
            unknown = reported.actor is None
    roles = powerless_passive(roles, hit)  # «بأن عشرات المحتجين اعتقلوا»: they were arrested
    roles = unnamed_subject(roles, hit, tokens, found, doc)  # «هاجمت امرأتان ... القنصلية»
    roles = definite_subject(roles, hit, tokens, found, doc)  # «ودان المجلس العملية»
    roles = owner_subject(roles, hit, tokens, found)  # «حذرت الأمانة العامة لمجلس التعاون»
    relative = relative_roles(found, tokens, hit, lang, doc)  # «المالكي الذي اتهم»: he acts
    roles, inner = (relative, None) if relative is not None else (roles, inner)
    roles = charged_object(roles, hit, tokens)  # «واتهم X بالفشل»: X is the accused
    roles = requested_by(roles, hit, tokens, found)  # «بطلب من X»: X asked
    roles = noun_doer(roles, hit, tokens, found, doc)  # «القصف الروسي»: Russia bombed
    roles = undergone_roles(roles, hit, tokens, found)  # «تعرضت X لقصف من قبل Y»: Y shelled X
    roles = clash_sides(roles, hit, tokens, found)  # «اشتباكات بين X وY»: X fights Y
    roles = ordered_roles(roles, hit, tokens, found)  # «به دستور بازپرس X ... آزاد شد»
    after = [m for m in found if hit.start <= m.start < _relative_clause(tokens, hit, lang)]
    if roles.target is None and hit.trigger.type in CONDEMNING:
        roles = Roles(roles.actor, named_doer(after, tokens, hit))
    return found, roles, inner, unknown


def _actor(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, roles: Roles, inner: int | None,
           clause_start: int, lang: str) -> tuple[Entity | None, float, Roles]:
    """The actor entity and how sure it is (a pronoun's person, a bare surname's), and the
    roles, where an Arabic name read as the subject is the object."""
    subject_at = hit.last + 1 if lang == "ar" else 0
    actor, actor_confidence = resolve(doc, roles.actor, tokens, subject_at,
                                      surname=hit.trigger.tense != "noun")
    # A reported clause opens where its own subject stands, not the speaker's.
    named = surname_subject(doc, tokens, inner if inner is not None and inner > clause_start
                             else clause_start, roles.actor, hit)
    if named is not None:
        actor, actor_confidence = named, 0.7
        if lang == "ar" and roles.target is None and hit.trigger.roles == "subj":
            roles = Roles(roles.actor, roles.actor)  # the name read as subject is the object
    if hit.trigger.roles in ("passive", "host"):
        actor, actor_confidence = (roles.actor.head, 1.0) if roles.actor else (None, 0.0)
    return actor, actor_confidence, roles


def _target(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, roles: Roles,
            place: Entity | None, actor: Entity | None) -> Participant | None:
    """The target participant as the roles name it; a visit's, else the country it went to."""
    target_entity = roles.target.head if roles.target else None
    target = with_country(participant(target_entity, 0.8 if target_entity else None),
                           roles.target, doc, tokens)
    if target is None and hit.trigger.roles == "visit":
        target = country_participant(place)
        if target and actor and target.kb_id in (actor.kb_id, None) and actor.lat is None:
            target = None
    return target


Side = tuple[Participant | None, str | None]
"""A participant and its merging key."""


def _parties(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, clause: tuple[int, int],
             found: Sequence[Mention], where: tuple[Entity | None, bool], lang: str,
             actor: Side, target: Side
             ) -> tuple[Participant | None, Participant | None, str | None, str | None]:
    """Actor and target refined (``patient``, a condemned act's doer, the report's home
    country, a Persian target, the host of a meeting), with their merging keys; ``where``
    is the event's place and whether the act is a visit."""
    (place, visit), kind, mode = where, hit.trigger.type, hit.trigger.mode
    agent, actor_key = actor
    target_participant, target_key = patient(doc, kind, tokens, clause[0], clause[1], found,
                                             agent, *target, actor_key=actor_key, hit=hit)
    if target_participant is None and kind in CONDEMNING:
        target_participant = (relative_doer(doc, tokens, hit, found, lang)
                              or condemned_nationality(doc, tokens, hit, agent))
        target_key = ((target_participant.kb_id or target_participant.name_en
                       or target_participant.text) if target_participant else None)
    # a bare person is of the report's country, unless he visits it (persian_datelines)
    agent = home_party(doc, lang, agent, target_participant,
                       place.country if place and visit else None, target_key)
    target_participant, target_key = persian_target(lang, hit, tokens, found, place, agent,
                                                    actor_key, target_participant, target_key)
    target_participant = home_party(doc, lang, target_participant, agent, other_key=actor_key)
    if hosted_here(kind, mode, hit.trigger.roles, place, agent, target_participant):
        agent, target_participant, actor_key, target_key = (
            target_participant, host(agent, place), target_key, actor_key)
    return agent, target_participant, actor_key, target_key


def _confidence(hit: TriggerHit, tokens: Sequence[Word], roles: Roles, sure_actor: float,
                target: Participant | None, position: int, weight: float | None = None
                ) -> float:
    """How sure the event is: the trigger's weight (``weight``: raised for an attack noun
    told with its dead), the actor's certainty (``sure_actor``: however found, a mention or a
    state's authorities), a target, an early sentence."""
    weight = hit.trigger.weight if weight is None else weight
    if ((hit.trigger.tense == "noun" and circumstance(hit, tokens) and possessed(hit, tokens))
            or told_cause(hit, tokens, roles.actor)
            or (roles.actor is not None and own_doer(hit, tokens))):
        # "دعا خلال لقائه X": the sentence's verb places its subject's own meeting in time, so
        # it is told as held, as surely as by a verb; the bare noun's weight is for background.
        weight = max(weight, TOLD_WEIGHT)
    return weight * (0.5 + ACTOR_SHARE * sure_actor + TARGET_SHARE * (target is not None)
                     + 0.1 * (position < 3))


def _roles(found: Sequence[Mention], tokens: Sequence[Word], hit: TriggerHit, lang: str
           ) -> Roles:
    # A name the entity stage ran into the trigger ("... بن عبدالعزيز اتصالاً") is before it.
    before = [m for m in found if m.start < hit.start]
    after = [m for m in found if hit.start <= m.start < _relative_clause(tokens, hit, lang)]
    read = assign(lang, hit.trigger.roles, before, after, nominal=hit.trigger.tense == "noun",
                  tokens=tokens, last=hit.last, first=hit.first)
    if lang == "ar" and hit.trigger.roles == "subj" and hit.trigger.tense != "noun":
        # «أعرب X عن قلقه إزاء ... Y، وطالب»: X asked, not Y
        read = coordinated_subject(read, before, tokens, hit.first, not hit.trigger.plural)
    return plural_roles(read, before, hit, tokens)


def _relative_clause(tokens: Sequence[Word], hit: TriggerHit, lang: str) -> int:
    """Where a relative clause, a participle's clause ("أدانت X الهجوم، داعية Y"), an
    attribution ("بحسب ما ذكرت صحيفة X") or a new clause ("، كما ...") opens after an
    Arabic verb (its names are not the verb's own arguments); the sentence's end when none
    does."""
    if lang == "ar":
        # A noun act a word of time ties in ("خلال لقائه ببعض أنصاره ...") names its partner
        # close after it; names further on are the sentence's.
        reach = hit.last + 1 + CIRCUMSTANCE_REACH if circumstance(hit, tokens) else len(tokens)
        for k, word in enumerate(tokens[hit.last + 1 :], hit.last + 1):
            if (k >= reach or markers().get(word.folded) in ("relative", "attribution")
                    or word.folded in participles(lang) or clause_opening(tokens, k)):
                return word.start
    return tokens[-1].end if tokens else 0


METONYM_REACH = 2
"""Words between a trigger and a capital marked "from"/"to" that stands for its government:
"از اسلام‌آباد خواست", "سفر به تهران", but not "ارسال کمک‌ها از کابل به ... خواستار"."""


def _beside(mention: Mention, hit: TriggerHit) -> bool:
    return (hit.first - METONYM_REACH <= mention.last + 1
            and mention.first - 1 <= hit.last + METONYM_REACH)


def actor_mention(roles: Roles, actor: Entity | None) -> Mention | None:
    """The mention the actor was read from, when it was not a person named elsewhere."""
    if roles.actor and (actor is roles.actor.head or roles.actor.head.source == OFFICE):
        return roles.actor
    return None
