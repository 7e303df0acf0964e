"""The trigger-lexicon event stage: PLOVER events with actor, target, place and date.

For each sentence, triggers from the lexicon are matched outside quoted speech; the
clause's mentions give actor and target (``roles``); tense, negation and future
markers give the flags; a planned cooperative act becomes AGREE (PLOVER.md). Mentions
of the same happening (same type, actor and target) merge into the first one, which
gains confidence. The surest events are kept (setting ``events.max_per_article``), as
a headline would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from khabar.doc import Doc, Entity, Event, Participant, Place
from khabar.entities.gazetteer import Word, country_entries, phrase_key, words
from khabar.events.lexicon import LANGUAGES, TriggerHit, find_triggers
from khabar.events.participants import (
    Mention,
    apposition_country,
    is_role_phrase,
    last_person_before,
    mentions,
    participant,
    stands_for_person,
)
from khabar.events.roles import assign
from khabar.events.summary import summary_en
from khabar.registry import stage
from khabar.resources import load_tsv
from khabar.settings import Settings

"""Events kept per article, surest first (the conventions code the main events only)."""
MIN_CONFIDENCE = 0.35
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MARKER_WINDOW = 6
BACKGROUND_DAYS = 31
"""An act dated more than a month before publication is background (news reports the week)."""
WEAK_NOUN = 0.5
SYMMETRIC = frozenset({"CONSULT", "AGREE"})
"""Types where "A met B" and "B met A" are one happening."""


@dataclass
class Draft:
    event: Event
    actor_key: str | None
    target_key: str | None
    mentions: int = 1


@lru_cache(maxsize=1)
def markers() -> dict[str, str]:
    return {phrase_key(word): effect for word, effect in load_tsv("events/markers.tsv")}


@lru_cache(maxsize=1)
def context_cues() -> tuple[tuple[str, str], ...]:
    return tuple((phrase_key(cue), context) for cue, context in load_tsv("events/context_cues.tsv"))


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    return frozenset(phrase_key(form) for form, _ in load_tsv("events/speech_verbs.tsv"))


def _bare(word: str) -> str:
    """An Arabic word without its conjunction proclitic ("وقال" -> "قال")."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _quote_start(tokens: Sequence[Word], end: int) -> int:
    """Where quoted speech begins in a sentence: at a colon after a speech verb ("X گفت:").
    A colon with no speech verb before it ends a dateline ("واس- جدة:"), not a quote."""
    for k, word in enumerate(tokens):
        if word.text != ":":
            continue
        before = [_bare(w.folded) for w in tokens[max(0, k - 8) : k]]
        spans = {"".join(before[i : i + n]) for n in (1, 2, 3) for i in range(len(before))}
        if spans & speech_forms():
            return word.start
    return end


def _marker(tokens: Sequence[Word], first: int, effect: str, window: int) -> bool:
    for k in range(max(0, first - window), first):
        pair = tokens[k].folded + (tokens[k + 1].folded if k + 1 < len(tokens) else "")
        if markers().get(tokens[k].folded) == effect or markers().get(pair) == effect:
            return True
    return False


def _flags(hit: TriggerHit, tokens: Sequence[Word]) -> tuple[bool, bool]:
    """(future, negated) of a trigger in its sentence."""
    negated = hit.negated or _marker(tokens, hit.first, "negation", 2)
    future = hit.tense == "future" or _marker(tokens, hit.first, "future", MARKER_WINDOW)
    if hit.tense in ("present", "subjunctive") and hit.trigger.type in COOPERATIVE:
        future = True
    return future, negated


def _contexts(hit: TriggerHit, tokens: Sequence[Word], actor: Entity | None) -> list[str]:
    found = set(hit.trigger.contexts)
    text = " " + " ".join(w.folded for w in tokens) + " " + phrase_key(actor.role or "" if actor
                                                                          else "")
    for cue, context in context_cues():
        if " " + cue in text or (len(cue.split()) == 1 and cue in text.split()):
            found.add(context)
    return sorted(found)


def _place(entity: Entity, hit: TriggerHit) -> Place:
    kb_id = entity.kb_id or ""
    geonameid = int(kb_id.split(":")[1]) if kb_id.startswith("geonames:") else None
    # A place right after the trigger ("in Islamabad") is surer than one elsewhere in the clause.
    near = 0 <= entity.start - hit.end <= 40
    confidence = (0.8 if near else 0.6) if entity.lat is not None else 0.4
    return Place(entity.name_en, entity.country, entity.lat, entity.lon, geonameid,
                 entity.text, entity.start, entity.end, confidence)


def _places(doc: Doc, start: int, end: int) -> list[Entity]:
    return [e for e in doc.entities if e.type == "LOC" and start <= e.start and e.end <= end]


