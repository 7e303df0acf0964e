"""The unnamed victims of an Arabic attack as its target: «قتل ثلاثة جنود أتراك وأصيب آخر أمس
بانفجار عبوة في جنوب شرق تركيا», «قتل شرطي وأصيب اخر بالرصاص الخميس في هجوم وقع في ...
دياربكر», «أسفر عن مقتل 15 من منسوبي القوات».

News tells an attack whose doers it does not know by its dead: a word of suffering
(victim_words_ar.txt), or «قتل» right before a number or a noun of people, then a count and a
noun of people (victim_nouns_ar.txt). No entity names them, so the roles read no target, and
the event went out with none, though the conventions code the victims as the target. People an
attack strikes where it happens are most often of that place's country (soldiers, police,
worshippers, townspeople), so they are coded as nationals of the country of the event's
place, as ``arguments.nationals`` codes people named by a nationality. A victim told by a
name («مقتل 51 من عناصر تنظيم داعش») is the entity's, not the place's: no stand-in then.
Session 22 (2026-12-06), issue 6.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity, Participant
from khabar.entities.gazetteer import Word, country_entries
from khabar.entities.phrases import proclitic_forms
from khabar.entities.words import listed_keys
from khabar.events.arabic_names import after_place_noun
from khabar.events.event_places import places_in
from khabar.events.lexicon import TriggerHit
from khabar.events.merging import Draft
from khabar.events.participant_words import PUNCTUATION_BREAKS, token_index

VICTIM_REACH = 3
"""Words from the word of suffering to the noun of people (a count, «من»: «مقتل 15 من
منسوبي»)."""


def killed_forms() -> frozenset[str]:
    """The forms of «قتل» read as the passive (he was killed) when a count or a noun of people
    follows at once; the active reading names the killer first («قتل مسلحون شرطيا»)."""
    return listed_keys("events/killed_passive_ar.txt")


def place_prepositions() -> frozenset[str]:
    """The prepositions («في») after which a named country is where the attack happened."""
    return listed_keys("events/place_prepositions_ar.txt")


def victim_nouns() -> frozenset[str]:
    return listed_keys("events/victim_nouns_ar.txt")


def victim_words() -> frozenset[str]:
    return listed_keys("events/victim_words_ar.txt")


def victims_as_targets(kept: Sequence[Draft]) -> None:
    """The kept events with no target take their unnamed victims as one. Done on the events
    kept, after merging and ranking: the victims are the target of an attack the roles found,
    not a reason to keep or merge one (a background attack told by its dead would pass the
    bar with them)."""
    for draft in kept:
        if draft.event.target is None and draft.victims is not None:
            draft.event.target = draft.victims


def victims_here(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, clause: tuple[int, int],
                 place: Entity | None) -> Participant | None:
    """People of the place's country, the unnamed dead or wounded the clause of an Arabic
    attack tells; None otherwise."""
    if hit.trigger.lang != "ar" or hit.trigger.type != "ASSAULT":
        return None
    noun = _victims(doc, tokens, clause)
    code = (place.country if place is not None and place.country
            else _country_where(doc, tokens, clause)) if noun is not None else None
    country = country_entries().get(code) if code else None
    if noun is None or country is None:
        return None
    return Participant(text=noun.text, start=noun.start, end=noun.end,
                       name_en=f"{country.name_en} nationals", country=code, confidence=0.3)


def _country_where(doc: Doc, tokens: Sequence[Word], clause: tuple[int, int]) -> str | None:
    """The country the clause says it happened in, with no city (the event's place is a
    city's): one named after «في», a glued «ب» or a noun of part («بشمال أفغانستان», «في جنوب
    شرق تركيا»), not one named after «مع», «إلى» or as a party."""
    for place in places_in(doc, *clause):
        first = token_index(tokens, place.start)
        if not place.country:
            continue
        glued = tokens[first].start < place.start and tokens[first].folded[:1] == "ب"
        if glued or after_place_noun(tokens, first) or (
                first > 0 and tokens[first - 1].folded in place_prepositions()):
            return place.country
    return None


def _victims(doc: Doc, tokens: Sequence[Word], clause: tuple[int, int]) -> Word | None:
    """The noun of unnamed people after a word of suffering in the clause, else None. The
    search ends with the clause: a noun of people past it belongs to another clause's act."""
    inside = [k for k, w in enumerate(tokens) if clause[0] <= w.start and w.end <= clause[1]]
    clause_end = inside[-1] + 1 if inside else 0
    for k in inside:
        forms = proclitic_forms(tokens[k])
        killed = (bool(forms & killed_forms()) and k + 1 < clause_end
                  and _count_or_people(tokens[k + 1]))
        if not (forms & victim_words() or killed):
            continue
        for j in range(k + 1, min(k + 1 + VICTIM_REACH, clause_end)):
            word = tokens[j]
            if word.text in PUNCTUATION_BREAKS or _named(doc, word):
                break
            if proclitic_forms(word) & victim_nouns():
                return word
    return None


def count_words() -> frozenset[str]:
    return listed_keys("events/count_words_ar.txt")


def _count_or_people(word: Word) -> bool:
    return word.text.isdigit() or bool(proclitic_forms(word) & (victim_nouns() | count_words()))


def _named(doc: Doc, word: Word) -> bool:
    """Whether the word is inside a name: the victims are then that entity's people."""
    return any(e.start < word.end and word.start < e.end and e.type != "DEMONYM"
               for e in doc.entities)
