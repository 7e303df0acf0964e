"""A compound surname written apart is one name, read whole when the tagger took only its
end or cut it before the end (issue 5, session 21 (2026-12-06), engineer ent_fa).

A lost half-space leaves a compound surname in two words («الهی زاده», «غنی زاده», «نصر
الله زاده»); the gold labels the whole name as written («بختیاری زاده», «خیرالله زاده»:
bench/data/ENTITIES-GOLD.md). Where the first word is a common word («الهی» 'divine', «غنی»
'rich') the tagger reads the end alone as the person («قاضی الهی [زاده]»), or the given name
and the end as two («[همایون] غنی [زاده]»), and a person of another rule may stop before the
end («دکتر [نصر الله] زاده»). A person that is the end alone (``surname_suffixes.txt``: «زاده»,
«پور», «نژاد», ...) grows over the word before it, and over a person right before that word;
a person followed by such an end that no entity holds takes it. Only a space between, no
line break or mark; references («وی») and a word inside another entity are left alone.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.persian_tidy import is_word, with_surname_suffix
from khabar.entities.titles import surname_suffixes
from khabar.entities.words import Word, phrase_key
from khabar.text.tokens import spaced_on_one_line


def _a_person(e: Entity) -> bool:
    return e.type == "PER" and e.source not in REFERENCE_SOURCES


def _holder(entities: Sequence[Entity], word: Word) -> Entity | None:
    return next((e for e in entities if e.start < word.end and word.start < e.end), None)


def _lone_end(text: str, tokens: Sequence[Word], starts: Sequence[int],
              out: list[Entity], e: Entity) -> list[Entity]:
    """``out`` with the lone end ``e`` grown over the word before it (see the module)."""
    k = bisect_left(starts, e.start)
    if k == 0 or not is_word(tokens[k - 1]) or not spaced_on_one_line(
            text, tokens[k - 1].end, e.start):
        return out
    first = tokens[k - 1]
    holder = _holder(out, first)
    if holder is not None:
        if not (_a_person(holder) and holder.end == first.end):
            return out  # the word before belongs to a body or a place
        before = [holder]  # «[نصر الله] [زاده]»: the person before meets its end
    else:
        before = [p for p in out if _a_person(p) and p.end <= first.start
                  and spaced_on_one_line(text, p.end, first.start)]
    start = before[0].start if before else first.start
    grown = replace(e, start=start, text=text[start:e.end], key=f"per:{first.folded}{e.text}")
    return [grown if p is e else p for p in out if p not in before]


def _end_after(text: str, tokens: Sequence[Word], starts: Sequence[int],
               out: list[Entity], e: Entity) -> list[Entity]:
    """``out`` with the person ``e`` grown over a surname's end right after it
    (``persian_tidy.with_surname_suffix``), where no entity but the end read alone as a
    person holds that end."""
    grown = with_surname_suffix(text, tokens, starts, e)
    if grown is e:
        return out
    end = tokens[bisect_left(starts, e.end)]
    holder = _holder(out, end)
    if holder is not None and not (_a_person(holder) and holder.text == end.text):
        return out
    return [grown if p is e else p for p in out if p is not holder]


def join_split_surnames(text: str, tokens: Sequence[Word],
                        entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each compound surname written apart read whole (see the module)."""
    starts = [w.start for w in tokens]
    out = list(entities)
    for e in list(out):
        if e not in out or not _a_person(e):
            continue
        if phrase_key(e.text) in surname_suffixes():
            out = _lone_end(text, tokens, starts, out, e)
        else:
            out = _end_after(text, tokens, starts, out, e)
    return sorted(out, key=lambda e: e.start)
