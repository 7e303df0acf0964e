"""A Persian pronoun that opens the sentence after a quote stands for the one quoted.

«حسنی مبارک ... در دیدارش با کاندولیزا رایس ... گفت: باید به حماس فرصتی داده شود ... . وی
از واشنگتن خواست ...»: the narration takes up again with «وی», and «وی» is the speaker it
left, not the last person named (Rice, named in the speaker's own clause; or a person named
inside the quote), whom the entity stage's pronoun reading (``entities.coref``: the last
person within reach) gives. The quote stage has already found the speaker; a sentence-opening
pronoun right after the sentence a quote opened in goes on with that speaker, whether the
quote ends there or is read as run on to the paragraph's end (the quote stage's reading of
«X گفت: ... .»); a quote opened further back may have run on over narration naming someone
else. Session 22 (2026-12-07), issue 6, engineer events_fa.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import PRONOUN_SOURCE, Doc, Entity, Quote
from khabar.entities.gazetteer import Word
from khabar.events.antecedents import named_antecedent
from khabar.events.participant_words import QUOTES


def opens_sentence(tokens: Sequence[Word], entity: Entity) -> bool:
    """Whether the pronoun is the sentence's first word (quotation marks aside)."""
    first = next((w for w in tokens if w.text not in QUOTES), None)
    return first is not None and first.start == entity.start


def _previous_sentence_start(doc: Doc, position: int) -> int:
    """Where the sentence before the one at ``position`` opens (0 for the first)."""
    starts = [start for start, _ in doc.sentences if start <= position]
    return starts[-2] if len(starts) > 1 else 0


def quote_before(doc: Doc, position: int) -> Quote | None:
    """The quote a sentence opening at ``position`` follows: the last one opened in the
    sentence before, whether it ends there or runs on. One opened further back may have run
    on over narration naming someone else («X گفت: ... . سپس Y ... . وی ...»)."""
    opened = _previous_sentence_start(doc, position)
    near = [q for q in doc.quotes if q.speaker is not None and opened <= q.start < position]
    return max(near, key=lambda q: q.start, default=None)


def speaker_entity(doc: Doc, quote: Quote) -> Entity | None:
    """The named person the quote's speaker was read from."""
    speaker = quote.speaker
    if speaker is None or speaker.start is None:
        return None
    found = next((e for e in doc.entities if e.type == "PER" and e.start == speaker.start),
                 None)
    return named_antecedent(doc, found) if found is not None else None


def quoted_speaker(doc: Doc, tokens: Sequence[Word], entity: Entity) -> Entity | None:
    """The speaker a sentence-opening Persian pronoun stands for, after a quote; None when
    the pronoun does not open its sentence or no quote comes right before it (a sentence of
    narration between may name someone else)."""
    if doc.lang != "fa" or entity.source != PRONOUN_SOURCE or not opens_sentence(tokens, entity):
        return None
    quote = quote_before(doc, entity.start)
    return speaker_entity(doc, quote) if quote is not None else None


def as_speaker(doc: Doc, tokens: Sequence[Word], entity: Entity) -> Entity:
    """The pronoun re-read as a mention of the quoted speaker it stands for (his key, name
    and country in place of those of the person the entity stage gave it); any other
    entity as it is."""
    speaker = quoted_speaker(doc, tokens, entity)
    if speaker is None or speaker.key is None:
        return entity
    return replace(entity, key=speaker.key, kb_id=speaker.kb_id, name_en=speaker.name_en,
                   country=speaker.country, role=speaker.role)
