"""Docs built by hand for stage tests: a simple sentence split, as the text stages give."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import khabar
from khabar.doc import Doc, Entity, Event, Quote
from khabar.entities.gazetteer import Match, PhraseIndex, Word, country_entries
from khabar.entities.persian_credits import credited_persons
from khabar.entities.stage import find_entities
from khabar.entities.words import words
from khabar.events.quotes import find_quotes
from khabar.events.stage import find_events
from khabar.events.state_actors import state_actors
from khabar.text.sentences import split_sentences

#: Two sentences of Persian article body, for tests of what cleaning keeps.
BODY_FA = (
    "به گزارش خبرگزاری نمونه، رئیس ستاد کل نیروهای مسلح امروز در دیدار با همتای "
    "پاکستانی خود بر گسترش همکاری‌های دفاعی دو کشور تاکید کرد."
)
BODY_FA_2 = (
    "وی افزود: ایران و پاکستان در حوزه مبارزه با تروریسم و امنیت مرزهای مشترک "
    "همکاری‌های نزدیکی دارند و این همکاری‌ها ادامه خواهد یافت."
)

SIMPLE_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]?")

#: When the built event docs were published (a Tehran morning), so that dates resolve.
PUBLISHED = "2025-01-20T09:53:26+03:30"

#: Countries the Arabic trigger-family sentences name, linked as the KB links them.
TRIGGER_COUNTRIES_AR = (("فرنسا", "FRA"), ("إيران", "IRN"))


def simple_doc(text: str, lang: str, *, published: str | None = None,
               with_entities: bool = False) -> Doc:
    """A Doc whose sentences end at . ! ? ؟ or a line break; entities from the rules."""
    doc = Doc(raw=text)
    doc.lang, doc.published = lang, published
    doc.sentences = [m.span() for m in SIMPLE_SENTENCE.finditer(text) if m.group().strip()]
    if with_entities:
        doc.entities = find_entities(doc)
    return doc


def doc_with(text: str, lang: str, entities: Sequence[tuple[str, str]],
             kb: Mapping[str, tuple[str | None, str | None]] | None = None, *,
             resolved_at: tuple[float, float] | None = None) -> Doc:
    """A Doc whose entities are given by hand (text, type), each at its first occurrence
    after the one before, so later stages are tested apart from the entity stage; ``kb``
    gives the KB id and country the linker would give a name, ``resolved_at`` the
    (lat, lon) of every place, as a gazetteer that resolved it would."""
    doc = simple_doc(text, lang)
    at = 0
    for name, kind in entities:
        start = text.index(name, at)
        kb_id, country = (kb or {}).get(name, (None, None))
        doc.entities.append(Entity(start, start + len(name), type=kind, text=name,
                                   kb_id=kb_id, key=kb_id, country=country, source="crf"))
        at = start + len(name)
    for place in doc.entities:
        if resolved_at is not None and place.type == "LOC":
            place.lat, place.lon = resolved_at
    return doc


def entity(text: str, name: str, kind: str = "LOC", source: str = "gazetteer",
           nth: int = 0) -> Entity:
    """An entity found over the ``nth`` occurrence of ``name`` (by default a gazetteer's
    place), keyed by its text, for rules that read what the earlier steps found."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(start, start + len(name), type=kind, text=name, key=f"x:{name}",
                  source=source)


def tagged(text: str, phrase: str, kind: str = "PER") -> Entity:
    """The statistical tagger's entity over ``phrase`` (its first occurrence), given by hand
    so rules over the tagger are tested apart from a trained model."""
    start = text.index(phrase)
    return Entity(start, start + len(phrase), type=kind, text=phrase, source="crf")


def keyed_person(text: str, name: str, source: str = "crf", at: int = 0) -> Entity:
    """A person over the first occurrence of ``name`` from ``at``, keyed ``per:`` + name, as
    the taggers' one-word persons reach the Arabic person rules."""
    start = text.index(name, at)
    return Entity(start, start + len(name), type="PER", text=name, key="per:" + name,
                  source=source)


def events_of(text: str, lang: str = "fa", published: str = PUBLISHED) -> list[Event]:
    """The events the event stage finds in a simple doc of ``text``, its entities found by
    the entity stage's rules."""
    return find_events(simple_doc(text, lang, published=published, with_entities=True))


