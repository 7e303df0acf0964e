"""Outlets named in a byline or dateline slot at the top or bottom of an article:
«فايز الحسيكي – عين اليوم», «عين اليوم – لندن», «سبق- جدة:», «الرياض ... 1436 هـ ... م واس»,
«ایلنا:», «خبرگزاری فارس -».

The slot rules are those of ``khabar.entities.datelines_ar`` (a name that fills a whole
stretch between dashes, a colon and the line's ends, or a bracketed one, or the last words
of a short dated line); a place between dashes is where the report comes from, not an
outlet («الرياض - واس» gives واس). Only the header and the first and last few lines of the
article are read, and on a long line only its first and last words: elsewhere a name in a
slot is a mention («-اليوم-» 'today' between dashes, «وقالت "شينخوا" إن»), not a credit.
Offsets are into ``doc.raw``, like the other sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from khabar.doc import Doc, Source
from khabar.entities.datelines_ar import (
    DATELINE_TOKENS,
    OutletRef,
    _is_place,
    _Lines,
    _slot,
    outlet_index,
)
from khabar.entities.phrases import PhraseIndex
from khabar.entities.words import words
from khabar.meta.outlets import Outlet, outlets
from khabar.resources import load_json

#: Non-empty lines read at each end of the article, beside the header.
EDGE_LINES = 3
#: On a long line, a slot counts only this near its start (a dateline opening the lead,
#: not in brackets) or its end (a credit closing the article, «(أ ف ب)»), in tokens.
OPENING_TOKENS, CLOSING_TOKENS = 4, 3


@lru_cache(maxsize=1)
def _persian_index() -> PhraseIndex[OutletRef]:
    """The Persian names of the known outlets (outlets.json)."""
    index: PhraseIndex[OutletRef] = PhraseIndex()
    known = outlets().by_id
    for entry in load_json("meta/outlets.json").get("outlets", []):
        for name in (entry.get("names") or {}).get("fa") or ():
            index.add(name, OutletRef(known[entry["id"]].name_en))
    return index


@lru_cache(maxsize=1)
def _by_name_en() -> dict[str, Outlet]:
    return {outlet.name_en: outlet for outlet in outlets().by_id.values()}


def _index(lang: str | None) -> PhraseIndex[OutletRef] | None:
    return {"ar": outlet_index, "fa": _persian_index}.get(lang or "", lambda: None)()


def edge_lines(doc: Doc, lines: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The header's spans and the first and last ``EDGE_LINES`` non-empty of ``lines``."""
    body = [(a, b) for a, b in lines if doc.raw[a:b].strip()]
    edges = body[:EDGE_LINES] + body[-EDGE_LINES:]
    return sorted(set(doc.header) | set(edges))


def _line_outlets(doc: Doc, start: int, stop: int, index: PhraseIndex[OutletRef]
                  ) -> Iterator[tuple[Source, Outlet]]:
    text = doc.raw[start:stop]
    tokens = words(text)
    lines = _Lines(text, tokens)
    for match in index.find_all(text, tokens):
        slot = _slot(lines, match.first, match.last)
        # a bracketed name opening a lead is what it says («أعلنت صحيفة «عكاظ»»), not a dateline
        opening = slot != "enclosed" and match.first < OPENING_TOKENS
        edge = opening or match.last >= len(tokens) - CLOSING_TOKENS
        if slot is None or not (edge or len(tokens) <= DATELINE_TOKENS):
            continue
        if slot != "enclosed" and _is_place(text, tokens, match.first, match.last):
            continue
        outlet = _by_name_en().get(match.value.name_en)
        if outlet is not None:
            yield Source(text[match.start:match.end], "", outlet.name_en, start + match.start,
                         start + match.end, outlet_id=outlet.id), outlet


def dateline_outlets(doc: Doc, lines: Iterable[tuple[int, int]]
                     ) -> list[tuple[Source, Outlet]]:
    """The outlets in byline and dateline slots of the edge lines among ``lines`` (raw
    spans, in order), in reading order; relation left empty for the caller."""
    index = _index(doc.lang)
    if index is None:
        return []
    return [found for start, stop in edge_lines(doc, lines)
            for found in _line_outlets(doc, start, stop, index)]
