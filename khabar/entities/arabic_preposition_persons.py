"""An Arabic «person» of the tagger that opens on a preposition glued to a definite word.
No name's first word carries a preposition and the article: «بالأسلوب» 'in the manner',
«لله» 'to God', «بالبريميير ليج» 'with the Premier League', «للمملكة عبدالفتاح السيسي»
'(a lover) of the Kingdom, Abdel Fattah el-Sisi', «للبولينج جايد العتيبي» '(the team) for
bowling, Jayed al-Otaibi'. The tagger takes such a word for a name's first word; the span
goes on after it:

- two words or more after it are the name («عبدالفتاح السيسي», «جايد العتيبي»);
- one word after it, or the word alone after «ب»/«ك» («بالمالكي» -> «المالكي»), is the
  name only when it is the surname of a person the article names in full; otherwise the
  span is a phrase and is dropped («بالله العظيم», «للبولينج ميداليتين», «بالرمز»).

After «ل» the article's alif is dropped («للمملكة»), so no span can start inside that word.
Session 17 (2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.gazetteer import Word, words
from khabar.entities.titles import person_key

INSIDE = ("بال", "وبال", "فبال")
"""Openings after which the definite word starts inside the word (the «ال» kept); not
«كال», which opens foreign given names («كاليانا») more often than «ك» + a definite word."""
DROPPED_ALIF = ("لل", "ولل", "فلل")
"""Openings after which the article's alif is dropped: the word is left out whole."""
MIN_REST = 3
"""Letters after the opening: «بالمر» (Palmer) is no «ب» + «المر»."""


def _surnames(kept: Sequence[Entity]) -> set[str]:
    return {words(e.text)[-1].folded for e in kept
            if e.type == "PER" and len(e.text.split()) >= 2 and not _opening(e.text)}


def _opening(text: str) -> str | None:
    return next((p for p in (*INSIDE, *DROPPED_ALIF) if text.startswith(p)
                 and len(text.split()[0]) - len(p) >= MIN_REST), None)


def _tidied(text: str, e: Entity, surnames: set[str]) -> Entity | None:
    """The person without its opening word (see the module), or None to drop it."""
    parts = words(e.text)
    opening = _opening(e.text)
    if opening in DROPPED_ALIF or len(parts) > 1:
        rest = parts[1:]
        if not rest or (len(rest) == 1 and rest[0].folded not in surnames):
            return None
        start = e.start + rest[0].start
    else:
        start = e.start + len(opening or "") - 2
        if words(text[start:e.end])[0].folded not in surnames:
            return None
    return replace(e, start=start, text=text[start:e.end])


def drop_preposition_openings(text: str, tokens: Sequence[Word],
                              kept: list[Entity]) -> list[Entity]:
    """``kept`` with the persons that open on a preposition and the article tidied."""
    surnames = _surnames(kept)
    out = []
    for e in kept:
        if (e.type == "PER" and _opening(e.text)
                and words(e.text)[0].folded not in surnames):  # «جيمس بالمر» ... «بالمر»
            tidied = _tidied(text, e, surnames)
            if tidied is None:
                continue
            e = replace(tidied, key=_key(tokens, tidied))
        out.append(e)
    return out


def _key(tokens: Sequence[Word], e: Entity) -> str:
    first = bisect_left([w.start for w in tokens], e.start)
    last = bisect_left([w.end for w in tokens], e.end)
    if first < len(tokens) and tokens[first].start == e.start and last >= first:
        return person_key(tokens, first, last)
    return f"per:{words(e.text)[-1].folded}"  # «المالكي» inside the word «بالمالكي»
