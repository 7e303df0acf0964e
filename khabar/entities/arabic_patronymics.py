"""A person cut on a Mauritanian «ولد» runs on to the name after it (issue 5, session 27
(2026-12-07), engineer ent_ar10).

Mauritanian names link the given name to the father's or family name with «ولد» 'son of',
written as a word of its own: «إسماعيل ولد الشيخ أحمد», the UN envoy to Yemen, whom the
taggers read as «إسماعيل ولد» (and «أحمد» after the title word «الشيخ» as a second person,
«أحمد سبعة»). A name never ends on the link (``patronymic_links_ar.txt``). A person (type
PER) whose last word is one takes the names after it on the same line: a title word that is
also a family name (``family_titles_ar.txt``: «الشيخ», as ``titles._family_title`` reads it
after «ولد») and the name word after it, or a name word with its «عبد» compound
(«عبد العزيز»). A person the tagger found inside those words gives way to the longer name; a
body or a place there stops the run. The person's key is read anew from its words.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.gazetteer import Word
from khabar.entities.titles import CONNECTORS, is_name_word, person_key
from khabar.entities.words import listed_keys
from khabar.text.tokens import spaced_on_one_line

LINKS = "entities/patronymic_links_ar.txt"
FAMILY_TITLES = "entities/family_titles_ar.txt"


def _next_word(text: str, tokens: Sequence[Word], k: int) -> Word | None:
    """Word ``k`` when it follows word ``k - 1`` across a plain space on one line."""
    if k >= len(tokens) or not spaced_on_one_line(text, tokens[k - 1].end, tokens[k].start):
        return None
    return tokens[k]


def _name_words_after(text: str, tokens: Sequence[Word], link: int) -> int | None:
    """The index of the last name word after the link at ``link``: a family title and the
    name word after it if there is one, or a name word (with the word after «عبد»)."""
    word = _next_word(text, tokens, link + 1)
    if word is None:
        return None
    if word.folded in listed_keys(FAMILY_TITLES):
        after = _next_word(text, tokens, link + 2)
        plain = after is not None and not after.text.startswith("ال") and is_name_word(after)
        return link + 2 if plain else link + 1
    if word.folded in CONNECTORS:
        after = _next_word(text, tokens, link + 2)
        return link + 2 if after is not None and is_name_word(after) else None
    return link + 1 if is_name_word(word) else None


def _word_span(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> tuple[int, int] | None:
    first, last = bisect_left(starts, e.start), bisect_left(starts, e.end) - 1
    if first > last or tokens[first].start != e.start or tokens[last].end != e.end:
        return None
    return first, last


def patronymic_names(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with persons cut on a patronymic link run on to the name after it (see the
    module); a person inside the words they take gives way."""
    starts = [w.start for w in tokens]
    grown: dict[int, Entity] = {}
    given_way: set[int] = set()
    for n, e in enumerate(kept):
        span = _word_span(tokens, starts, e) if e.type == "PER" else None
        if span is None or span[1] <= span[0] or tokens[span[1]].folded not in listed_keys(LINKS):
            continue
        end = _name_words_after(text, tokens, span[1])
        if end is None:
            continue
        new_end = tokens[end].end
        crossed = [m for m, x in enumerate(kept) if m != n and x.start < new_end and e.end < x.end]
        if any(kept[m].type != "PER" or kept[m].start < e.end for m in crossed):
            continue
        grown[n] = replace(e, end=new_end, text=text[e.start:new_end],
                           key=person_key(tokens, span[0], end))
        given_way.update(crossed)
    return [grown.get(n, e) for n, e in enumerate(kept) if n not in given_way]
