"""Where a Persian subject's phrase closes on what it said: a speech verb («گفت», «تصریح
کرد»: ``events/speech_verbs.tsv``, its Persian forms) or an interview («در گفت‌وگو با»:
``events/interview_words_fa.tsv``, its talk nouns), after at most ``MAX_ADVERBS`` adverbs
said between a subject and its verb (``subject_adverbs_fa.txt``: «امروز», «سپس»;
``manner_adverbs_fa.txt``: «قاطعانه»). A word right before it ends the subject, a name's
surname in «[محمد‌حسین] فرهنگی امروز در گفتگو با خبرنگار» (issue 5, session 23
(2026-12-07), engineer ent_fa5: ``persian_said_surnames``, ``persian_cut_names``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.resources import load_tsv

MAX_VERB_WORDS = 3
"""Words of the longest Persian speech verb («اضافه کرده است») or talk noun («گفت و گو»)."""
MAX_ADVERBS = 2
"""Adverbs skipped before the verb («صبح امروز», «روز گذشته»)."""
INTERVIEW_PREPOSITION = "در"


@lru_cache(maxsize=1)
def speech_verbs_fa() -> frozenset[str]:
    """The Persian speech verbs' forms, keyed («تصریح کرد», «افزود»)."""
    return frozenset(phrase_key(form) for form, lang in load_tsv("events/speech_verbs.tsv")
                     if lang == "fa")


@lru_cache(maxsize=1)
def talk_nouns() -> frozenset[str]:
    """The nouns of «در گفت‌وگو با», keyed («گفتگو», «گفت و گو», «مصاحبه»)."""
    return frozenset(phrase_key(word) for word, kind in load_tsv("events/interview_words_fa.tsv")
                     if kind == "talk")


def subject_adverbs() -> frozenset[str]:
    """Adverbs said between a subject and its verb: by hand, and hazm's of manner in «انه»."""
    return (listed_keys("entities/subject_adverbs_fa.txt")
            | listed_keys("entities/manner_adverbs_fa.txt"))


def _phrase_at(tokens: Sequence[Word], k: int, phrases: frozenset[str]) -> bool:
    return any(phrase_key(" ".join(w.text for w in tokens[k:k + n])) in phrases
               for n in range(1, MAX_VERB_WORDS + 1) if k + n <= len(tokens))


def is_adverb(word: Word) -> bool:
    return phrase_key(word.text) in subject_adverbs()


def speech_at(tokens: Sequence[Word], k: int) -> bool:
    """Whether a speech verb or an interview («در گفت‌وگو») opens at word ``k``."""
    if _phrase_at(tokens, k, speech_verbs_fa()):
        return True
    return (k + 1 < len(tokens) and tokens[k].text == INTERVIEW_PREPOSITION
            and _phrase_at(tokens, k + 1, talk_nouns()))


def said_at(tokens: Sequence[Word], k: int) -> bool:
    """Whether what the subject said opens at word ``k``, after at most ``MAX_ADVERBS``
    adverbs (see the module)."""
    for skipped in range(MAX_ADVERBS + 1):
        if k + skipped >= len(tokens):
            return False
        if speech_at(tokens, k + skipped):
            return True
        if not is_adverb(tokens[k + skipped]):
            return False
    return False