def _location(doc: Doc, hit: TriggerHit, start: int, end: int, visit: bool) -> Entity | None:
    places = _places(doc, start, end)
    cities = [p for p in places if p.lat is not None]
    if visit:
        ranked = cities + [p for p in places if p.lat is None]
        near = [p for p in ranked if p.start >= hit.start] or ranked
        return near[0] if near else None
    return cities[0] if cities else None


def _country_participant(place: Entity | None) -> Participant | None:
    if place is None or place.country is None:
        return None
    country = country_entries().get(place.country)
    if country is None:
        return None
    if place.lat is None:
        return participant(place)
    return Participant(name_en=country.name_en, kb_id=country.kb_id, country=place.country)


@dataclass(frozen=True)
class EventDate:
    value: str | None
    start: int | None = None
    end: int | None = None
    confidence: float | None = None
    historical: bool = False


def _date(doc: Doc, start: int, end: int) -> EventDate:
    """The clause's own date, else the publication date (the news of the day)."""
    published = doc.published[:10] if doc.published else None
    for mention in doc.dates:
        if start <= mention.start < end and mention.value:
            value = mention.value[:10]
            return EventDate(value, mention.start, mention.end, round(mention.confidence * 0.9, 3),
                             is_background(value, published))
    return EventDate(published, confidence=0.5 if published else None)


def is_background(value: str, published: str | None) -> bool:
    """A date well before publication tells history, not the day's news; a bare year
    ("در سال 1397") is history when it is before the year of publication."""
    if published is None or len(published) < 10:
        return False
    if len(value) < 10:
        return value[:4].isdigit() and published[:4].isdigit() and value[:4] < published[:4]
    try:
        gap = date.fromisoformat(published[:10]) - date.fromisoformat(value[:10])
    except ValueError:
        return False
    return gap.days > BACKGROUND_DAYS


def _resolve(doc: Doc, mention: Mention | None, tokens: Sequence[Word], at: int
             ) -> tuple[Entity | None, float]:
    """The entity of a mention, or the last person when a pronoun or role phrase stands there."""
    if mention is not None and is_role_phrase(doc, tokens, mention):
        person = last_person_before(doc, mention.start)
        return (person, 0.7) if person else (mention.head, 1.0)
    if mention is not None:
        return mention.head, 1.0
    if stands_for_person(tokens[at:]):
        return last_person_before(doc, tokens[at].start if at < len(tokens) else 0), 0.6
    return None, 0.0


def _key(entity: Entity | None, fallback: Participant | None) -> str | None:
    if entity is not None:
        return entity.key or entity.kb_id or entity.text
    return fallback.kb_id if fallback else None


ATTRIBUTION_REACH = 8
"""Words after "به گزارش" within which the reporting outlet's name ends."""


def _after_attribution(doc: Doc, tokens: Sequence[Word], start: int) -> int:
    """Where the clause starts once "به گزارش X،" / "نقلا عن X،" is skipped: after the comma,
    or, when the writer left it out, after the first name that follows the marker."""
    for k, word in enumerate(tokens):
        pair = word.folded + (tokens[k + 1].folded if k + 1 < len(tokens) else "")
        if "attribution" in (markers().get(word.folded), markers().get(pair)):
            reach = tokens[k : k + ATTRIBUTION_REACH]
            comma = next((w for w in reach if w.text in "،,"), None)
            if comma is not None:
                return comma.end
            limit = reach[-1].end
            named = next((e for e in doc.entities if word.end <= e.start < limit), None)
            return named.end if named else start
    return start


def build_event(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, span: tuple[int, int],
                position: int, lang: str) -> Draft:
    start, end = span
    found = mentions(doc, tokens, _after_attribution(doc, tokens, start), end)
    before = [m for m in found if m.end <= hit.start]
    after = [m for m in found if m.start >= hit.end or hit.start <= m.start < hit.end]
    roles = assign(lang, hit.trigger.roles, before, after, nominal=hit.trigger.tense == "noun")
    subject_at = hit.last + 1 if lang == "ar" else 0
    actor, actor_confidence = _resolve(doc, roles.actor, tokens, subject_at)
    if hit.trigger.roles in ("passive", "host"):
        actor, actor_confidence = (roles.actor.head, 1.0) if roles.actor else (None, 0.0)
    target_entity = roles.target.head if roles.target else None
    visit = hit.trigger.roles == "visit" or hit.trigger.mode == "visit"
    place = _location(doc, hit, start, end, visit)
    target = _with_country(participant(target_entity, 0.8 if target_entity else None),
                           roles.target, doc, tokens)
    if target is None and hit.trigger.roles == "visit":
        target = _country_participant(place)
        if target and actor and target.kb_id in (actor.kb_id, None) and actor.lat is None:
            target = None
    future, negated = _flags(hit, tokens)
    kind, mode = hit.trigger.type, hit.trigger.mode
    if future and kind in COOPERATIVE:
        kind, mode = "AGREE", None
    elif kind == "CONSULT":
        mode = _consult_mode(mode, place, actor, target)
    weight = hit.trigger.weight
    confidence = weight * (0.5 + 0.25 * actor_confidence + 0.15 * (target is not None)
                           + 0.1 * (position < 3))
    when = _date(doc, start, end)
    actor_mention = roles.actor if roles.actor and actor is roles.actor.head else None
    event = Event(
        start, end, type=kind, mode=mode, context=_contexts(hit, tokens, actor),
        actor=_with_country(participant(actor, actor_confidence or None), actor_mention, doc,
                            tokens),
        target=target, location=_place(place, hit) if place else None, date=when.value,
        confidence=round(confidence, 3), trigger=doc.text[hit.start:hit.end],
        negated=negated, future=future, historical=when.historical,
        date_start=when.start, date_end=when.end, date_confidence=when.confidence,
    )
    return Draft(event, _key(actor, None), _key(target_entity, target))


