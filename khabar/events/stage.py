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
    token_index,
)
from khabar.events.quotes import find_quotes
from khabar.events.roles import assign
from khabar.events.state_actors import OFFICE, state_actors, title_country
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
    if mention is not None and mention.head.source == OFFICE:
        holder = _office_holder(doc, mention.head)
        return (holder, 0.7) if holder else (mention.head, 0.9)
    if mention is not None and is_role_phrase(doc, tokens, mention):
        person = last_person_before(doc, mention.start)
        return (person, 0.7) if person else (mention.head, 1.0)
    if mention is not None:
        return mention.head, 1.0
    if stands_for_person(tokens[at:]):
        return last_person_before(doc, tokens[at].start if at < len(tokens) else 0), 0.6
    return None, 0.0


OFFICE_REACH = 150
"""Characters before an office ("سفیر ژاپن") within which a person of unknown country may
be the one who holds it."""


def _office_holder(doc: Doc, office: Entity) -> Entity | None:
    """The person an office phrase stands for: the last person named before it, if of the
    office's country (or of none, and named just before)."""
    person = last_person_before(doc, office.start)
    if person is None:
        return None
    if person.country == office.country:
        return person
    return person if person.country is None and office.start - person.end < OFFICE_REACH else None


def _key(entity: Entity | None, fallback: Participant | None) -> str | None:
    if entity is not None:
        return entity.key or entity.kb_id or entity.text
    return fallback.kb_id if fallback else None


ATTRIBUTION_REACH = 8
"""Words after "به گزارش" within which the reporting outlet's name ends."""
ATTRIBUTION_CHAIN = 3
"""Words after one attribution within which another one continues it ("... به نقل از X،")."""


@lru_cache(maxsize=1)
def _attribution_firsts() -> frozenset[str]:
    """First words of the attribution markers ("به" of "به گزارش"), for markers glued to the
    word before them by a lost space ("سوریهبه گزارش" after a glued headline)."""
    return frozenset(phrase_key(word.split()[0]) for word, effect in load_tsv("events/markers.tsv")
                     if effect == "attribution" and len(word.split()) > 1)


@lru_cache(maxsize=1)
def _attribution_starts() -> frozenset[str]:
    """First words of every attribution marker: no marker starts at any other word."""
    return frozenset(phrase_key(word.split()[0]) for word, effect in load_tsv("events/markers.tsv")
                     if effect == "attribution")


@lru_cache(maxsize=1)
def _glued_firsts() -> tuple[str, ...]:
    return tuple(_attribution_firsts())


def _attribution_end(tokens: Sequence[Word], k: int) -> int | None:
    """Index of the last word of an attribution marker starting at word ``k``, if one does."""
    word = tokens[k].folded
    if word not in _attribution_starts() and not word.endswith(_glued_firsts()):
        return None
    for n in (1, 2, 3):
        joined = "".join(w.folded for w in tokens[k : k + n])
        if k + n <= len(tokens) and markers().get(joined) == "attribution":
            return k + n - 1
        glued = next((f for f in _attribution_firsts()
                      if tokens[k].folded.endswith(f) and len(tokens[k].folded) > len(f) + 1), None)
        if n > 1 and glued and k + n <= len(tokens):
            rest = glued + "".join(w.folded for w in tokens[k + 1 : k + n])
            if markers().get(rest) == "attribution":
                return k + n - 1
    return None


def _past_attribution(doc: Doc, tokens: Sequence[Word], last: int, start: int) -> tuple[int, int]:
    """(text position, word index) where the clause resumes after one attribution marker."""
    reach = tokens[last + 1 : last + 1 + ATTRIBUTION_REACH]
    for i, word in enumerate(reach):
        if word.text in "،,":
            return word.end, last + 2 + i
        if _attribution_end(tokens, last + 1 + i) is not None:
            return start, last + 1 + i  # "به گزارش X به نقل از Y،": the chain goes on
    if not reach:
        return start, last + 1
    limit = reach[-1].end
    named = next((e for e in doc.entities if tokens[last].end <= e.start < limit), None)
    if named is None:
        return start, last + 1
    return named.end, next((i for i, w in enumerate(tokens) if w.start >= named.end), len(tokens))


