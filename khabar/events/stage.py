"""The trigger-lexicon event stage: PLOVER events with actor, target, place and date.

For each sentence, triggers from the lexicon are matched outside quoted speech; the
clause's mentions give actor and target (``roles``); tense, negation and future
markers give the flags; a planned cooperative act becomes AGREE (PLOVER.md). Mentions
of the same happening (same type, actor and target) merge into the first one, which
gains confidence. The surest events are kept (setting ``events.max_per_article``), as
a headline would.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace

from khabar.doc import Doc, Entity, Event
from khabar.entities.gazetteer import Word
from khabar.entities.words import words
from khabar.events import dropped_subjects
from khabar.events.arabic_content import one_sided, sports_news, stance_roles, victim_roles
from khabar.events.arabic_names import subject_names, trigger_named
from khabar.events.arabic_passives import charged_object, unvoiced_passive
from khabar.events.arabic_plurals import plural_roles, unowned_plural
from khabar.events.arabic_posts import described_posts, held_posts, verb_parties
from khabar.events.arabic_readings import other_sense
from khabar.events.arabic_subjects import pronoun_subject, unnamed_subject
from khabar.events.arguments import (
    authorities,
    consult_mode,
    country_participant,
    host,
    hosted_here,
    location,
    patient,
    place_of,
    placeless_visit,
    resolve,
    surname_subject,
    with_country,
)
from khabar.events.clauses import (
    after_attribution,
    bare_reported_clause,
    both_sides,
    ceased,
    circumstance,
    definite,
    direct_speech,
    hypothetical,
    invocation,
    markers,
    narrative_hits,
    partner_aside,
    passive_phrase,
    possessed,
    quote_start,
    refers_back,
    reported_clause,
    sentence_span,
)
from khabar.events.complements import arabic_bare_clause, speaks_for_self
from khabar.events.dating import event_date, is_background
from khabar.events.doers import named_doer, relative_doer, relative_roles
from khabar.events.event_flags import (
    COOPERATIVE,
    event_contexts,
    future_negated,
    is_wished,
    negation_words,
)
from khabar.events.lexicon import (
    LANGUAGES,
    MARKS,
    TriggerHit,
    clause_words,
    find_triggers,
    participles,
)
from khabar.events.merging import Draft, fill_sides, key_of, merge, one_party
from khabar.events.participant_words import partyless
from khabar.events.participants import Mention, mentions, participant
from khabar.events.performatives import performatives
from khabar.events.persian_clauses import coordinated_start
from khabar.events.persian_datelines import home_party
from khabar.events.persian_nouns import told_cause
from khabar.events.persian_objects import thing_object
from khabar.events.persian_readings import convicted, other_sense_fa, sports_news_fa, visitorless
from khabar.events.persian_targets import persian_target
from khabar.events.roles import Roles, assign
from khabar.events.salience import headline_types, main_events
from khabar.events.state_actors import OFFICE, state_actors
from khabar.events.stated_acts_fa import stated_acts
from khabar.events.summary import summary_en
from khabar.events.support_verbs import supported
from khabar.registry import stage
from khabar.settings import Settings

__all__ = ["Draft", "build_event", "find_events", "is_background", "merge"]

MIN_CONFIDENCE = 0.35
CIRCUMSTANCE_REACH = 10
"""Words after a noun act tied in by a word of time within which its partner is named
("خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى اليمن X")."""
TOLD_WEIGHT = 0.8
"""The weight of a noun act a word of time ties to the sentence's verb: that of a verb."""
CONDEMNING = frozenset({"ACCUSE", "PROTEST"})
"""Acts against what someone did: the doer named after "by" ("تدين ... من قبل مسؤولي
إيران", "محکومیت حمله توسط X") is their target."""