def _with_country(p: Participant | None, mention: Mention | None, doc: Doc,
                  tokens: Sequence[Word]) -> Participant | None:
    """A person's country from the apposition of the mention when the entity has none."""
    if p is None or p.country is not None or mention is None:
        return p
    country = mention.country or apposition_country(doc, tokens, mention.head)
    return replace(p, country=country) if country else p


def _consult_mode(mode: str | None, place: Entity | None, actor: Entity | None,
                  target: Participant | None) -> str | None:
    if mode != "meet":
        return mode
    here = place.country if place else None
    sides = {actor.country if actor else None, target.country if target else None}
    if here and target and target.country == here and (actor is None or actor.country != here):
        return "visit"
    if here and None not in sides and here not in sides:
        return "third-party"
    return None


def _compatible(kept: Draft, draft: Draft) -> bool:
    """Same type and flags, and no participant that contradicts: a mention that names fewer
    participants ("the kidnapping", "ربوده شد") retells the happening already coded."""
    a, b = kept.event, draft.event
    if (a.type, a.future, a.negated, a.historical) != (b.type, b.future, b.negated, b.historical):
        return False
    sides = ((kept.actor_key, draft.actor_key), (kept.target_key, draft.target_key))
    if any(x and y and x != y for x, y in sides):
        return False
    return not draft.actor_key or not draft.target_key


def merge(drafts: Sequence[Draft]) -> list[Draft]:
    """One event per happening: same type, actor, target and flags."""
    merged: dict[tuple[object, ...], Draft] = {}
    for draft in drafts:
        e = draft.event
        key: tuple[object, ...] = (e.type, draft.actor_key, draft.target_key, e.future,
                                   e.negated, e.historical)
        swapped = (e.type, draft.target_key, draft.actor_key, e.future, e.negated, e.historical)
        if e.type in SYMMETRIC and swapped in merged and draft.actor_key and draft.target_key:
            key = swapped
        if key not in merged:
            key = next((k for k, kept in merged.items() if _compatible(kept, draft)), key)
        if key in merged:
            kept = merged[key]
            kept.mentions += 1
            kept.event.confidence = round(min(0.99, kept.event.confidence + 0.1), 3)
        else:
            merged[key] = Draft(replace(e), draft.actor_key, draft.target_key)
    return list(merged.values())


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def narrative_hits(hits: Sequence[TriggerHit], quoted: int) -> list[TriggerHit]:
    """Hits outside quoted speech; a noun mention yields to a verb of the same type, and a
    weak noun ("حمله", "اجتماع") to any verb: it is then the verb's topic ("condemned the
    attack"), not an act of its own."""
    told = [h for h in hits if h.start < quoted and not h.first_person]
    verbs = {h.trigger.type for h in told if h.trigger.tense != "noun"}
    return [h for h in told if h.trigger.tense != "noun"
            or (h.trigger.type not in verbs and not (verbs and h.trigger.weight < WEAK_NOUN))]


def find_events(doc: Doc, max_events: int = 4) -> list[Event]:
    lang = doc.lang if doc.lang in LANGUAGES else None
    if lang is None:
        return []
    drafts = []
    for position, (start, end) in enumerate(doc.sentences):
        span = _sentence_span(doc.text, start, end)
        tokens = words(doc.text, *span)
        quoted = _quote_start(tokens, span[1])
        for hit in narrative_hits(find_triggers(doc.text, tokens, lang), quoted):
            drafts.append(build_event(doc, tokens, hit, span, position, lang))
    kept = [d for d in merge(drafts) if d.event.confidence >= MIN_CONFIDENCE]
    # Background acts count after the news of the day when choosing what to keep.
    kept.sort(key=lambda d: (d.event.historical, -d.event.confidence))
    events = sorted((d.event for d in kept[:max_events]), key=lambda e: (e.start, e.end))
    for event in events:
        event.summary_en = summary_en(event)
    return events


@stage(
    "khabar.events.triggers.v1",
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
