"""A broadcaster's or news site's name after the phrase of its kind, without the phrase
(issue 5, session 23 (2026-12-07), engineer ent_fa6).

Persian news cites a foreign channel by a noun and the adjective of its line before the name
(«شبکه تلویزیونی الجزیره», «شبکه خبری العربیه», «شبکه تلویزیونی cbs»:
``resources/entities/media_kinds_fa.txt``). The tagger read most such names with the phrase
(«[شبکه تلویزیونی العراقیه]», 13 of 30 in a sample of the shared Hamshahri and Fars text) and
missed the names written in Latin letters; the project's gold labels the name alone, a generic
noun of kind left out (bench/data/ENTITIES-GOLD.md). So
- a tagger's organisation that opens on the phrase and runs on after it is the rest, the
  words after the phrase (as ``persian_press`` takes «ایران» of the tagger's «[روزنامه
  ایران]»);
- words in Latin letters right after the phrase that no entity holds are the outlet («cbs»,
  «zdf»): a name borrowed as it is written; not a site's address («سایت اینترنتی
  ezdevaj.nahad.ir»).
The rest is no outlet where it is only a place («سی‌بی‌اس، شبکه تلویزیونی [آمریکا]»: the
network's country) or opens on a nationality («پایگاه اینترنتی کانادایی «گلوبال ریسرچ»»: the
name, if any, comes after it).
A phrase after a determiner or a number names no outlet («این شبکه خبری», «یک شبکه
تلویزیونی»), and a quoted name after the noun and its adjective is ``persian_press``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.gazetteer import demonyms, place_index
from khabar.entities.persian_press import SOURCE
from khabar.entities.persian_rules import prefixes_of
from khabar.entities.persian_tidy import determiners
from khabar.entities.words import Word, listed_lengths, with_org

MODEL_SOURCES = frozenset({TAGGER_SOURCE})
"""Sources of the statistical tagger's entities, whose span the name replaces."""
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*")
"""A word written in Latin letters, as an outlet's borrowed name («cbs», «zdf», «news24»)."""
WEB_ADDRESS = re.compile(r"[./@][A-Za-z0-9]")
"""A dot, slash or at sign glued to the next letters: the words are a site's address, no name."""


@lru_cache(maxsize=1)
def _kinds() -> dict[str, int]:
    """Phrase key -> number of words, of the phrases of ``media_kinds_fa.txt``."""
    return listed_lengths("entities/media_kinds_fa.txt")


@lru_cache(maxsize=1)
def _kind_prefixes() -> frozenset[str]:
    return prefixes_of(_kinds())


def _kind_end(tokens: Sequence[Word], k: int) -> int | None:
    """The index of the word after the longest kind phrase opening at word ``k``, or None."""
    found, key = None, ""
    for j in range(k, min(len(tokens), k + max(_kinds().values(), default=0) + 2)):
        key += tokens[j].folded
        if key not in _kind_prefixes():
            break
        if key in _kinds():
            found = j + 1
    return found


def _latin_end(tokens: Sequence[Word], first: int) -> int:
    """The index after the run of Latin-letter words opening at word ``first``."""
    end = first
    while end < len(tokens) and LATIN.fullmatch(tokens[end].text):
        end += 1
    return end


def _web_address(text: str, end: int) -> bool:
    """Whether the Latin words ending at ``end`` go on as a web address («ezdevaj.nahad.ir»)."""
    return bool(WEB_ADDRESS.match(text, end))


def _outlet_after(text: str, tokens: Sequence[Word], entities: Sequence[Entity], k: int,
                  first: int) -> tuple[int, int] | None:
    """The span of the outlet named after the phrase at words ``k``..``first - 1``, or None."""
    head, name = tokens[k], tokens[first]
    over = [e for e in entities if e.start < name.end and head.start < e.end]
    tagged = [e for e in over if e.start == head.start and e.type == "ORG"
              and e.source in MODEL_SOURCES and e.end > name.start]
    if len(over) == 1 and tagged:
        rest = text[name.start:tagged[0].end]
        if place_index().get(rest) is not None or demonyms().get(name.text) is not None:
            return None
        return name.start, tagged[0].end
    end = _latin_end(tokens, first)
    if end > first and not _web_address(text, tokens[end - 1].end) and not any(
            e.start < tokens[end - 1].end and name.start < e.end for e in entities):
        return name.start, tokens[end - 1].end
    return None


def media_names(text: str, tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the outlets named after a phrase of their kind (see the module)."""
    out = list(entities)
    for k, word in enumerate(tokens):
        if word.folded not in _kind_prefixes() or (k > 0 and (
                tokens[k - 1].folded in determiners() or tokens[k - 1].text.isdigit())):
            continue
        first = _kind_end(tokens, k)
        if first is None or first >= len(tokens):
            continue
        span = _outlet_after(text, tokens, out, k, first)
        if span is not None:
            out = with_org(out, text, span[0], span[1], SOURCE)
    return sorted(out, key=lambda e: e.start)
