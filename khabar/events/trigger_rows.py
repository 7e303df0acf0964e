"""The trigger rows: data (``resources/events/triggers_{lang}.tsv``) compiled into patterns.

A pattern is segments joined by " … "; a segment is alternatives joined by "|"; an
alternative is words, where "word*" matches a prefix and "{class}" any form of a Persian
light verb (``light_verbs_fa.tsv``), whose form gives the tense and polarity. Matching them
against words is ``khabar.events.lexicon``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from khabar.entities.gazetteer import PhraseIndex
from khabar.errors import ResourceError
from khabar.events.arabic_forms import (
    definite_trigger,
    first_person_trigger,
    future_trigger,
    imperfect_trigger,
)
from khabar.events.arabic_plurals import plural_triggers
from khabar.normalize.fold import fold
from khabar.resources import load_tsv
from khabar.text.persian_verbs import stem_forms

LANGUAGES = ("fa", "ar")

_FIRST = ("يم", "م")
"""Endings of first-person Persian verb forms (کردیم, کردم, خواهیم): quoted speech."""

Alternative = tuple[str, ...]
"""Folded words; "w*" a prefix, "{c}" a light-verb class."""


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    roles: str
    tense: str | None
    weight: float
    segments: tuple[tuple[Alternative, ...], ...]
    lang: str
    first_person: bool = False
    """An Arabic first-person imperfect ("ندين", "نرفض"): someone's own speech."""
    plural: bool = False
    """An Arabic plural or dual verb ("هاجموا", "اتفقا"): its subject is never after it."""


@dataclass(frozen=True, slots=True)
class TriggerHit:
    start: int
    end: int
    first: int
    last: int
    trigger: Trigger
    tense: str
    negated: bool
    first_person: bool = False
    """The verb is in the first person: the clause is someone's speech."""
    shared: int | None = None
    """Where the words shared with a later trigger begin: the «و» of a Persian light verb
    left out after the first of two nominals («دستگیر و روانه زندان شدند»)."""


def _compile_word(word: str) -> str:
    if word.startswith("{"):
        return word
    return fold(word[:-1]) + "*" if word.endswith("*") else fold(word)


def compile_segments(pattern: str) -> tuple[tuple[Alternative, ...], ...]:
    return tuple(
        tuple(tuple(_compile_word(w) for w in alt.split()) for alt in segment.split("|"))
        for segment in pattern.split(" … ")
    )


def _trigger(row: tuple[str, ...], lang: str, name: str) -> Trigger:
    cells = [*row, *[""] * (7 - len(row))]
    pattern, kind, mode, contexts, roles, tense, weight = cells[:7]
    try:
        value = float(weight) if weight else 0.5
    except ValueError as error:
        raise ResourceError(f"{name}: weight {weight!r} of {pattern!r} is not a number") from error
    return Trigger(
        pattern, kind, mode or None, tuple(c for c in contexts.split(",") if c),
        roles or "subj", tense or None, value, compile_segments(pattern), lang,
    )


@cache
def triggers(lang: str) -> tuple[Trigger, ...]:
    """The trigger rows of one language (empty for a language without a lexicon)."""
    if lang not in LANGUAGES:
        return ()
    name = f"events/triggers_{lang}.tsv"
    rows = tuple(_trigger(row, lang, name) for row in load_tsv(name))
    if lang != "ar":
        return rows
    rows += tuple(t for t in map(imperfect_trigger, rows) if t is not None)
    rows += tuple(t for t in map(definite_trigger, rows) if t is not None)
    rows += plural_triggers(rows)
    rows += tuple(t for t in map(future_trigger, rows) if t is not None)
    singular = (t for t in rows if not t.plural)
    return rows + tuple(t for t in map(first_person_trigger, singular) if t is not None)


@cache
def participles(lang: str) -> frozenset[str]:
    """The first words of participle rows ("داعيا", "مطالبة"), folded: each opens a clause
    of its own, whose names are not the verb's before it."""
    return frozenset(alt[0] for t in triggers(lang) if t.roles == "participle"
                     for alt in t.segments[0] if alt)


@lru_cache(maxsize=1)
def light_verbs() -> dict[str, PhraseIndex[tuple[str, bool, bool]]]:
    """Light-verb class to an index of its forms: (tense, negated, first person)."""
    classes: dict[str, PhraseIndex[tuple[str, bool, bool]]] = {}
    for verb, form, tense, polarity in load_tsv("events/light_verbs_fa.tsv"):
        classes.setdefault(verb, PhraseIndex()).add(form, (tense, polarity == "-",
                                                          _first_person(form)))
    # The regular forms from the stems; a listed form keeps its listed reading.
    for verb, generated in stem_forms().items():
        index = classes.setdefault(verb, PhraseIndex())
        for form, tense, negated in generated:
            index.add(form, (tense, negated, _first_person(form)), replace=False)
    return classes


def _first_person(form: str) -> bool:
    return any(word.endswith(_FIRST) for word in fold(form).split())