def _after_attribution(doc: Doc, tokens: Sequence[Word], start: int) -> int:
    """Where the clause starts once "به گزارش X،" / "نقلا عن X،" is skipped: after the comma,
    or, when the writer left it out, after the first name that follows the marker. A chain
    ("به گزارش X به نقل از Y،") is skipped whole."""
    k = 0
    while k < len(tokens):
        last = _attribution_end(tokens, k)
        if last is None:
            k += 1
            continue
        start, resume = _past_attribution(doc, tokens, last, start)
        chained = next((j for j in range(resume, min(resume + ATTRIBUTION_CHAIN, len(tokens)))
                        if _attribution_end(tokens, j) is not None), None)
        if chained is None:
            return start
        k = chained
    return start


def build_event(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, span: tuple[int, int],
                position: int, lang: str, generic: Sequence[Entity] = (),
                clause_start: int | None = None) -> Draft:
    """The event of one trigger hit; ``generic`` are the sentence's state actors and
    ``clause_start`` where its clause begins after any attribution (computed when None)."""
    start, end = span
    if clause_start is None:
        clause_start = _after_attribution(doc, tokens, start)
    found = mentions(doc, tokens, clause_start, end, generic)
    before = [m for m in found if m.end <= hit.start]
    after = [m for m in found if m.start >= hit.end or hit.start <= m.start < hit.end]
    roles = assign(lang, hit.trigger.roles, before, after, nominal=hit.trigger.tense == "noun",
                   tokens=tokens)
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
    actor_mention = roles.actor if roles.actor and (
        actor is roles.actor.head or roles.actor.head.source == OFFICE) else None
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
    country = (mention.country or apposition_country(doc, tokens, mention.head)
               or title_country(doc, tokens, token_index(tokens, mention.head.start)))
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


def direct_speech(doc: Doc) -> list[tuple[int, int]]:
    """Spans of direct quotes, which run on past their first sentence to the paragraph's end
    ("X گفت: ... . ... ."): what the speaker says there is told, not narrated."""
    quotes = doc.quotes or find_quotes(doc)
    return [(q.start, q.end) for q in quotes if q.direct]


VERBAL = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE"})
"""Acts done by saying: a noun after such a verb is what is asked for, refused, condemned or
agreed on ("طالب بالإفراج عن", "يرفض وقف إطلاق النار"), not an act that took place."""


def narrative_hits(hits: Sequence[TriggerHit], quoted: int) -> list[TriggerHit]:
    """Hits outside quoted speech; a noun mention yields to a verb of the same type, a weak
    noun ("حمله", "اجتماع") to any verb, and any noun to a verbal act before it: it is then
    the verb's topic ("condemned the attack", "demanded the release"), not an act of its
    own."""
    told = [h for h in hits if h.start < quoted and not h.first_person]
    verbs = {h.trigger.type for h in told if h.trigger.tense != "noun"}
    said = [h.start for h in told if h.trigger.tense != "noun" and h.trigger.type in VERBAL]
    return [h for h in told if h.trigger.tense != "noun"
            or (h.trigger.type not in verbs and not (verbs and h.trigger.weight < WEAK_NOUN)
                and not any(at < h.start for at in said))]


def find_events(doc: Doc, max_events: int = 4) -> list[Event]:
    lang = doc.lang if doc.lang in LANGUAGES else None
    if lang is None:
        return []
    drafts = []
    speech = direct_speech(doc)
    for position, (start, end) in enumerate(doc.sentences):
        span = _sentence_span(doc.text, start, end)
        tokens = words(doc.text, *span)
        quoted = _quote_start(tokens, span[1])
        hits = [h for h in narrative_hits(find_triggers(doc.text, tokens, lang), quoted)
                if not any(s <= h.start < e for s, e in speech)]
        if not hits:
            continue
        generic = state_actors(doc, tokens)
        clause = _after_attribution(doc, tokens, span[0])
        for hit in hits:
            drafts.append(build_event(doc, tokens, hit, span, position, lang, generic, clause))
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
