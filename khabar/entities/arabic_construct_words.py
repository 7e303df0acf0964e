"""Words that cannot be the first term of an Arabic construct chain after a body's open
head (``org_patterns._Reader._open``): a verb, a function word, a word with a pronoun
suffix. Session 18 (2026-12-06), issue 5: on 600 unlabelled SaudiNewsNet articles the open
head read on through «شرطة يشكلون», «بلدية لديها», «لجنة ومعه».

- an imperfect verb of the third person: «ي» + three letters or more, after «و»/«ف»
  (``construct_stops_ar.tsv`` `verb_prefix`), not a listed noun («يمين», «يناير»);
- a verb in «وا» (`verb_suffix`: «قاموا», «يكونوا»): the sound plural in the construct
  ends in «و» («منتسبو الجمعية»);
- a pronoun suffix (``pronoun_suffixes_ar.txt``): the first noun of a construct never
  takes one («لديها», «أعمالهم»);
- a preposition or particle with an attached pronoun (``function_words_ar.txt``: «معه»,
  «لديه»), with or without «و»/«ف».
"""

from __future__ import annotations

from functools import lru_cache

from khabar.entities.common_words import function_words
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import Word, keys_by_kind, listed_keys

MIN_VERB = 4
"""Letters of an imperfect verb with its prefix («يقول»); «يد», «يوم» are shorter."""
CONJUNCTIONS = frozenset("وف")


def _stops() -> dict[str, frozenset[str]]:
    return keys_by_kind("entities/construct_stops_ar.tsv")


@lru_cache(maxsize=1)
def _pronoun_suffixes() -> tuple[str, ...]:
    return tuple(listed_keys("entities/pronoun_suffixes_ar.txt"))


def _rests(word: Word) -> list[tuple[str, str]]:
    """(as written, folded) for the word and its rest after a glued «و» or «ف» («ومعه» ->
    «معه»). Endings are read as written: folding drops the hamza («أبناء» -> «ابنا», «أضواء»
    -> «اضوا») and would make them look like «نا», «وا»."""
    rests = [(word.text, word.folded)]
    if word.text[:1] in CONJUNCTIONS:
        rests += [(word.text[skip:], rest) for skip, rest in clitic_variants(word) if skip == 1]
    return rests


def _verb(written: str, rest: str) -> bool:
    stops = _stops()
    imperfect = (len(rest) >= MIN_VERB and rest[:1] in stops.get("verb_prefix", frozenset())
                 and rest not in stops.get("prefixed_noun", frozenset()))
    return imperfect or written.endswith(tuple(stops.get("verb_suffix", frozenset())))


def no_construct_noun(word: Word) -> bool:
    """Whether the word is a verb, a function word or a word with a pronoun suffix, which
    no construct chain reads through."""
    return any(_verb(written, rest) or rest in function_words()
               or written.endswith(_pronoun_suffixes()) for written, rest in _rests(word))
