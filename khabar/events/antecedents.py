"""What a pronoun or a bare role phrase stands for, and the person last named.

The entity stage gives a pronoun («وی», «او») or a lone role phrase («رئیس ستاد کل») the
key of the person it refers to; the readers of events and quotes want that person's named
mention, which carries the text, country and apposition the reference lacks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from khabar.doc import PRONOUN_SOURCE, ROLE_SOURCE, Doc, Entity
from khabar.entities.gazetteer import Word, words
from khabar.entities.titles import role_words
from khabar.events.participant_words import QUOTES, files_report, pronouns
from khabar.text.sentences import sentence_index

HELD_POST = "held_post"
"""An Arabic post standing alone for the person given it earlier (``arabic_posts``)."""
REFERRING_SOURCES = frozenset({PRONOUN_SOURCE, ROLE_SOURCE, HELD_POST})
"""Entity sources that refer back to a person named earlier (coreference in the entity stage,
and the event stage's own posts)."""


def named_antecedent(doc: Doc, entity: Entity) -> Entity:
    """The named mention a pronoun or a lone role phrase ("وی", "رئیس ستاد کل") refers to,
    which the entity stage marks by giving both the same key; the entity itself otherwise.
    The name carries the text, country and apposition that the pronoun lacks."""
    if entity.source not in REFERRING_SOURCES or entity.key is None:
        return entity
    for other in reversed(doc.entities):
        if (other.end <= entity.start and other.key == entity.key
                and other.source not in REFERRING_SOURCES):
            return other
    return entity


def named_people_before(doc: Doc, position: int) -> Iterator[Entity]:
    """The people named by name (not by a pronoun or a role phrase) whose mention ends by
    ``position``, the latest first."""
    return (e for e in reversed(doc.entities)
            if e.type == "PER" and e.end <= position and e.source not in REFERRING_SOURCES)


def last_person_before(doc: Doc, position: int,
                       skip: Sequence[tuple[int, int]] = (), since: int = 0) -> Entity | None:
    """The last person named before ``position`` outside ``skip`` spans (e.g. quotes),
    named at ``since`` or later."""
    best = None
    for entity in doc.entities:
        if entity.end > position:
            break
        if entity.type == "PER" and entity.start >= since and not files_report(entity) \
                and not starts_within(entity, skip):
            best = entity
    return named_antecedent(doc, best) if best is not None else None


class _Placed(Protocol):
    @property
    def start(self) -> int: ...


def starts_within(item: _Placed, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the entity or trigger hit starts inside one of ``spans`` (e.g. quoted
    words)."""
    return any(start <= item.start < end for start, end in spans)


def sentence_words(doc: Doc, position: int) -> list[Word]:
    """The words of the sentence holding a text position."""
    i = max(0, sentence_index(doc.sentences, position))
    if not doc.sentences:
        return words(doc.text, 0, len(doc.text))
    return words(doc.text, *doc.sentences[i])


def sentence_before(doc: Doc, start: int) -> list[Word]:
    """The words of the sentence that ends right before the one starting at ``start`` (none
    at the start)."""
    if start < 2:
        return []
    tokens = sentence_words(doc, start - 2)
    return [] if not tokens or tokens[-1].end > start else tokens


def stands_for_person(doc: Doc, tokens: Sequence[Word]) -> bool:
    """Whether these words open with a pronoun or a role word ("وی", "رئیس ...")."""
    for word in tokens:
        if word.text in QUOTES:
            continue
        return word.folded in pronouns(doc.lang == "ar") or word.folded in role_words()
    return False
