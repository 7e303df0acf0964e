"""KB names that denote their entry only beside a word of its kind.

Al Jazeera's Persian name «الجزیره» folds to the Arabic word «الجزيرة», which is also the
island, the peninsula, the Saudi daily «صحيفة الجزيرة» and a Riyadh district: Arabic news
names the network beside a word of the channel («قناة الجزيرة», «مراسل الجزيرة», «الجزيرة
نت», «الجزيرة الإخبارية»). Where no occurrence of such a name in the article stands beside
one of its words, its mentions are neither linked nor lend or take a link (their spans join
the linker's ``skip``); where one does, the article is about the network, and every mention
links. Names and words: ``resources/kb/context_names.tsv``, per language.

A KB body of no country is an international one («الصليب الأحمر», the ICRC); followed by a
nationality adjective, which agrees with it and describes it, the name is one nation's
body («الصليب الأحمر الأمريكي», the American Red Cross): ``national_bodies`` takes the
adjective into the name, gives it the country, and so leaves it unlinked.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.gazetteer import demonyms
from khabar.entities.phrases import proclitics
from khabar.entities.words import Word, phrase_key
from khabar.kb.entries import KnowledgeBase
from khabar.resources import load_tsv
from khabar.text.tokens import spaced_on_one_line

Words = dict[str, dict[str, frozenset[str]]]
"""name key -> side ("before", "after") -> folded words."""


@lru_cache(maxsize=4)
def _context_words(lang: str) -> Words:
    found: dict[str, dict[str, set[str]]] = {}
    for row_lang, name, side, word in load_tsv("kb/context_names.tsv"):
        if row_lang == lang:
            found.setdefault(phrase_key(name), {}).setdefault(side, set()).add(phrase_key(word))
    return {name: {side: frozenset(ws) for side, ws in sides.items()}
            for name, sides in found.items()}


def _forms(folded: str) -> set[str]:
    """A word, and the word without a glued proclitic («لقناة» -> «قناة»)."""
    if len(folded) > 3 and folded[0] in proclitics():
        return {folded, folded[1:]}
    return {folded}


def _neighbour(tokens: Sequence[Word], i: int, step: int) -> Word | None:
    """The first word from ``i`` on, going by ``step``, past quotes and brackets."""
    while 0 <= i < len(tokens):
        if tokens[i].text[0].isalnum():
            return tokens[i]
        i += step
    return None


def _in_context(tokens: Sequence[Word], i: int, sides: dict[str, frozenset[str]]) -> bool:
    before, after = _neighbour(tokens, i - 1, -1), _neighbour(tokens, i + 1, 1)
    return bool((before is not None and _forms(before.folded) & sides.get("before", set()))
                or (after is not None and after.folded in sides.get("after", set())))


def context_name_spans(tokens: Sequence[Word], entities: Sequence[Entity],
                       lang: str | None) -> frozenset[tuple[int, int]]:
    """(start, end) of the mentions of a listed name that the article never sets beside
    one of its words (see the module)."""
    listed = _context_words(lang or "ar")
    if not listed:
        return frozenset()
    named = {phrase_key(e.text): e for e in entities if e.type in ("PER", "ORG")}
    names = listed.keys() & named.keys()
    if not names:
        return frozenset()
    shown = {key for i, w in enumerate(tokens) for key in _forms(w.folded) & names
             if _in_context(tokens, i, listed[key])}
    return frozenset((e.start, e.end) for e in entities
                     if e.type in ("PER", "ORG") and phrase_key(e.text) in names - shown)


def _national(text: str, tokens: Sequence[Word], i: int) -> str | None:
    """The country of the nationality adjective that is word ``i``, right after a space."""
    if i >= len(tokens) or not spaced_on_one_line(text, tokens[i - 1].end, tokens[i].start):
        return None
    match = demonyms().match_at(text, tokens, i)
    return match.value if match is not None and match.last == i else None


def national_bodies(text: str, tokens: Sequence[Word], entities: Sequence[Entity],
                    kb: KnowledgeBase) -> list[Entity]:
    """``entities`` with each name of an international KB body that a nationality adjective
    follows lengthened over it, as that nation's body (see the module)."""
    starts = [w.start for w in tokens]
    out = []
    for e in entities:
        named = kb.named(e.text, "ORG") if e.type == "ORG" else []
        i = bisect_left(starts, e.end)
        code = _national(text, tokens, i) if named and all(
            x.country is None for x in named) and i > 0 else None
        if code is not None:
            name = text[e.start:tokens[i].end]
            e = replace(e, end=tokens[i].end, text=name, country=code,
                        key=f"org:{phrase_key(name)}")
        out.append(e)
    return out


__all__ = ["context_name_spans", "national_bodies"]
