"""Persian trigger words read in a sense that tells no act of their type.

«دیدار» is a meeting in political news and a game in sports news ("در دیدار اول مقابل
استونی", "دیدار نهایی مسابقات فوتسال"); a word of match right after it (resources/events/
match_cues_fa.txt) says which. Only words after it count: before it, a team may well be
whom a minister meets ("با اعضای تیم ملی دیدار کرد"). A request to stay unnamed ("که
خواست نامش فاش نشود", an anonymous source) or of God ("از خداوند متعال خواست", a prayer)
asks nothing of anyone (request_senses_fa.tsv). An arrival with no visitor ("روزانه 385
هزار لیتر نفت گاز وارد زابل می‌شود") tells goods, money or vehicles coming in, not a visit.
An act with neither actor nor target ("هیچ خطری ... تهدید نمی‌کند") is dropped for Persian
and Arabic alike by ``participant_words.partyless``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Event
from khabar.entities.gazetteer import Word, phrase_key
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.resources import load_lines, load_tsv

MATCH_REACH = 8
"""Words after the trigger within which a word of match makes a «دیدار» a game."""


@lru_cache(maxsize=1)
def match_words() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in load_lines("events/match_words_fa.txt"))


@lru_cache(maxsize=1)
def match_cues() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in load_lines("events/match_cues_fa.txt"))


def sports_match(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian meeting word that names a game: a word of match follows it in its clause."""
    if hit.trigger.lang != "fa" or hit.trigger.type != "CONSULT":
        return False
    at = next((k for k in range(hit.first, hit.last + 1) if tokens[k].folded in match_words()),
              None)
    if at is None:
        return False
    # A verb after the word («دیدار کرد») closes its clause: what follows it is another's.
    reach = MATCH_REACH if hit.last == at else 0
    for word in tokens[at + 1 : hit.last + 1 + reach]:
        if word.text in PUNCTUATION_BREAKS:
            return False
        if word.folded in match_cues():
            return True
    return False


@lru_cache(maxsize=1)
def request_senses() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for word, where in load_tsv("events/request_senses_fa.tsv"):
        found.setdefault(where, set()).add(phrase_key(word))
    return {where: frozenset(words) for where, words in found.items()}


def empty_request(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian request to stay unnamed, or of God."""
    if hit.trigger.lang != "fa" or hit.trigger.type != "REQUEST":
        return False
    after = tokens[hit.last + 1].folded if hit.last + 1 < len(tokens) else ""
    asked = next((tokens[k + 1].folded for k in range(hit.first, hit.last)
                  if tokens[k].folded == "از"), "")
    senses = request_senses()
    return after in senses.get("after", ()) or asked in senses.get("addressee", ())


def other_sense_fa(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether a Persian hit is read in a sense that tells no act of its type."""
    return sports_match(hit, tokens) or empty_request(hit, tokens)


def visitorless(hit: TriggerHit, event: Event) -> bool:
    """A Persian visit or arrival whose visitor was found nowhere."""
    return hit.trigger.lang == "fa" and hit.trigger.roles == "visit" and event.actor is None


