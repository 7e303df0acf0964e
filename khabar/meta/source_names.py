"""The name an outlet or source is shown by: its raw characters, repaired as the text is.

A source's ``raw_start``/``raw_end`` point at the scraped characters («دفاعپرس»), which
may lack the half-space the body text gets back («دفاع‌پرس»). The contract's ``name`` is
the name as written: the written words and letters, with the repairs that
normalization makes to the text (ي -> ی in Persian, half-spaces). So a name in the body
is shown as the body's own characters for those raw offsets; one read from a line that
cleaning removed (a credit line, a masthead), or an ingest hint, is normalized and
repaired on its own. The raw offsets never change, so ``raw[raw_start:raw_end]`` still
gives the scraped characters.

``resources/meta/outlets.json`` lists matching spellings («دفاع پرس», «دفاعپرس»), not
display names, so a known outlet is shown the same way; its English name is ``name_en``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from khabar.doc import Doc, Source
from khabar.normalize.charmap import normalize_text
from khabar.normalize.zwnj import repair_text


def repaired(written: str, lang: str | None) -> str:
    """``written`` normalized and half-space-repaired for ``lang``, spaces collapsed."""
    return " ".join(repair_text(normalize_text(written, lang), lang).split())


def text_span(doc: Doc, raw_start: int, raw_end: int) -> tuple[int, int] | None:
    """The span of ``doc.text`` whose raw span is exactly [raw_start, raw_end), if any."""
    positions = range(len(doc.text) + 1)
    start = bisect_left(positions, raw_start, key=doc.text_map.position)
    end = bisect_left(positions, raw_end, key=doc.text_map.position)
    if start >= end or doc.raw_span(start, end) != (raw_start, raw_end):
        return None
    return start, end


def shown_name(doc: Doc, source: Source) -> str:
    """The display form of ``source``'s name in ``doc``."""
    if source.raw_start is None or source.raw_end is None:
        return repaired(source.name, doc.lang) or source.name
    span = text_span(doc, source.raw_start, source.raw_end)
    if span is not None:
        name = " ".join(doc.text[span[0]:span[1]].split())
    else:
        name = repaired(doc.raw[source.raw_start:source.raw_end], doc.lang)
    return name or source.name


def shown(doc: Doc, source: Source) -> Source:
    """``source`` named by its display form; its raw offsets are kept as they are."""
    name = shown_name(doc, source)
    return source if name == source.name else replace(source, name=name)
