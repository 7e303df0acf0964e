"""«ضبط»: 'caught, seized' before what is caught, 'set, adjust, regulate' before anything else.

The police's and inspectors' verb («ضبطت الشرطة عصابة», «تم ضبط 10 أشخاص», «ضبط مفتشو
العمل 531 مخالفة») is the same word as the one for setting a device or regulating a market
(«ضبط جوانب الهاتف على وضع لاندسكيب», «ضبط ضغط الإطارات», «لضبط توازن العرض»). The seizure is
read only when the first word after it names something caught or the body that caught it
(seizure_objects_ar.txt: counts, persons, groups, contraband, offences, enforcers; a
demonstrative before it skipped: «تم ضبط هذه الكمية»; a participle in the sound
masculine plural, which Arabic gives only to persons: «ضبطوا مسلحين»), or a
number in digits comes within its first three words, or a preposition of place right after
it makes it the passive («ضبطت في البحر»); otherwise it is no act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.entities.phrases import proclitic_forms
from khabar.entities.words import listed_keys
from khabar.events.arabic_forms import ARTICLE
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import prepositions

NUMBER_REACH = 3
"""Words after the trigger within which a number in digits is a count caught."""
_NUMBER = re.compile(r"\(?[\d٠-٩۰-۹][\d٠-٩۰-۹.,٫٬]*\)?")
PASSIVE_PLACE = frozenset({"in", "from", "with"})
"""Kinds of prepositions (prepositions.tsv) that, right after the verb, make it the passive
«ضبطت في البحر» ('was seized at sea'): what was caught came before it."""


def seizure_forms() -> frozenset[str]:
    return listed_keys("events/seizure_forms_ar.txt")


def demonstratives() -> frozenset[str]:
    return listed_keys("events/demonstratives_ar.txt")


def seizure_objects() -> frozenset[str]:
    return listed_keys("events/seizure_objects_ar.txt")


def _readings(word: Word) -> set[str]:
    """The folded word without proclitics, each also without the article."""
    readings = proclitic_forms(word)
    return readings | {r[len(ARTICLE):] for r in readings if r.startswith(ARTICLE)}


def _human_plural(reading: str) -> bool:
    """A participle with «م» in the sound masculine plural («مسلحين», «متسللون», «مخالفي»):
    Arabic gives that plural only to persons, so it names people caught."""
    return (reading.startswith("م") and len(reading) >= 5
            and reading.endswith(("ين", "ون")))


def _caught(word: Word) -> bool:
    readings = _readings(word)
    return bool(readings & seizure_objects()) or any(_human_plural(r) for r in readings)


def _words_after(hit: TriggerHit, tokens: Sequence[Word]) -> list[Word]:
    """The words after the trigger, punctuation other than a number's brackets left out."""
    return [w for w in tokens[hit.last + 1:hit.last + 1 + 2 * NUMBER_REACH]
            if any(ch.isalnum() for ch in w.text)]


def unseized(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether a hit of «ضبط» is 'set, adjust, regulate' (nothing caught follows it)."""
    if not _readings(tokens[hit.first]) & seizure_forms():
        return False
    after = _words_after(hit, tokens)
    if not after:
        return True
    if any(_NUMBER.fullmatch(w.text) for w in after[:NUMBER_REACH]):
        return False
    if prepositions()[0].get(after[0].folded) in PASSIVE_PLACE:
        return False
    first = next((w for w in after if not _readings(w) & demonstratives()), after[0])
    return not _caught(first)