def build_event(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, span: tuple[int, int],
                position: int, lang: str, generic: Sequence[Entity] = (),
                clause_start: int | None = None) -> Draft:
    """The event of one trigger hit; ``generic`` are the sentence's state actors and
    ``clause_start`` where its clause begins after any attribution (computed when None)."""
    start, end = span
    if clause_start is None:
        clause_start = after_attribution(doc, tokens, start)
    if lang == "fa":  # "... را پذیرفت و آمریکا او را ... محکوم کرد": the second clause's own
        clause_start = coordinated_start(doc, tokens, hit, clause_start, generic)
    if hit.trigger.roles == "subj" and passive_phrase(hit, tokens):
        hit = replace(hit, trigger=replace(hit.trigger, roles="passive"))
    found = [m for m in mentions(doc, tokens, clause_start, end, generic)
             if not (m.metonym and m.prep in ("from", "to") and not _beside(m, hit))
             and not (m.prep == "with" and partner_aside(tokens, hit, m.first))
             and not trigger_named(m.start, lang, tokens, hit)]
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
    roles = unnamed_subject(roles, hit, tokens, found, doc)  # «هاجمت امرأتان ... القنصلية»
    relative = relative_roles(found, tokens, hit, lang, doc)  # «المالكي الذي اتهم»: he acts
    roles, inner = (relative, None) if relative is not None else (roles, inner)
    roles = charged_object(roles, hit, tokens)  # «واتهم X بالفشل»: X is the accused
    after = [m for m in found if hit.start <= m.start < _relative_clause(tokens, hit, lang)]
    if roles.target is None and hit.trigger.type in CONDEMNING:
        roles = Roles(roles.actor, named_doer(after, tokens, hit))
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
    target_entity = roles.target.head if roles.target else None
    visit = hit.trigger.roles == "visit" or hit.trigger.mode == "visit"
    place = location(doc, hit, start, end, visit, roles.target)
    target = with_country(participant(target_entity, 0.8 if target_entity else None),
                           roles.target, doc, tokens)
    if target is None and hit.trigger.roles == "visit":
        target = country_participant(place)
        if target and actor and target.kb_id in (actor.kb_id, None) and actor.lat is None:
            target = None
    agent = with_country(participant(actor, actor_confidence or None), actor_mention(roles, actor),
                         doc, tokens)
    if agent is None and lang == "fa" and not unknown:  # a dropped subject: one told of before
        actor = dropped_subjects.dropped_subject(doc, tokens, hit, clause_start, position)
        agent = participant(actor, dropped_subjects.CONFIDENCE)
    if agent is None:
        agent = authorities(doc, hit.trigger.type, clause_start, end, place, hit.trigger.mode)
    conditional = hypothetical(hit, tokens)
    future, negated = future_negated(hit, tokens, conditional)
    kind, mode = hit.trigger.type, hit.trigger.mode
    actor_key = key_of(actor, agent)
    target, target_key = patient(doc, kind, tokens, clause_start, end, found, agent, target,
                                 key_of(target_entity, target))
    if target is None and kind in CONDEMNING:
        target = relative_doer(doc, tokens, hit, found, lang)
        target_key = (target.kb_id or target.name_en or target.text) if target else None
    # a bare person is of the report's country, unless he visits it (persian_datelines)
    agent = home_party(doc, lang, agent, target, place.country if place and visit else None,
                       target_key)
    target, target_key = persian_target(lang, hit, tokens, found, place, agent, target, target_key)
    target = home_party(doc, lang, target, agent, other_key=actor_key)
    if hosted_here(kind, mode, hit.trigger.roles, place, agent, target):
        agent, target, actor_key, target_key = target, host(agent, place), target_key, actor_key
    if future and kind in COOPERATIVE and not conditional:
        kind, mode = "AGREE", None
    elif kind == "CONSULT":
        mode = consult_mode(mode, place, agent, target)
    weight = hit.trigger.weight
    if ((hit.trigger.tense == "noun" and circumstance(hit, tokens) and possessed(hit, tokens))
            or told_cause(hit, tokens, roles.actor)):
        # "دعا خلال لقائه X": the sentence's verb places its subject's own meeting in time, so
        # it is told as held, as surely as by a verb; the bare noun's weight is for background.
        weight = max(weight, TOLD_WEIGHT)
    # The actor the event ends with counts, however found (a mention, a state's authorities).
    sure_actor = max(actor_confidence, (agent.confidence or 0.0) if agent else 0.0)
    confidence = weight * (0.5 + 0.25 * sure_actor + 0.15 * (target is not None)
                           + 0.1 * (position < 3))
    when = event_date(doc, tokens, hit, start, end, lang)
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
                 sides=sides is not None and (roles.actor is None or roles.actor.start > sides))


def _roles(found: Sequence[Mention], tokens: Sequence[Word], hit: TriggerHit, lang: str
           ) -> Roles:
    # A name the entity stage ran into the trigger ("... بن عبدالعزيز اتصالاً") is before it.
    before = [m for m in found if m.start < hit.start]
    after = [m for m in found if hit.start <= m.start < _relative_clause(tokens, hit, lang)]
    read = assign(lang, hit.trigger.roles, before, after, nominal=hit.trigger.tense == "noun",
                  tokens=tokens, last=hit.last, first=hit.first)
    return plural_roles(read, before, hit, tokens)


