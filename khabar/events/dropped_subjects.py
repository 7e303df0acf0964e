"""Who does a Persian act told with no subject: the person the text goes on about.

Persian drops a subject the reader knows ("... در اظهاراتی خطاب به خبرنگاران از مردم
عذرخواهی کرد"): the verb's ending alone says who, and a third-person singular verb with no
subject of its own is done by the person the text last made its subject, usually in the
sentence before. The reading is kept narrow so as not to hand a stranger's act to him:
the verb must be third-person singular; its clause must open with a preposition, after any
words of sequence or time ("همچنین", "روز سه‌شنبه": ``subjectless_openers_fa.tsv``), for
a subject phrase opens a clause, so such a clause has none the entity stage missed; no
name may stand unmarked before the verb, nor a "که" opening a clause of its own; and the
earlier sentence must open with that person, not with an organisation or a place, which
would be the subject instead. A verb of arriving is left alone: goods and money "enter"
as often as people do.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word
from khabar.events.antecedents import named_antecedent
from khabar.events.clauses import after_attribution
from khabar.events.lexicon import TriggerHit, clause_words
from khabar.events.participants import mentions
from khabar.events.persian_groups import unnamed_group
from khabar.normalize.fold import fold
from khabar.resources import load_tsv
from khabar.text.persian_verbs import (
    FUTURE,
    PROGRESSIVE,
    negative,
    stem_forms,
    subjunctive,
)
from khabar.text.sentences import unspaced

REACH = 2
"""Sentences back in which the dropped subject is looked for: further back, the text has
usually moved on to someone else."""
PERFECT_THIRD = ("", " است", "\u200cاست", " بود", " باشد")
"""After the past participle, the third-person singular tails (کرده, کرده است, کرده بود)."""
CONJUNCTIONS = frozenset({"و"})
"""Words that join a clause to the one before without changing its subject."""
VERB_WORDS = 3
"""Words a light-verb form spans at most ("خواهد کرد", "می کند", "کرده است")."""
CONFIDENCE = 0.6
"""How sure a dropped subject is: as sure as a pronoun standing for the last person named."""


def _third_singular(past: str, present: str) -> set[str]:
    found = {past, past + "ه" + PERFECT_THIRD[1]}
    found.update(past + "ه" + tail for tail in PERFECT_THIRD)
    found.update(prefix + past for prefix in PROGRESSIVE)
    found.update(prefix + present + "د" for prefix in PROGRESSIVE)
    found.update({present + "د", subjunctive(present + "د"), f"{FUTURE[2]} {past}"})
    return found | {negative(form) for form in found}


@lru_cache(maxsize=1)
def third_singular_forms() -> frozenset[str]:
    """The folded third-person singular forms of every Persian light verb."""
    found: set[str] = set()
    for _, past, present in load_tsv("events/verb_stems_fa.tsv"):
        found |= _third_singular(past, present)
    return frozenset(fold(form) for form in found)


def third_singular(tokens: Sequence[Word], hit: TriggerHit) -> bool:
    """Whether the trigger ends in a third-person singular light verb ("رد کرد", "دیدار
    خواهد کرد"); a plural or first-person ending, or no light verb, says otherwise."""
    if hit.first_person:
        return False
    # The longest form read wins: "خواهند کرد" ends in "کرد" but is plural.
    for n in range(VERB_WORDS, 0, -1):
        first = hit.last - n + 1
        if first < hit.first:
            continue
        form = " ".join(w.folded for w in tokens[first : hit.last + 1])
        if form in light_verb_forms():
            return form in third_singular_forms()
    return False


@lru_cache(maxsize=1)
def light_verb_forms() -> frozenset[str]:
    """The folded forms of every Persian light verb, in every person."""
    return frozenset(fold(form) for rows in stem_forms().values() for form, _, _ in rows)


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    found = {fold(word) for word, _ in load_tsv("events/prepositions.tsv")
             if not word.endswith("-")}
    return frozenset(found | {fold(word) for word, kind in _openers() if kind == "preposition"})


def _openers() -> tuple[tuple[str, ...], ...]:
    return load_tsv("events/subjectless_openers_fa.tsv")


@lru_cache(maxsize=1)
def _passed_over() -> frozenset[str]:
    """Folded words of sequence and time, weekday names and their pieces included."""
    found = {fold(word) for word, kind in _openers() if kind == "adverb"}
    for _, langs, name in load_tsv("dates/weekdays.tsv"):
        if "fa" in langs.split(","):
            found.update({fold(name).replace(" ", ""), *fold(name).split()})
    return frozenset(found | CONJUNCTIONS)


def _opening(tokens: Sequence[Word], start: int) -> Word | None:
    for word in tokens:
        if (word.start >= start and word.folded not in _passed_over()
                and word.text[0].isalnum()):
            return word
    return None


def opens_with_preposition(tokens: Sequence[Word], start: int) -> bool:
    """Whether the clause from ``start`` opens with a preposition ("در اظهاراتی ..."): it has
    no subject phrase of its own."""
    word = _opening(tokens, start)
    return word is not None and word.folded in _prepositions()


def _subject(doc: Doc, tokens: Sequence[Word], start: int, end: int) -> Entity | None:
    """The person a sentence opens with; None when it opens with another subject."""
    first = next((m for m in mentions(doc, tokens, start, end) if m.prep is None), None)
    if first is None or first.head.type != "PER":
        return None
    person = named_antecedent(doc, first.head)
    return person if person.type == "PER" else None


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    return frozenset(fold(word) for word, lang in load_tsv("events/quote_links.tsv")
                     if lang == "fa")


def _subordinate(tokens: Sequence[Word], clause_start: int, hit: TriggerHit) -> bool:
    """Whether a "که" stands between the clause's start and the verb: the verb is in the
    clause it opens ("شب قبل بود که ... از ما خواست"), whose subject is its own, unread."""
    return any(w.folded in _links() for w in tokens[: hit.first] if w.start >= clause_start)


def dropped_subject(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, clause_start: int,
                    position: int) -> Entity | None:
    """The person who does a Persian act told with no subject (see the module's note), or
    None; ``position`` is the index of the trigger's sentence in ``doc.sentences``. A
    clause opening with an unnamed group of people has it as its subject
    (``persian_groups``)."""
    group = unnamed_group(doc, tokens, hit, clause_start)
    if group is not None:
        return group
    if (hit.trigger.lang != "fa" or hit.trigger.roles != "subj" or hit.trigger.mode == "visit"
            or not opens_with_preposition(tokens, clause_start) or not third_singular(tokens, hit)
            or any(m.prep is None for m in mentions(doc, tokens, clause_start, hit.start))
            or _subordinate(tokens, clause_start, hit)):
        return None  # a name with no preposition before the verb is its subject
    for index in range(position - 1, max(-1, position - 1 - REACH), -1):
        start, end = unspaced(doc.text, *doc.sentences[index])
        words = clause_words(doc.text, start, end)
        clause = after_attribution(doc, words, start)
        if not opens_with_preposition(words, clause):
            return _subject(doc, words, clause, end)
    return None  # (a sentence with no subject of its own sends the search further back)
