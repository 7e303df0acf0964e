"""Acts named by a noun and told by a verb of doing: "حمله‌ای انجام دادند", "قامت باستدعاء".

News often names an act by its noun and carries tense and polarity on a verb of doing: a
Persian light verb after the noun ("چندین حمله به فرودگاه انجام داده‌اند", "دیداری ... برگزار
کرد"), an Arabic verb before it with the subject between them ("قامت الخارجية باستدعاء
سفيرها", "شنت الطائرات غارات"). The noun alone is a weak trigger (it may be background or a
title); with its support verb (``resources/events/support_verbs.tsv``) it is a told act, so
the hit takes the verb's tense and polarity and the weight of a verbal trigger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from khabar.entities.gazetteer import Word
from khabar.events.arabic_adverbials import adjunct_word, adverbial_comma
from khabar.events.lexicon import (
    Alternative,
    TriggerHit,
    compile_segments,
    match_segment,
    seek,
)
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.events.persian_readings import own_light_verbs
from khabar.resources import load_tsv
from khabar.text.persian_function_words import OBJECT_MARK

SUPPORTED_WEIGHT = 0.7
"""The weight of a noun trigger told by a support verb: that of most verbal rows."""
BEFORE_REACH = 4
"""Words an Arabic support verb may stand before its noun (the subject comes between)."""
SENTENCE_BREAKS = frozenset(".:;؛!?؟")
RECIPROCAL = frozenset({"CONSULT", "AGREE"})
"""Acts the parties do together: told in the passive («تم الاتفاق بين X وY», «تم عقد لقاء
بين») their parties are still its sides, not one acted upon."""


@dataclass(frozen=True, slots=True)
class SupportVerb:
    segments: tuple[tuple[Alternative, ...], ...]
    before: bool
    tense: str | None
    passive: bool = False
    """The verb tells the act as done to the one named after the noun («تم اعتقال X»)."""


@cache
def support_verbs(lang: str) -> tuple[SupportVerb, ...]:
    found = []
    for row_lang, pattern, side, *rest in load_tsv("events/support_verbs.tsv"):
        if row_lang == lang:
            tense = rest[0] if rest and rest[0] else None
            passive = len(rest) > 1 and rest[1] == "passive"
            found.append(SupportVerb(compile_segments(pattern), side == "before", tense, passive))
    return tuple(found)


OBJECT_MARK_REACH = 4
"""Words of modifiers between a noun and its "را" ("دیداری رو در رو را")."""
OBJECT_VERB_REACH = 20
"""Words a Persian verb may stand after its marked object ("دیداری را با X، همتای ... در
حاشیه مجمع عمومی سازمان ملل برگزار کرد"): the rest of the clause."""


def _marked_object(tokens: Sequence[Word], hit: TriggerHit) -> bool:
    """Whether «را» follows the act's noun within ``OBJECT_MARK_REACH`` words of its clause:
    a noun it marks is the object of the clause's last verb."""
    for word in tokens[hit.last + 1 : hit.last + 1 + OBJECT_MARK_REACH]:
        if word.text in PUNCTUATION_BREAKS:
            return False
        if word.folded == OBJECT_MARK:
            return True
    return False


def _after(text: str, tokens: Sequence[Word], hit: TriggerHit, verb: SupportVerb
           ) -> tuple[str, bool] | None:
    # The verb of a noun marked as the object closes the clause, however far on, past the
    # commas of an apposition ("با X، همتای لیبیایی خود ...").
    if _marked_object(tokens, hit):
        state = seek(text, tokens, hit.last + 1, verb.segments[0], spaced=True,
                     gap=OBJECT_VERB_REACH, breaks=SENTENCE_BREAKS)
    else:
        state = seek(text, tokens, hit.last + 1, verb.segments[0], spaced=True)
    if state is None or state.first_person:
        return None
    return state.tense or verb.tense or "past", state.negated


def _before(text: str, tokens: Sequence[Word], hit: TriggerHit, verb: SupportVerb,
            negation: frozenset[str], name_words: frozenset[int] = frozenset()
            ) -> tuple[str, bool] | None:
    """The support verb before the noun. The subject between them counts as one word
    however long its name and posts (``name_words``: «قام وزير الخارجية الروسي سيرغي
    لافروف بزيارة» as «قام لافروف بزيارة»), marks and words of time count as none, and a
    comma closing a time adverbial leaves the clause open («عقد الأمير ... أمس، اجتماعا»)."""
    counted = 0
    for k in range(hit.first - 1, -1, -1):
        if tokens[k].text in PUNCTUATION_BREAKS and not adverbial_comma(tokens, k):
            return None
        if match_segment(text, tokens, k, verb.segments[0], True) is not None:
            negated = k > 0 and tokens[k - 1].folded in negation
            return verb.tense or "past", negated
        counted += k not in name_words and not adjunct_word(tokens[k])
        if counted >= BEFORE_REACH:
            return None
    return None


def supported(text: str, tokens: Sequence[Word], hits: Sequence[TriggerHit], lang: str,
              negation: frozenset[str] = frozenset(), name_words: frozenset[int] = frozenset()
              ) -> list[TriggerHit]:
    """The hits, each noun hit with a support verb read as a verb of that verb's tense and
    polarity (``negation``: the words that negate an Arabic verb before it; ``name_words``:
    the words of the subject's names and posts after their first, as ``find_triggers``)."""
    out = []
    for hit in own_light_verbs(text, hits, tokens) if lang == "fa" else hits:
        # A Persian verbal trigger has its own verb; an Arabic word after "قام بـ" is its
        # verbal noun, however the lexicon row reads it alone.
        if hit.tense == "noun" or lang == "ar":
            for verb in support_verbs(lang):
                found = (_before(text, tokens, hit, verb, negation, name_words) if verb.before
                         else _after(text, tokens, hit, verb))
                if found is not None:
                    tense, negated = found
                    weight = max(hit.trigger.weight, SUPPORTED_WEIGHT)
                    roles = "passive" if (verb.passive and hit.trigger.roles == "subj"
                                          and hit.trigger.type not in RECIPROCAL) \
                        else hit.trigger.roles
                    hit = replace(hit, tense=tense, negated=hit.negated or negated,
                                  trigger=replace(hit.trigger, weight=weight, roles=roles))
                    break
        out.append(hit)
    return out
