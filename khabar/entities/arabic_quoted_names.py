"""An Arabic body named in quotation marks right after a noun of its kind: «شركة
«بيانات»», «قناة «آفاق»», «صحيفة “ديلي ميل”». The quoted words are the name; the noun
and the marks stay out, as the gold leaves a noun of kind out («شركة «بيكر هيوز»»). The
tagger reads most such names, and misses or mislabels some («ديلي» a place, «بيانات»
'data' nothing). The nouns are ``resources/entities/quoted_name_kinds_ar.txt`` (a
proclitic on the noun allowed: «لشركة «موبايلي»»); at most ``MAX_WORDS`` words inside the
marks. The name stands in place of the tagger's entities inside it, not of a listed body,
and is not added where an entity runs past the marks. Session 13 (2026-12-05), issue 5.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import Word
from khabar.entities.org_patterns import ABSORBED_SOURCES
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import listed_keys, with_org

MAX_WORDS = 5
QUOTES = {"«": "»", "\"": "\"", "“": "”″\"", "'": "'"}
"""Opening mark -> the marks that close it («“Top 500″» closes with a double prime)."""


def quoted_name_kinds() -> frozenset[str]:
    return listed_keys("entities/quoted_name_kinds_ar.txt")


def _kind(word: Word) -> bool:
    return any(rest in quoted_name_kinds() for _, rest in clitic_variants(word))


def _quoted_span(text: str, after: int) -> tuple[int, int] | None:
    """(start, end) of the words in the marks that open right after ``after`` (a space
    between), if they close within ``MAX_WORDS`` words on the line."""
    k = after
    while k < len(text) and text[k] == " ":
        k += 1
    if k >= len(text) or text[k] not in QUOTES or k == after:
        return None
    closers = QUOTES[text[k]]
    stop = min((i for i in (text.find(c, k + 1) for c in closers) if i > 0), default=-1)
    inner = text[k + 1:stop] if stop > 0 else ""
    if not inner.strip() or "\n" in inner or len(inner.split()) > MAX_WORDS:
        return None
    if not inner[:1].isalnum() or not inner.strip()[-1:].isalnum():
        return None
    return k + 1, k + 1 + len(inner.rstrip())


def quoted_names(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the bodies named in marks after a noun of their kind (see the module)."""
    out = list(kept)
    for word in tokens:
        if not word.text[:1].isalpha():
            continue
        span = _quoted_span(text, word.end)  # first: most words have no marks after them
        if span is None or not _kind(word):
            continue
        start, end = span
        inside = [e for e in out if e.start < end and start < e.end]
        if any(e.start == start and e.end == end and e.type == "ORG" for e in inside):
            continue
        if all(start <= e.start and e.end <= end and e.source in ABSORBED_SOURCES
               for e in inside):
            out = with_org(out, text, start, end, "quoted_org")
    return sorted(out, key=lambda e: e.start)
