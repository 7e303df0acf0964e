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

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from khabar.doc import Doc, Source
from khabar.entities.datelines_ar import (
    DATELINE_TOKENS,
    OutletRef,
    SlotLines,
    fills_place,
    outlet_index,
    slot_of,
)
from khabar.entities.phrases import PhraseIndex
from khabar.entities.words import words
from khabar.meta.lexicon import key
from khabar.meta.outlets import Outlet, outlets
from khabar.resources import load_json

#: Non-empty lines read at each end of the article, beside the header.
EDGE_LINES = 3
#: On a long line, a slot counts only this near its start (a dateline opening the lead,
#: not in brackets) or its end (a credit closing the article, «(أ ف ب)»), in tokens.
OPENING_TOKENS, CLOSING_TOKENS = 4, 3
#: Words (between spaces) of the head and of the tail read of a long line: enough for a
#: name of several tokens after ``OPENING_TOKENS`` and the token after it.
PIECE_WORDS = 12
_HEAD = re.compile(rf"(?:\s*\S+){{{PIECE_WORDS}}}")


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


def _pieces(text: str) -> list[tuple[int, int, str]]:
    """The stretches of a line worth tokenizing: the whole of a short line, or the head
    and the tail of a long one (a lead paragraph is long, and only its edges count)."""
    if len(text.split(None, 2 * PIECE_WORDS)) <= 2 * PIECE_WORDS:
        return [(0, len(text), "line")]
    head = _HEAD.match(text)
    rest, *tail = text.rsplit(None, PIECE_WORDS)
    return [(0, head.end() if head else len(text), "head"),
            (text.index(tail[0], len(rest)), len(text), "tail")]


def _counts(slot: str, part: str, tokens: int, first: int, last: int) -> bool:
    """Whether a name filling a ``slot`` of tokens first..last of a ``part`` of a line
    stands where a dateline or credit stands."""
    # a bracketed name opening a lead is what it says («أعلنت صحيفة «عكاظ»»), not a dateline
    opening = slot != "enclosed" and first < OPENING_TOKENS
    closing = last >= tokens - CLOSING_TOKENS
    if part == "head":  # the cut is no line end: a name touching it fills no slot
        return opening and last < tokens - 1
    if part == "tail":
        return closing and first > 0
    return opening or closing or tokens <= DATELINE_TOKENS


def _line_outlets(doc: Doc, start: int, stop: int, index: PhraseIndex[OutletRef]
                  ) -> Iterator[tuple[Source, Outlet]]:
    raw = doc.raw
    for begin, end, part in _pieces(raw[start:stop]):
        # a slice of raw, not a copy: words() would keep a long copy as "the document"
        tokens = words(raw, start + begin, start + end)
        lines = SlotLines(raw, tokens)
        for match in index.find_all(raw, tokens):
            slot = slot_of(lines, match.first, match.last)
            if slot is None or not _counts(slot, part, len(tokens), match.first, match.last):
                continue
            if slot != "enclosed" and fills_place(raw, tokens, match.first, match.last):
                continue
            outlet = _by_name_en().get(match.value.name_en)
            if outlet is not None:
                yield Source(raw[match.start:match.end], "", outlet.name_en, match.start,
                             match.end, outlet_id=outlet.id), outlet


def dateline_outlets(doc: Doc, lines: Iterable[tuple[int, int]]
                     ) -> list[tuple[Source, Outlet]]:
    """The outlets in byline and dateline slots of the edge lines among ``lines`` (raw
    spans, in order), in reading order; relation left empty for the caller."""
    index = _index(doc.lang)
    if index is None:
        return []
    return [hit for start, stop in edge_lines(doc, lines)
            for hit in _line_outlets(doc, start, stop, index)]


#: The article last asked about and its dateline outlets: the published, dates and
#: sources stages each locate the same article's outlet. One tuple, assigned at once, so
#: that a thread reads an old pair or a new one.
_last: tuple[tuple[object, ...], list[tuple[Source, Outlet]]] | None = None


def remembered_outlets(doc: Doc, lines: Callable[[], Iterable[tuple[int, int]]]
                       ) -> list[tuple[Source, Outlet]]:
    """``dateline_outlets(doc, lines())``, kept for the article last asked about; the
    sources are shared, so callers copy them before a change."""
    global _last
    key = (doc.raw, doc.text, doc.lang, tuple(doc.header), len(doc.removed))
    last = _last
    if last is not None and last[0] == key:
        return last[1]
    hits = dateline_outlets(doc, lines())
    _last = (key, hits)
    return hits


def overlap(one: Source, other: Source) -> bool:
    """Whether two sources were read from overlapping raw characters."""
    return (one.raw_start or 0) < (other.raw_end or 0) and (other.raw_start or 0) < (
        one.raw_end or 0)


def merged(chain: list[Source], more: list[Source]) -> list[Source]:
    """``chain`` with the sources of ``more`` whose outlet and relation it lacks, in
    reading order."""
    def identity(source: Source) -> tuple[str, str]:
        return (key(source.name_en or source.name), source.relation)

    seen = {identity(s) for s in chain}
    extra = []
    for source in more:
        if identity(source) not in seen:
            seen.add(identity(source))
            extra.append(source)
    return sorted(chain + extra, key=lambda s: s.raw_start or 0)
