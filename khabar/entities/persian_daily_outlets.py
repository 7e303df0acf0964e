"""Foreign outlets named with a word that is also a place (issue 5, session 21 (2026-12-06),
engineer ent_fa_clubs).

«دیلی» ('Daily') opens or closes many foreign papers' names («دیلی تلگراف», «دیلی تایمز»,
«دیلی استار», «چاینا دیلی», «شانگهای دیلی», «اسکرین دیلی») and is Dili, East Timor's capital,
in the gazetteer, which reads it as a place and leaves the paper unread (taking the word out of
the gazetteer moved the tagger's readings the wrong way: ent_fa_org, session 21). Where the
text does not name the place's country (``outlet_place_words_fa.tsv``), such a word read as a
place is the outlet's: with the organisation or place right before it («[چاینا] دیلی»,
«[شانگهای] دیلی»), else, unless a verb other than one of report follows («وارد دیلی شد»),
with the word right after it («دیلی تلگراف»: not a stop, a verb or a
place noun), else with the plain word before it when a mark or a stop follows
(«اسکرین دیلی،»); a word outlets borrow right after the name is in it («گلف دیلی نیوز»).
Nothing else is read: a word between marks stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.words import Word, listed_keys, phrase_key, with_orgs, words
from khabar.resources import load_lines, load_tsv
from khabar.text.persian_verbs import finite_verbs
from khabar.text.tokens import spaced_on_one_line

SOURCE = "daily_outlet"


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """Folded word -> folded word of the place's country."""
    return {phrase_key(row[0]): phrase_key(row[1]) for row in load_tsv(
        "entities/outlet_place_words_fa.tsv")}


@lru_cache(maxsize=1)
def _report_verbs() -> frozenset[str]:
    return frozenset(words(v)[0].folded for v in load_lines("entities/outlet_verbs_fa.txt"))


@lru_cache(maxsize=1)
def _other_verbs() -> frozenset[str]:
    """Finite verbs that are not an outlet's verbs of report («شد», «رسید», not «نوشت»)."""
    return finite_verbs() - _report_verbs()


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that are no part of an outlet's name next to the word: stops, finite verbs,
    nouns of kind, place nouns."""
    return (listed_keys("entities/conjunct_stops_fa.txt")
            | listed_keys("entities/press_kinds_fa.txt")
            | listed_keys("entities/place_nouns.txt") | _report_verbs() | finite_verbs())


def _plain(text: str, tokens: Sequence[Word], k: int, j: int) -> bool:
    """Whether words ``k`` and ``j`` (adjacent) are words split by spaces on one line (a name
    runs on across no line break: «وارد دیلی», a break, «شد» is no outlet), and the other
    is no stop, verb of report, noun of kind or place noun."""
    if not 0 <= j < len(tokens):
        return False
    a, b = sorted((k, j))
    other = tokens[j]
    return (other.text.isalnum() or "\u200c" in other.text) and other.folded not in _not_names() \
        and spaced_on_one_line(text, tokens[a].end, tokens[b].start)


def _span(text: str, tokens: Sequence[Word], k: int,
          kept: Sequence[Entity]) -> tuple[int, int] | None:
    """(start, end) of the outlet named with the word ``k`` (see the module), or None."""
    word = tokens[k]
    before = next((e for e in kept if e.end == tokens[k - 1].end and e.type in ("LOC", "ORG")),
                  None) if k and _plain(text, tokens, k, k - 1) else None
    if before is not None:
        return before.start, word.end
    if k + 1 < len(tokens) and tokens[k + 1].folded in _other_verbs():
        return None  # «وارد دیلی شد», «به دیلی رسید»: the place, told by a verb, names no paper
    if _plain(text, tokens, k, k + 1) and not any(
            e.start <= tokens[k + 1].start < e.end for e in kept):
        return word.start, tokens[k + 1].end
    if _plain(text, tokens, k, k - 1) and not any(
            e.start <= tokens[k - 1].start < e.end for e in kept):
        return tokens[k - 1].start, word.end
    return None


def _with_media_word(text: str, tokens: Sequence[Word],
                     span: tuple[int, int]) -> tuple[int, int]:
    """``span`` grown over a word outlets borrow written right after it («گلف دیلی نیوز»:
    ``media_name_words_fa.txt``)."""
    nxt = next((t for t in tokens if t.start >= span[1]), None)
    if nxt is not None and spaced_on_one_line(text, span[1], nxt.start) and (
            nxt.folded in listed_keys("entities/media_name_words_fa.txt")):
        return span[0], nxt.end
    return span


def daily_outlets(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the outlets named with a word that is also a place (see the module)."""
    listed = _words()
    folded = {t.folded for t in tokens}
    spans = []
    for k, word in enumerate(tokens):
        if word.folded in listed and listed[word.folded] not in folded and any(
                e.type == "LOC" and (e.start, e.end) == (word.start, word.end) for e in kept):
            span = _span(text, tokens, k, kept)
            if span is not None:
                spans.append(_with_media_word(text, tokens, span))
    return with_orgs(kept, text, spans, SOURCE)