def _relative_clause(tokens: Sequence[Word], hit: TriggerHit, lang: str) -> int:
    """Where a relative clause, a participle's clause ("أدانت X الهجوم، داعية Y") or an
    attribution ("بحسب ما ذكرت صحيفة X") opens after an Arabic verb (its names are not the
    verb's own arguments); the sentence's end when none does."""
    if lang == "ar":
        # A noun act a word of time ties in ("خلال لقائه ببعض أنصاره ...") names its partner
        # close after it; names further on are the sentence's.
        reach = hit.last + 1 + CIRCUMSTANCE_REACH if circumstance(hit, tokens) else len(tokens)
        for k, word in enumerate(tokens[hit.last + 1 :], hit.last + 1):
            if (k >= reach or markers().get(word.folded) in ("relative", "attribution")
                    or word.folded in participles(lang)):
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


class SentenceWords:
    """The words of each sentence, cut from one pass over the whole text: the token
    pattern looks at no context outside its match, so the words inside a span are those of
    the span tokenized alone, unless a word straddles the span's edge (then it is)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # A bare vowel mark is a token of its own (a word never starts with one).
        # The entity stage tokenized this very text: its words are reused, not re-read.
        self.words = [w for w in words(text) if w.text[0] not in MARKS]
        self.starts = [w.start for w in self.words]

    def __call__(self, start: int, end: int) -> list[Word]:
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        inside = self.words[i:j]
        if (inside and inside[-1].end > end) or (i > 0 and self.words[i - 1].end > start):
            return clause_words(self.text, start, end)
        return inside


def find_events(doc: Doc, max_events: int = 4) -> list[Event]:
    lang = doc.lang if doc.lang in LANGUAGES else None
    sentence_words = SentenceWords(doc.text if lang else "")
    if lang is None or (sports_news if lang == "ar" else sports_news_fa)(sentence_words.words):
        return []
    drafts = []
    told: set[str] = set()
    speech = direct_speech(doc)
    posts = described_posts(doc, sentence_words)  # «أمير منطقة الرياض»: the emir named before
    for position, (start, end) in enumerate(doc.sentences):
        span = sentence_span(doc.text, start, end)
        tokens = sentence_words(*span)
        quoted = quote_start(tokens, span[1])
        names = subject_names(doc, tokens, lang)
        found = supported(doc.text, tokens, find_triggers(doc.text, tokens, lang, names),
                          lang, negation_words(), names)
        hits = [h for h in narrative_hits(found, quoted, tokens)
                if not any(s <= h.start < e for s, e in speech) and not refers_back(h, tokens)
                and not ceased(h, tokens)
                and (hypothetical(h, tokens) or not is_wished(h, tokens))
                and not placeless_visit(doc, h) and not invocation(h, tokens)
                and not other_sense(doc, h, found, tokens, span[1])
                and not other_sense_fa(h, tokens)
                and not (told and definite(h, tokens) and h.trigger.type in told)]
        hits = [convicted(h, tokens) for h in hits]  # «به ... حبس محکوم کرد»: a sentence
        # A conditional act is kept, flagged; it tells no act of its type yet.
        told.update(h.trigger.type for h in hits if not hypothetical(h, tokens))
        if not hits:
            continue
        generic = state_actors(doc, tokens)
        held = held_posts(doc, tokens, posts, generic)
        clause = after_attribution(doc, tokens, span[0])
        for hit in hits:
            parties = [*generic, *verb_parties(hit, held)]
            draft = build_event(doc, tokens, hit, span, position, lang, parties, clause)
            # A participle addressed to no one is the manner of the main verb ("أبدى انزعاجه
            # مطالبا بضرورة ..."), not an act of its own.
            if ((hit.trigger.roles != "participle" or draft.event.target is not None)
                    and not visitorless(hit, draft.event)
                    and not thing_object(hit, draft.event, tokens, doc.entities)
                    and not unowned_plural(hit, draft)):
                drafts.append(draft)
    drafts += performatives(doc, sentence_words, lang, build_event)
    drafts += stated_acts(doc, sentence_words, lang, build_event)
    fill_sides(drafts)
    drafts = [d for d in drafts if not one_party(d)]  # «ولم يتهم بلاتر»: Blatter -> Blatter
    kept = [d for d in merge(drafts) if d.event.confidence >= MIN_CONFIDENCE
            and not partyless(d.event, lang) and not one_sided(d, lang) and not one_party(d)]
    kept = main_events(kept, headline_types(doc, lang), max_events)
    events = sorted((d.event for d in kept), key=lambda e: (e.start, e.end))
    for event in events:
        event.summary_en = summary_en(event)
    return events


@stage(
    "khabar.events.triggers.v2",
    requires=("text", "sentences", "entities", "dates", "published"),
    assigns=("events",),
)
def make_events(settings: Settings) -> Callable[[Doc], Doc]:
    """PLOVER events from a Persian and Arabic trigger lexicon."""

    max_events = settings["events.max_per_article"]

    def events(doc: Doc) -> Doc:
        doc.events = find_events(doc, max_events)
        return doc

    return events
