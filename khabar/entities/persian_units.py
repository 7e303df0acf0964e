"""Persian organisations of the tagger that name a unit of a body or a minister's field.

- A unit named in its parent's genitive («مرکز مدیریت بیماری‌های وزارت بهداشت», «کمیسیون
  فرهنگی مجلس», «گروه ارزشیابی سازمان سنجش آموزش کشور»): the parent is the name, as the
  project's gold labels it (bench/data/ENTITIES-GOLD.md) and as events and stories need it
  (one body under one key, whichever desk of it spoke). A tagger organisation that opens on
  a unit's noun (``resources/entities/unit_heads_fa.txt``) and holds a body's head noun
  further on (``parent_heads_fa.tsv``) starts there; a unit of a unit («دانشکده فنی
  دانشگاه تهران» inside a group) is cut again. A unit named alone («مرکز امور مشارکت
  زنان», «اداره منابع طبیعی») stays whole, and so does a parent that is a bare head noun
  the language uses for any body («شهرداری», «بانک»).
- The words after «وزیر» are the minister's field, never a body («معاون وزیر نیرو»,
  «وزیر امور خارجه»: ``field_posts_fa.txt``); the tagger's organisation there is none,
  unless it opens on a body's head noun itself («وزیر کشور و رئیس ستاد …» is not read so).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.persian_tidy import is_word
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.resources import load_tsv

ALONE = "alone"
"""The mark of a parent head that names one body without more words («مجلس»)."""


@lru_cache(maxsize=1)
def _unit_heads() -> frozenset[str]:
    return listed_keys("entities/unit_heads_fa.txt")


@lru_cache(maxsize=1)
def _parent_heads() -> dict[str, bool]:
    """Phrase key of a parent's head noun -> whether it names a body alone."""
    return {phrase_key(row[0]): row[1] == ALONE for row in load_tsv("entities/parent_heads_fa.tsv")}


@lru_cache(maxsize=1)
def _field_posts() -> frozenset[str]:
    return listed_keys("entities/field_posts_fa.txt")


def _parent_start(tokens: Sequence[Word], first: int, end: int) -> int:
    """The index of the word the parent body's name opens on, or ``first``."""
    k = first
    while tokens[k].folded in _unit_heads():
        found = next((j for j in range(k + 1, end) if _opens_parent(tokens, j, end)), None)
        if found is None:
            break
        k = found
    return k


def _opens_parent(tokens: Sequence[Word], j: int, end: int) -> bool:
    alone = _parent_heads().get(tokens[j].folded)
    if alone is None:
        return False
    return alone or sum(1 for w in tokens[j + 1:end] if is_word(w)) >= 1


def parent_bodies(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the tagger's units named in a parent's genitive cut to the parent, and
    without the tagger's organisations that are a minister's field (see the module)."""
    starts = [w.start for w in tokens]
    out = []
    for e in kept:
        if e.type == "ORG" and e.source == "crf":
            first, end = bisect_left(starts, e.start), bisect_left(starts, e.end)
            if first >= end:
                out.append(e)
                continue
            if (first > 0 and tokens[first - 1].folded in _field_posts()
                    and tokens[first].folded not in _parent_heads()):
                continue
            k = _parent_start(tokens, first, end)
            if k != first:
                start = tokens[k].start
                e = replace(e, start=start, text=text[start:e.end],
                            key=f"org:{phrase_key(text[start:e.end])}")
        out.append(e)
    return out
