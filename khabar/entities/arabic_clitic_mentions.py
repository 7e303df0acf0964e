"""A proclitic the tagger took into the first word of a person or body that the same
article also names without it: «السادس لأرسنال» where «أرسنال» is a body elsewhere in
the article, «المتجر الرسمي لريال» beside «ريال مدريد», «المنضم لمانشستر يونايتد» beside
«مانشستر». Arabic glues «و», «ب», «ل», «ك» and «ف» to the next word, and a name the
article writes bare is the same name with a proclitic before it, so the mention starts
after the letter (the gold leaves glued proclitics out: «بوزارة الداخلية»).

Only where another mention of the same type opens on exactly the rest (a name that starts
with one of those letters, «لخويا», «وليد», is written so every time: its rest is no
mention's word), and the rest keeps three letters at least. Not a word written
with «لل» (the article's «ا» dropped after «ل»: «للهيئة»), whose rest is no mention's
word. Session 19 (2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.titles import person_key
from khabar.normalize.fold import fold
from khabar.text.tokens import token_at

PROCLITICS = frozenset("وبلكف")
MIN_REST = 3
"""Letters left after the proclitic («لريال»: «ريال»)."""
TYPES = frozenset({"PER", "ORG"})


def _first_words(text: str, kept: Sequence[Entity]) -> set[tuple[str, str]]:
    return {(e.type, fold(text[e.start:e.end].split()[0])) for e in kept
            if e.type in TYPES and text[e.start:e.end].split()}


def clitic_off_repeated(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with a glued proclitic left out of a mention whose rest the article also
    names (see the module)."""
    firsts = _first_words(text, kept)
    starts = [w.start for w in tokens]
    out = []
    for e in kept:
        k = token_at(tokens, e.start, starts) if e.type in TYPES else None
        if k is not None:
            word = tokens[k]
            rest = fold(word.text[1:])
            if word.text[0] in PROCLITICS and len(rest) >= MIN_REST and (e.type, rest) in firsts:
                e = _after_proclitic(text, tokens, starts, e, k)
        out.append(e)
    return out


def _after_proclitic(text: str, tokens: Sequence[Word], starts: Sequence[int], e: Entity,
                     k: int) -> Entity:
    start = e.start + 1
    if e.type != "PER":
        return replace(e, start=start, text=text[start:e.end],
                       key=f"{e.type.lower()}:{phrase_key(text[start:e.end])}")
    last = bisect_left(starts, e.end) - 1
    key = person_key(tokens, k, last)
    glued = "per:" + tokens[k].folded
    if key.startswith(glued):  # a one-word name or a nasab key opens on the glued word
        key = "per:" + fold(tokens[k].text[1:]) + key[len(glued):]
    return replace(e, start=start, text=text[start:e.end], key=key)
