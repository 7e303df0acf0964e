"""A Persian act told inside a speaker's adverbial phrase is one he points at, not his own.

«وی با اشاره به حملات وحشیانه گروه‌های تروریستی در افغانستان ... گفت», «حسین‌زاده با بیان
اینکه پلیس ... موفق شد شش نفر سارق ... را شناسایی کند»: the phrase that «با» or «ضمن» and a
verbal noun of saying or marking open (``quote_persian.adverbial_positions``, up to the next
comma) holds what the speaker says or points at; the subject before it speaks. An act
told inside the phrase has only the parties the phrase itself names, so its clause opens
at the phrase, and no subject dropped before it is read back as its doer. The phrase's own
noun («با انتقاد از X»: the subject criticises) is not inside it: a noun act must follow it
in its chain, and a verb must end a clause the phrase opens with «اینکه/که».
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.events.clauses import speech_forms
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import prepositions
from khabar.events.persian_phrases import CHAIN_REACH, plain
from khabar.events.quote_persian import CLAUSE_MARKS, adverbial_positions
from khabar.events.quote_words import new_speaker_words


def adverbial_phrase(tokens: Sequence[Word], hit: TriggerHit, clause: int,
                     end: int) -> int | None:
    """Where the speaker's adverbial phrase holding the trigger opens (the text position of
    its verbal noun), when the trigger is told inside one; else None. A noun act must end
    the phrase's own noun chain («با اشاره به [سرکوب] تظاهرات»), a verb must stand in a
    clause the phrase opens («با بیان اینکه ... دستگیر شدند»): with no comma to close the
    phrase, a verb after its noun chain is the sentence's own («وی با اشاره به X از مردم
    خواست»)."""
    if not tokens or hit.first >= len(tokens):
        return None
    inside = adverbial_positions(tokens, clause, end)
    if tokens[hit.first].start not in inside:
        return None
    noun = hit.first
    while noun > 0 and tokens[noun - 1].start in inside:
        noun -= 1
    if noun == hit.first:
        return None  # the phrase's own noun: «ضمن ابراز همدردی با X», «با انتقاد از X»
    between = tokens[noun + 1 : hit.first]
    told = (_noun_chain([*between, tokens[hit.first]]) if hit.tense == "noun"
            else any(new_speaker_words().get(w.folded) == "clause" for w in between)
            and _closed(tokens, hit.last + 1))
    return tokens[noun].start if told else None


SPEECH_WORDS = 3
"""Words a speech verb spans at most («ادامه داد», «خاطرنشان کرد»)."""


def _closed(tokens: Sequence[Word], after: int) -> bool:
    """Whether the clause a verb ends closes right after it: a mark («، افزود») or the
    sentence's speech verb («... کوتاه آمده ادامه داد:»). Otherwise the verb may be the
    sentence's own, the phrase left unclosed («با بیان اینکه ... می‌رود از مردم خواست»)."""
    if after >= len(tokens) or tokens[after].text in CLAUSE_MARKS:
        return after < len(tokens)
    return any("".join(w.folded for w in tokens[after : after + n]) in speech_forms()
               for n in range(1, SPEECH_WORDS + 1))


def _noun_chain(words: Sequence[Word]) -> bool:
    """The words after a phrase's verbal noun up to a noun act's first word: its preposition
    («به», «بر», «از»), then plain nouns and adjectives, at most ``CHAIN_REACH`` before the
    act's; an act opening with a preposition of its own («در دیدار با X») heads a phrase of
    its own, outside the chain."""
    rest = words[1:] if words and words[0].folded in prepositions()[0] else words
    return len(rest) <= CHAIN_REACH + 1 and all(plain(w) for w in rest)

