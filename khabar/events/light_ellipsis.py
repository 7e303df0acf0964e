"""Persian light-verb ellipsis: two nominals coordinated under one light verb.

Persian leaves out the first of two identical light verbs: «دستگیر و روانه زندان شدند»
is «دستگیر شدند و روانه زندان شدند», «شناسایی و دستگیر شدند», «محکوم و زندانی شد». A
trigger «NOMINAL {class}» then finds its nominal followed by «و», another nominal of a few
words, and a form of its class; the form gives the tense and polarity as it does when it
stands right after the nominal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from khabar.entities.gazetteer import Word
from khabar.normalize.fold import fold
from khabar.resources import load_lines
from khabar.text.persian_function_words import OBJECT_MARK

T = TypeVar("T")

AND = "و"
"""The coordinator that joins the two nominals."""

OR = "یا"
"""«و یا» offers two acts to choose from («رد و یا تأیید می‌کند»): neither is told done."""

PARTICIPLE_ENDS = ("ده", "ته")
"""Endings of a past participle («نگریسته», «برده»): before «شد» it makes a passive of a
full verb («زندانی و اسیر نگریسته نمی‌شود»), not a light-verb predicate."""

PASSIVE = "shodan"

ELIDED_WEIGHT = 0.85
"""A trigger's weight is this much less when its light verb is left out."""

MAX_SECOND = 2
"""Words the second nominal may take («زندانی», «روانه زندان», «خاطر نشان»): a predicate
nominal and at most one complement. Longer ones were mostly another clause's («مستقر و
مشغول به کار می‌شوند», «دستگیر و به شلاق محکوم شده بود») on unlabelled articles."""

MAX_PARALLEL = 6
"""Words the second conjunct may take when it has an object of its own, as the first
nominal has («را توقیف و ادوات شکار آنان را ضبط کرد»)."""


def elided_verb(
    tokens: Sequence[Word], at: int, first: int, verb_class: str,
    verb_at: Callable[[int], T | None], any_verb_at: Callable[[int], bool],
) -> T | None:
    """The light verb shared with a later nominal, when word ``at`` (right after the
    nominal that starts at word ``first``) is «و»: its match (``verb_at``), or None. The
    words between «و» and the verb are one to ``MAX_SECOND`` plain words (none «و» or a
    past participle) and no light verb (``any_verb_at``), so the verb is the nearest one
    and both nominals are its. Two objects in parallel («گروهی را توقیف و ادوات آنان را
    ضبط کرد») let the second conjunct take up to ``MAX_PARALLEL`` words, its «را» among
    them; a «را» in the second conjunct alone makes the first nominal a noun coordinated
    with its object («تحریم و تحریمها را تشدید کرده»), not a predicate."""
    if at >= len(tokens) or tokens[at].folded != AND or _chained(tokens, at, first):
        return None
    object_before = first > 0 and tokens[first - 1].folded == OBJECT_MARK
    if verb_class == PASSIVE and object_before:
        return None
    parallel = False
    for k in range(at + 1, min(len(tokens), at + 2 + MAX_PARALLEL)):
        size = k - at - 1
        if size and (size <= MAX_SECOND or parallel):
            match = verb_at(k)
            if match is not None:
                return match
        word = tokens[k]
        # A nominal after «را» takes an active verb, never «شدن», so «حمله را محکوم و
        # خواستار توقف آن شد» is no passive «محکوم شد»; inside the second conjunct «را»
        # marks that conjunct's own object («تحریم و تحریمها را تشدید کرده»), so the first
        # nominal is a noun coordinated with it, not a predicate.
        if word.folded == OBJECT_MARK and object_before and size:
            parallel = True
        elif not _plain(word) or any_verb_at(k):
            return None
    return None


def _plain(word: Word) -> bool:
    """A word that may stand inside the second nominal."""
    return (word.text[:1].isalnum() and word.folded not in (AND, OBJECT_MARK)
            and not word.folded.endswith(PARTICIPLE_ENDS))


def _chained(tokens: Sequence[Word], at: int, first: int) -> bool:
    """The nominal is a later member of a chain («قانونمند و آزاد و رقابتی»: adjectives of
    one noun), a binomial with the next word («رد و بدل»), or «و یا» follows it."""
    before = first > 0 and tokens[first - 1].folded == AND
    after = tokens[at + 1].folded if at + 1 < len(tokens) else ""
    pair = f"{tokens[at - 1].folded} {AND} {after}"
    return before or after == fold(OR) or pair in binomials()


@cache
def binomials() -> frozenset[str]:
    """Folded «FIRST و SECOND» pairs that are one word (``binomials_fa.txt``)."""
    return frozenset(" ".join(fold(w) for w in line.split())
                     for line in load_lines("events/binomials_fa.txt"))
