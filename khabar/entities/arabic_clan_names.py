"""A listed body named by a family's nisba, after a person's given name, is that person's
family name.

Some Arabic movements are named by the family that leads them, with the family's nisba
«ال…ي»: «الحوثي» is both the movement (orgs.tsv, Ansar Allah) and the family name of its
leaders. After a given name the word is the family name of one person, as any family
name in «ال» is: «عبدالملك الحوثي», «محمد علي الحوثي», «عبد الكريم الحوثي, شقيق زعيم
المتمردين»; after a noun it stays the body («مليشيا الحوثي», «جماعة الحوثي»).

A listed organisation (source ``org_list``) of one word «ال…ي» becomes the last word of a
person where, across a plain space on one line,

- a person of the tagger or the rules ends right before it, read from a title or opened by
  a given name (the person grows to take it: «[محمد علي] [الحوثي]»; not «[أبو ثابت]
  الحوثي», which the one-type rule, entities/name_types, would then cut to the body), or
- a given name of ``given_names_ar.txt`` or a theophoric one («عبد» + a definite word, one
  of God's names: «عبدالخالق») that no entity holds comes right before it, written whole
  («عبدالملك») or in two words after «عبد» («عبد الكريم»).

Also, a person «عبد الملك» (a compound given name written apart) right before a person the
title rules read after «الملك» is one person: the title rules take «الملك» for 'king'
(«عبد الملك [الحوثي]»). Session 13 (2026-12-05), issue 5, engineer ent_ar3.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import GIVEN_NAME_SOURCE, ORG_LIST_SOURCE, TITLE_SOURCE, Entity
from khabar.entities.arabic_name_words import given_names_ar
from khabar.entities.gazetteer import Word
from khabar.entities.name_types import opened_by_given, theophoric
from khabar.entities.stage import ABD
from khabar.entities.titles import person_key
from khabar.normalize.fold import fold
from khabar.text.tokens import spaced_on_one_line, token_at


def _held_tokens(tokens: Sequence[Word], entities: Sequence[Entity]) -> set[int]:
    """The indices of the tokens some entity overlaps."""
    held: set[int] = set()
    for e in entities:
        first = bisect_right(tokens, e.start, key=lambda w: w.end)
        held.update(range(first, bisect_left(tokens, e.end, key=lambda w: w.start)))
    return held


def _clan_word(e: Entity, tokens: Sequence[Word], k: int) -> bool:
    word = tokens[k]
    return (e.type == "ORG" and e.source == ORG_LIST_SOURCE and word.end == e.end
            and word.text.startswith("ال") and word.text.endswith("ي"))


def _given_start(text: str, tokens: Sequence[Word], k: int, held: set[int]) -> int | None:
    """The first token of a free given name ending at token ``k``, or None."""
    if k < 0 or k in held:
        return None
    if tokens[k].folded in given_names_ar() or theophoric(tokens[k].folded):
        return k
    joined = ABD + tokens[k].folded
    if (k > 0 and k - 1 not in held and tokens[k - 1].folded == ABD
            and spaced_on_one_line(text, tokens[k - 1].end, tokens[k].start)
            and (joined in given_names_ar() or theophoric(joined))):
        return k - 1
    return None


def _person(text: str, tokens: Sequence[Word], first: int, last: int,
            source: str | None) -> Entity:
    start, end = tokens[first].start, tokens[last].end
    return Entity(start, end, type="PER", text=text[start:end],
                  key=person_key(tokens, first, last), source=source)


def clan_family_names(text: str, tokens: Sequence[Word],
                      kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the clan names read as persons' family names (see the module)."""
    out = sorted(kept, key=lambda e: e.start)
    held = _held_tokens(tokens, out)
    i = 0
    while i < len(out):
        e = out[i]
        k = token_at(tokens, e.start)
        if k is None or k == 0 or not spaced_on_one_line(text, tokens[k - 1].end, e.start):
            i += 1
            continue
        before = out[i - 1] if i > 0 and out[i - 1].end == tokens[k - 1].end else None
        merged = _merged(text, tokens, k, e, before, held)
        if merged is None:
            i += 1
            continue
        if before is not None and merged.start == before.start:
            out[i - 1:i + 1] = [merged]
            continue
        out[i] = merged
        i += 1
    return out


def _merged(text: str, tokens: Sequence[Word], k: int, e: Entity, before: Entity | None,
            held: set[int]) -> Entity | None:
    if before is not None and before.type == "PER":
        first = token_at(tokens, before.start)
        if first is None:
            return None
        if _clan_word(e, tokens, k) and (before.source == TITLE_SOURCE
                                         or opened_by_given(tokens[first:k + 1])):
            return _person(text, tokens, first, k, before.source)
        if (e.type == "PER" and e.source == TITLE_SOURCE and k >= 2
                and tokens[k - 2].folded == ABD and tokens[k - 1].folded == fold("الملك")):
            last = next((j for j, w in enumerate(tokens) if w.end == e.end), None)
            if last is None:
                return None
            return replace(_person(text, tokens, first, last, before.source), role=before.role)
        return None
    if before is None and _clan_word(e, tokens, k):
        first = _given_start(text, tokens, k - 1, held)
        if first is not None:
            return _person(text, tokens, first, k, GIVEN_NAME_SOURCE)
    return None
