"""Acts a speaker does by saying them: "X گفت: ... را محکوم می‌کنیم", "وقال: ندين بقوة ...".

Quoted speech is told, not narrated, so the event stage codes nothing inside a quote. A
speech act in the first person is the exception: condemning, rejecting, demanding or
threatening in one's own words is the act itself (PLOVER's verbal types), and its actor is
the quote's speaker, not the "we" of the verb. The target is the verb's object inside the
quote.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from khabar.doc import Doc, Participant, Quote
from khabar.entities.gazetteer import Word
from khabar.events.clauses import VERBAL, hypothetical
from khabar.events.lexicon import find_triggers
from khabar.events.merging import Draft
from khabar.events.persian_datelines import home_party
from khabar.events.persian_readings import other_sense_fa
from khabar.events.quotes import doc_quotes
from khabar.text.sentences import sentence_index

Builder = Callable[..., Draft]


def _speaker_key(speaker: Participant) -> str | None:
    return speaker.kb_id or speaker.name_en or speaker.text


def performatives(doc: Doc, sentence_words: Callable[[int, int], list[Word]], lang: str,
                  build: Builder) -> list[Draft]:
    """The first-person speech acts of the article's attributed quotes, each with its
    speaker as the actor (``build`` is the stage's ``build_event``)."""
    drafts = []
    for quote in doc_quotes(doc):
        if quote.speaker is None:
            continue
        tokens = sentence_words(quote.start, quote.end)
        for hit in find_triggers(doc.text, tokens, lang):
            # A wish or a plan in the first person ("بحث خواهیم کرد") is no act done.
            if (not hit.first_person or hit.trigger.type not in VERBAL
                    or hit.tense in ("subjunctive", "future") or hypothetical(hit, tokens)
                    or other_sense_fa(hit, tokens)):
                continue
            position = max(0, sentence_index(doc.sentences, quote.start))
            draft = build(doc, tokens, hit, (quote.start, quote.end), position, lang,
                          clause_start=quote.start)
            drafts.append(_spoken_by(doc, draft, quote, lang))
    return drafts


def _spoken_by(doc: Doc, draft: Draft, quote: Quote, lang: str) -> Draft:
    """The draft with the speaker as actor; what the verb's reading took for a subject
    ("ندين ... كوريا الشمالية": the first name after the verb) is its object. A Persian
    speaker of no known country is of the report's, as any other actor (``home_party``)."""
    speaker = quote.speaker
    assert speaker is not None
    event = draft.event
    target, target_key = event.target, draft.target_key
    if target is None and event.actor is not None and draft.actor_key != _speaker_key(speaker):
        target, target_key = event.actor, draft.actor_key
    actor = home_party(doc, lang, replace(speaker, confidence=speaker.confidence or 0.7), target)
    event = replace(event, actor=actor, target=target)
    return replace(draft, event=event, actor_key=_speaker_key(speaker), target_key=target_key)


__all__: Sequence[str] = ["performatives"]
