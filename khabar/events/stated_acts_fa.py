"""Persian acts a quote states for a party named in it.

Quoted speech is told, not narrated, so the event stage codes nothing inside a quote but
a speaker's own first-person speech acts (``performatives``). Two more kinds of quoted
sentence are acts all the same:

- a verbal act in the present tense whose subject the quote names ("سخنگو تصریح کرد:
  جمهوری اسلامی ایران از دولت عراق می‌خواهد ...", "دولت آمریکا ... را محکوم می‌کند"): a
  spokesman's statement of what his state or body condemns, asks or rejects is that
  party's act, done by saying it, as "we condemn" is the speaker's;
- a party named right before «باید» ('must': "کنگره آمریکا باید ... دعوت کند"): the
  speaker demands it of that party, which PLOVER codes as REQUEST with the speaker as
  actor and the party as recipient. Not when the party is the speaker or of the speaker's
  own country ("ایران باید ..." said by an Iranian official is a goal, not a demand).

A past or future act in a quote ("X حمله کرد") is the speaker's account of what others
did or will do, and stays uncoded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Doc, Participant, Quote
from khabar.entities.gazetteer import Word
from khabar.entities.words import listed_keys
from khabar.events.clauses import VERBAL, hypothetical, narrative_hits
from khabar.events.doers import PERSIAN_RELATIVE
from khabar.events.lexicon import (
    Trigger,
    TriggerHit,
    compile_segments,
    find_triggers,
    triggers,
)
from khabar.events.merging import Draft
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.events.persian_datelines import home_party
from khabar.events.persian_readings import other_sense_fa
from khabar.events.quotes import doc_quotes
from khabar.normalize.fold import fold
from khabar.resources import load_tsv
from khabar.text.persian_verbs import stem_forms
from khabar.text.sentences import sentence_index

Builder = Callable[..., Draft]

DEMAND_TYPE = "REQUEST"
"""PLOVER: REQUEST covers requests, demands and orders."""
DEMAND_WEIGHT = 0.6
DEMAND_REACH = 2
"""Words between the demanded party's name and «باید» ("آمریکا هم اکنون باید")."""


def demand_words() -> frozenset[str]:
    return listed_keys("events/demand_words_fa.txt")


@lru_cache(maxsize=1)
def _demand_trigger() -> Trigger:
    return Trigger("باید", DEMAND_TYPE, None, (), "subj", "present", DEMAND_WEIGHT,
                   compile_segments("باید"), "fa")


def stated_acts(doc: Doc, sentence_words: Callable[[int, int], list[Word]], lang: str,
                build: Builder) -> list[Draft]:
    """The statements and demands of the article's direct quotes (``build`` is the
    stage's ``build_event``)."""
    if lang != "fa":
        return []
    drafts: list[Draft] = []
    for quote in doc_quotes(doc):
        if not quote.direct:
            continue
        for start, end in doc.sentences[max(0, sentence_index(doc.sentences, quote.start)):]:
            if start >= quote.end:
                break
            span = (max(start, quote.start), min(end, quote.end))
            tokens = sentence_words(*span)
            if not tokens:
                continue
            position = max(0, sentence_index(doc.sentences, span[0]))
            drafts += _statements(doc, tokens, span, position, build)
            drafts += _demands(doc, tokens, span, position, build, quote)
    return drafts


def _named_before(draft: Draft, span: tuple[int, int], at: int) -> bool:
    """The act's actor is a name inside the quoted clause, before the trigger."""
    actor = draft.event.actor
    return (actor is not None and actor.start is not None and actor.end is not None
            and span[0] <= actor.start and actor.end <= at)


@lru_cache(maxsize=1)
def present_cues() -> frozenset[str]:
    """The first words of every present-tense light-verb form and present-tense trigger
    row: a quoted sentence with none of them states no act in the present, and its
    triggers need not be sought (the event stage's CPU)."""
    cues = {fold(form.split()[0]) for verb, form, tense, _ in load_tsv("events/light_verbs_fa.tsv")
            if tense == "present"}
    cues.update(fold(form.split()[0]) for generated in stem_forms().values()
                for form, tense, _ in generated if tense == "present")
    cues.update(alt[0].rstrip("*") for trigger in triggers("fa") if trigger.tense == "present"
                for alt in trigger.segments[0])
    return frozenset(cues)


def _statements(doc: Doc, tokens: Sequence[Word], span: tuple[int, int], position: int,
                build: Builder) -> list[Draft]:
    if not any(w.folded in present_cues() for w in tokens):
        return []
    found = []
    for hit in narrative_hits(find_triggers(doc.text, tokens, "fa"), span[1], tokens):
        if (hit.trigger.type not in VERBAL or hit.tense != "present"
                or hypothetical(hit, tokens) or other_sense_fa(hit, tokens)):
            continue
        draft = build(doc, tokens, hit, span, position, "fa", clause_start=span[0])
        if _named_before(draft, span, hit.start):
            found.append(draft)
    return found


def _demands(doc: Doc, tokens: Sequence[Word], span: tuple[int, int], position: int,
             build: Builder, quote: Quote) -> list[Draft]:
    speaker = quote.speaker
    if speaker is None:
        return []
    found = []
    ends = {e.end for e in doc.entities if span[0] <= e.end <= span[1]}
    for k, word in enumerate(tokens):
        # A party's name (or a body's, which ends in its country's) closes right before.
        if (word.folded not in demand_words()
                or not any(w.end in ends for w in tokens[max(0, k - DEMAND_REACH - 1) : k])):
            continue
        hit = TriggerHit(word.start, word.end, k, k, _demand_trigger(), "present", False)
        draft = build(doc, tokens, hit, span, position, "fa", clause_start=span[0])
        party = draft.event.actor
        if (not _named_before(draft, span, word.start) or party is None
                or not _right_before(tokens, party, k) or _own_side(party, speaker)):
            continue
        # a speaker of no known country is of the report's, as any other actor
        actor = home_party(doc, "fa", replace(speaker, confidence=speaker.confidence or 0.7), party)
        event = replace(draft.event, actor=actor, target=party, future=False)
        found.append(replace(draft, event=event, actor_key=_key(speaker),
                             target_key=draft.actor_key))
    return found


def _right_before(tokens: Sequence[Word], party: Participant, k: int) -> bool:
    """The party's name ends at most DEMAND_REACH words before word ``k``, in its clause,
    and opens a main clause: after «که» it is inside a relative one ("حقوقی که ایران باید
    از آن برخوردار شود": rights Iran should enjoy), which demands nothing."""
    between = [w for w in tokens[:k] if party.end is not None and w.start >= party.end]
    before = [w for w in tokens[:k] if party.start is not None and w.end <= party.start]
    return (len(between) <= DEMAND_REACH and not (before and before[-1].folded == PERSIAN_RELATIVE)
            and not any(w.text in PUNCTUATION_BREAKS or w.folded == "و" for w in between))


def _own_side(party: Participant, speaker: Participant) -> bool:
    return (_key(party) == _key(speaker)
            or (party.country is not None and party.country == speaker.country))


def _key(party: Participant) -> str | None:
    return party.kb_id or party.name_en or party.text


__all__: Sequence[str] = ["stated_acts"]
