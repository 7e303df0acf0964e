"""An unnamed group of people as the subject of a Persian act.

Persian news tells many protests, gatherings and meetings of people it does not name:
«مردم زنجان ... راهپیمایی کردند», «جمعی از دانشجویان ... با رهبر انقلاب دیدار می‌کنند»,
«هزاران نفر از معترضان ... را محکوم کردند». The subject phrase opens the clause (Persian
is subject-object-verb), here a plural noun of people (``group_nouns_fa.tsv``), after a
partitive or a number. The group acts; its country is the one named right after the noun
(«مردم عراق», «دانشجویان ایرانی»), else that of a city the sentence names, else that of
the city the report is filed from (``persian_datelines``), else the country the report is
clearly of (``home_bodies.home_of``), else none.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Doc, Entity
from khabar.entities.datelines import dateline_country
from khabar.entities.gazetteer import Word, country_entries, demonyms, phrase_key
from khabar.entities.home_bodies import home_of
from khabar.entities.words import listed_keys
from khabar.events.lexicon import TriggerHit
from khabar.events.persian_phrases import partitive_words
from khabar.resources import load_tsv
from khabar.text.persian_function_words import FROM, OBJECT_MARK

OPENING_WORDS = 4
"""Words before the group noun that a partitive or a number may take («50 هزار نفر از»)."""
IN = phrase_key("در")


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, str]:
    return {phrase_key(noun): english for noun, english in load_tsv("events/group_nouns_fa.tsv")}


def number_words() -> frozenset[str]:
    return listed_keys("events/number_words_fa.txt")


CREDIT_WORDS = 3
"""Words of an agency's name before the colon of a credit opening the text («فارس:»)."""


def _past_credit(doc: Doc, tokens: Sequence[Word], first: int) -> int:
    """The first word after a credit «ایرنا:», «فارس:» (an organisation's name and a colon)
    opening the clause, else ``first``: the agency reports the act, the clause opens after."""
    credit = next((e for e in doc.entities if e.type == "ORG"
                   and e.start == tokens[first].start), None)
    if credit is None:
        return first
    colon = next((k for k in range(first + 1, min(len(tokens), first + CREDIT_WORDS + 1))
                  if tokens[k].start >= credit.end and tokens[k].text == ":"), None)
    return colon + 1 if colon is not None and colon + 1 < len(tokens) else first


def _opening(doc: Doc, tokens: Sequence[Word], clause_start: int, before: int) -> int | None:
    """The index of the group noun opening the clause, after a partitive or a number, and
    after the place it happens in («در زنجان 50 هزار نفر از مردم ...»)."""
    first = next((k for k, w in enumerate(tokens) if w.start >= clause_start), None)
    if first is None:
        return None
    first = _past_credit(doc, tokens, first)
    if tokens[first].folded == IN and first + 1 < len(tokens):
        place = next((e for e in doc.entities if e.type == "LOC"
                      and e.start == tokens[first + 1].start), None)
        if place is not None:
            first = next((k for k in range(first + 1, len(tokens))
                          if tokens[k].start >= place.end), len(tokens))
            if first < len(tokens) and tokens[first].text in ("،", ","):
                first += 1
    for k in range(first, min(before, first + OPENING_WORDS + 1)):
        word = tokens[k]
        if word.folded in group_nouns():
            return k
        if not (word.folded in partitive_words() or word.folded == FROM
                or word.text[:1].isdigit() or word.folded in number_words()):
            return None
    return None


def _country(doc: Doc, tokens: Sequence[Word], k: int) -> str | None:
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None:
        named = next((e for e in doc.entities if e.start == after.start and e.type == "LOC"
                      and e.country), None)
        found = named.country if named else demonyms().get(after.folded)
        if found:
            return found
    lo, hi = tokens[0].start, tokens[-1].end
    city = next((e for e in doc.entities if e.type == "LOC" and e.lat is not None
                 and e.country and lo <= e.start < hi), None)
    if city is not None:
        return city.country
    # else the city the report is filed from, else the country it is clearly of, as a
    # person's (persian_datelines.home_party): «جمعی از دانشجویان ... دیدار می‌کنند» in a
    # Tehran paper's report are Iran's students (session 14 (2026-12-06))
    return dateline_country(doc) or home_of(doc, doc.entities)


def _marked_object(doc: Doc, tokens: Sequence[Word], k: int) -> bool:
    """Whether «را» marks the group noun at ``k``, alone or with the place or people it is
    of, as the object («مردم را به راهپیمایی دعوت کرد», «مردم زنجان را ...»): the verb's
    subject is someone else, told before or dropped."""
    after = k + 1
    if after < len(tokens):
        place = next((e for e in doc.entities if e.start == tokens[after].start
                      and e.type == "LOC"), None)
        if place is not None or tokens[after].folded in demonyms():
            end = place.end if place is not None else tokens[after].end
            after = next((j for j in range(after, len(tokens)) if tokens[j].start >= end),
                         len(tokens))
    return after < len(tokens) and tokens[after].folded == OBJECT_MARK


def unnamed_group(doc: Doc, tokens: Sequence[Word], hit: TriggerHit,
                  clause_start: int) -> Entity | None:
    """The unnamed group opening a Persian act's clause as its subject (the module's note),
    as an organisation of its country; None when no group noun opens the clause."""
    if hit.trigger.lang != "fa" or hit.trigger.roles not in ("subj", "visit"):
        return None
    k = _opening(doc, tokens, clause_start, hit.first)
    if k is None or _marked_object(doc, tokens, k):
        return None
    word = tokens[k]
    english = group_nouns()[word.folded]
    iso = _country(doc, tokens, k)
    entry = country_entries().get(iso) if iso else None
    return Entity(word.start, word.end, type="ORG", text=word.text,
                  name_en=f"{entry.name_en} {english.lower()}" if entry else english,
                  country=iso if entry else None, key=f"group:{word.folded}:{iso or ''}",
                  source="group")