def first_event(text: str, kind: str, lang: str = "fa", published: str = PUBLISHED) -> Event:
    """The first event of ``kind`` the event stage finds in a simple doc of ``text``."""
    return next(e for e in events_of(text, lang, published) if e.type == kind)


def fa_triggers(text: str) -> list[tuple[str, str | None]]:
    """(type, trigger) of each event of a simple Persian doc of ``text`` (``events_of``)."""
    return [(e.type, e.trigger) for e in events_of(text)]


def ar_triggers(text: str, names: Sequence[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """(type, trigger) of each event of an Arabic doc of ``text`` whose entities are the
    ``names`` (text, type) it writes, in their order; the countries of
    ``TRIGGER_COUNTRIES_AR`` linked to their KB entries."""
    found = sorted((e for e in names if e[0] in text), key=lambda e: text.index(e[0]))
    links: dict[str, tuple[str, str | None]] = {
        name: (country_entries()[code].kb_id, code)
        for name, code in TRIGGER_COUNTRIES_AR if name in text}
    return [(e.type, e.trigger) for e in find_events(doc_with(text, "ar", found, links))]


def speakers_of(text: str, lang: str, entities: Sequence[tuple[str, str]],
                kb: dict[str, tuple[str, str | None]] | None = None) -> list[str | None]:
    """The speaker's text of each quote the quote stage finds in ``doc_with(text, lang,
    entities, kb)`` (``None`` for a quote with no speaker)."""
    quotes = find_quotes(doc_with(text, lang, entities, kb))
    return [q.speaker.text if q.speaker else None for q in quotes]


def quotes_split(text: str, lang: str, entities: Sequence[tuple[str, str]]) -> list[Quote]:
    """The quote stage's quotes in ``doc_with(text, lang, entities)`` whose sentences come
    from the text stage's own splitter (``split_sentences``), as the pipeline gives them."""
    doc = doc_with(text, lang, entities)
    doc.sentences = split_sentences(text)
    return find_quotes(doc)


def arabic_quote_speakers(text: str, entities: Sequence[tuple[str, str]]
                          ) -> list[tuple[str, str | None]]:
    """(first ten characters, speaker's text or ``None``) of each quote ``quotes_split``
    finds in the Arabic ``text``: how the Arabic quote tests state what they expect."""
    return [(q.text[:10], q.speaker.text if q.speaker else None)
            for q in quotes_split(text, "ar", entities)]


def match_at_every_word(index: PhraseIndex[Any], text: str, tokens: Sequence[Word],
                        strip_clitics: bool) -> list[Match[Any]]:
    """The reference matcher the indexes' pre-checks must agree with: ``match_at`` tried at
    every word, left to right, resuming after each match."""
    found: list[Match[Any]] = []
    i = 0
    while i < len(tokens):
        match = index.match_at(text, tokens, i, strip_clitics)
        if match is None:
            i += 1
        else:
            found.append(match)
            i = match.last + 1
    return found


def credited_person_texts(text: str) -> list[str]:
    """The persons ``credited_persons`` finds in ``text`` with no entity found before."""
    return [e.text for e in credited_persons(text, words(text), []) if e.type == "PER"]


def generic_actors(text: str, date: str = "2015-08-06") -> list[tuple[str, str | None, str | None]]:
    """(text, English name, country) of the generic state actors of each sentence of the
    processed ``text`` (``state_actors``), as the event stage reads them."""
    doc = khabar.process(text, meta={"date": date})
    found = []
    for start, end in doc.sentences:
        found += [(e.text, e.name_en, e.country)
                  for e in state_actors(doc, words(doc.text, start, end))]
    return found


def assaults(text: str, date: str = "2015-08-06") -> list[Event]:
    """The ASSAULT events of the processed ``text``."""
    return [e for e in khabar.process(text, meta={"date": date}).events if e.type == "ASSAULT"]


def org_texts(text: str, date: str, lang: str = "fa") -> list[str]:
    """The texts of the organisations the processed ``text`` names."""
    doc = khabar.process(text, meta={"date": date, "lang": lang})
    return [e.text for e in doc.entities if e.type == "ORG"]
