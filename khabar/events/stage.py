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
from collections.abc import Callable

from khabar.doc import Doc, Event
from khabar.entities.gazetteer import Word
from khabar.entities.words import words
from khabar.events.antecedents import starts_within
from khabar.events.arabic_claims import claimed_attacks
from khabar.events.arabic_content import one_sided, sports_news
from khabar.events.arabic_honorifics import hit_honorifics, honorific_parties
from khabar.events.arabic_names import subject_names
from khabar.events.arabic_plurals import unowned_plural
from khabar.events.arabic_posts import described_posts, held_posts, verb_parties
from khabar.events.arabic_readings import other_sense
from khabar.events.arabic_victims import victims_as_targets
from khabar.events.arguments import placeless_visit
from khabar.events.casualty_attacks import told_elsewhere
from khabar.events.clauses import (
    after_attribution,
    ceased,
    definite,
    direct_speech,
    hypothetical,
    invocation,
    narrative_hits,
    quote_start,
    refers_back,
)
from khabar.events.dating import is_background
from khabar.events.event_builder import TARGET_SHARE, build_event
from khabar.events.event_flags import is_wished, negation_words
from khabar.events.headline_acts import reported_news, unnamed_news, vouched_kinds
from khabar.events.lexicon import (
    LANGUAGES,
    MARKS,
    clause_words,
    find_triggers,
)
from khabar.events.merging import Draft, fill_sides, merge, one_party
from khabar.events.other_acts import another_act
from khabar.events.participant_words import partyless
from khabar.events.party_entities import party_doc
from khabar.events.performatives import performatives
from khabar.events.persian_objects import thing_object
from khabar.events.persian_readings import convicted, other_sense_fa, sports_news_fa, visitorless
from khabar.events.persian_senses import HARM_TYPES, harm_news_fa, surnamed
from khabar.events.persian_welcomes import welcomed
from khabar.events.salience import headline_types, main_events
from khabar.events.state_actors import state_actors
from khabar.events.stated_acts_fa import stated_acts
from khabar.events.summary import summary_en
from khabar.events.support_verbs import supported
from khabar.events.target_reach import drop_far_targets
from khabar.registry import stage
from khabar.settings import Settings
from khabar.text.sentences import unspaced

__all__ = ["Draft", "build_event", "find_events", "is_background", "merge"]

MIN_CONFIDENCE = 0.35


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

    def starting_in(self, start: int, end: int) -> list[Word]:
        """The words that start inside ``[start, end)``, as the whole text cut them (a word
        straddling ``end`` whole)."""
        return self.words[bisect_left(self.starts, start):bisect_left(self.starts, end)]

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
    headline = headline_types(doc, lang)
    vouched = vouched_kinds(doc, lang, headline)  # «دستگیری 8 سارق»: arrests are the news
    speech = direct_speech(doc)
    # «دیابت ... سلول‌ها حمله می‌کنند»: on health news, attacks and threats are no acts
    harmless = HARM_TYPES if lang == "fa" and harm_news_fa(sentence_words.words) else ()
    posts = described_posts(doc, sentence_words)  # «أمير منطقة الرياض»: the emir named before
    for position, (start, end) in enumerate(doc.sentences):
        span = unspaced(doc.text, start, end)
        tokens = sentence_words(*span)
        quoted = opened = quote_start(tokens, span[1])
        names = subject_names(doc, tokens, lang)
        found = supported(doc.text, tokens, find_triggers(doc.text, tokens, lang, names),
                          lang, negation_words(), names)
        news = [h for h in found if reported_news(doc.text, h, vouched)]  # a source's words
        if news:
            found, quoted = [h for h in found if h.start < quoted or h in news], span[1]
        hits = [h for h in narrative_hits(found, quoted, tokens)
                if (h in news or not starts_within(h, speech))
                and not refers_back(h, tokens)
                and not ceased(h, tokens)
                and (hypothetical(h, tokens) or not is_wished(h, tokens))
                and not placeless_visit(doc, h) and not invocation(h, tokens)
                and not other_sense(doc, h, found, tokens, span[1])
                and not other_sense_fa(h, tokens) and h.trigger.type not in harmless
                and not surnamed(h, doc.entities)
                and not (told and definite(h, tokens) and h.trigger.type in told)]
        hits = [convicted(h, tokens) for h in hits]  # «به ... حبس محکوم کرد»: a sentence
        hits = [welcomed(h, tokens) for h in hits]  # «از قطعنامه ... استقبال کرد»: SUPPORT
        # A conditional act is kept, flagged; it tells no act of its type yet.
        told.update(h.trigger.type for h in hits if not hypothetical(h, tokens))
        if not hits:
            continue
        generic = state_actors(doc, tokens)
        held = held_posts(doc, tokens, posts, generic)
        honorifics = honorific_parties(doc, tokens)  # «وعبر سموه»: the prince named before
        clause = after_attribution(doc, tokens, span[0])
        for hit in hits:
            parties = [*generic, *verb_parties(hit, held), *hit_honorifics(hit, honorifics)]
            # «نشریه X نوشت: سازمان Y ... را تهدید کرده است»: the reporter is no party
            own = max(clause, opened) if hit.start >= opened else clause
            draft = build_event(doc, tokens, hit, span, position, lang, parties, own)
            draft.another = another_act(hit, tokens)
            draft.target_share = TARGET_SHARE * hit.trigger.weight
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
    drafts = told_elsewhere(drafts, doc.text)  # a toll beside an attack told otherwise retells it
    merged = merge(drafts)
    if lang == "ar":  # «وأعلنت حركة طالبان مسؤوليتها عنه»: the attack told before is theirs
        merged = claimed_attacks(doc, sentence_words.starting_in, merged)
    kept = [d for d in merged if d.event.confidence >= MIN_CONFIDENCE
            and (not partyless(d.event, lang) or unnamed_news(d, vouched))
            and not one_sided(d, lang) and not one_party(d)]
    kept = main_events(kept, headline, max_events, lang)
    drop_far_targets(kept)  # «... المتاخم لإيران»: a name in a later clause is no target
    victims_as_targets(kept)  # «قتل ثلاثة جنود ... بانفجار عبوة في جنوب شرق تركيا»
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
        doc.events = find_events(party_doc(doc), max_events)
        return doc

    return events
