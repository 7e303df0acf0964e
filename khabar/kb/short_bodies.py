"""Bodies named short, linked by their article.

Arabic news names a body in full once, or not at all, and then by its head noun with the
article: «قوات التحالف», «طيران التحالف», «التحالف» is the Saudi-led coalition in a report
of the Yemen war and the US-led coalition against ISIS in one of Iraq or Syria. The short
names and the KB bodies each may denote are data (``resources/kb/short_bodies.tsv``), and
so are the countries where each body acts (``resources/kb/body_theatres.tsv``).

A short name, not followed by a definite word that would lengthen it into another name
(«التحالف الوطني»: a relative «الذي» / «التي» aside) nor by the preposition of a partner
that makes it a common noun («التحالف مع ...», «التحالف بين ...»), takes

1. the one candidate whose full name the article gives (a linked mention or its KB name in
   the text), unless the article's places are another candidate's theatre and not its, else
2. the one candidate whose theatre is among the countries of the article's places,
   else it stays unlinked: never where two candidates compete. Session 16 (2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Doc, Entity
from khabar.entities.phrases import proclitics
from khabar.entities.words import Word
from khabar.kb.entries import KbEntry, KnowledgeBase
from khabar.normalize.fold import fold
from khabar.resources import load_tsv
from khabar.text.tokens import spaced_on_one_line

SOURCE = "short_body"


@lru_cache(maxsize=4)
def short_names(lang: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded words of a short name -> the KB ids it may denote."""
    return {tuple(fold(w) for w in name.split()): tuple(ids.split(","))
            for row_lang, name, ids in load_tsv("kb/short_bodies.tsv") if row_lang == lang}


@lru_cache(maxsize=4)
def next_words(lang: str, effect: str) -> frozenset[str]:
    """Folded words right after a short name with ``effect`` (``short_body_words.tsv``):
    "keeps" (definite, yet not lengthening the name), "common" (the name is a common noun)."""
    return frozenset(fold(word) for row_lang, word, kind in load_tsv("kb/short_body_words.tsv")
                     if row_lang == lang and kind == effect)


@lru_cache(maxsize=1)
def theatres() -> dict[str, frozenset[str]]:
    """KB id -> the countries where the body acts."""
    return {kb_id: frozenset(codes.split()) for kb_id, codes in load_tsv("kb/body_theatres.tsv")}


def _bare(folded: str, first: bool) -> str:
    """A word without a glued Arabic proclitic («وقوات» -> «قوات», «للتحالف» -> «التحالف»)."""
    if folded.startswith("لل") and len(folded) > 4:
        return "ا" + folded[1:]
    if first and len(folded) > 3 and folded[0] in proclitics():
        return folded[1:]
    return folded


@lru_cache(maxsize=4)
def first_words(lang: str) -> frozenset[str]:
    """The first words of ``short_names(lang)``, as ``_bare`` leaves them."""
    return frozenset(key[0] for key in short_names(lang))


def _match_at(tokens: Sequence[Word], i: int,
              names: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[int, int] | None:
    """(start, last token) of the longest short name that starts at word ``i`` («للتحالف»
    keeps its «ل», which stands for the article's «ا»)."""
    for size in (3, 2, 1):
        if i + size > len(tokens):
            continue
        key = tuple(_bare(tokens[i + k].folded, k == 0) for k in range(size))
        if key in names:
            glued = key[0] == tokens[i].folded[1:]  # «وقوات»: the name starts after «و»
            return tokens[i].start + glued, i + size - 1
    return None


def _not_the_body(text: str, tokens: Sequence[Word], last: int, lang: str) -> bool:
    """Whether the word after the name on its line makes it another name (a definite word
    other than a relative) or a common noun («التحالف مع ...»)."""
    i = last + 1
    if i >= len(tokens) or not spaced_on_one_line(text, tokens[last].end, tokens[i].start):
        return False
    word = tokens[i].folded
    return word in next_words(lang, "common") or (
        word.startswith("ال") and word not in next_words(lang, "keeps"))


def _named(doc: Doc, kb: KnowledgeBase, entities: Sequence[Entity],
           ids: Sequence[str]) -> set[str]:
    """Candidates the article names in full: linked mentions, or a KB name in its text."""
    folded = fold(doc.text)
    linked = {e.kb_id for e in entities}
    found = set()
    for kb_id in ids:
        entry = kb.entry(kb_id)
        if kb_id in linked or (entry is not None and any(
                fold(n) in folded for n in entry.names.get(doc.lang or "ar", ()))):
            found.add(kb_id)
    return found


def resolve(doc: Doc, kb: KnowledgeBase, entities: Sequence[Entity],
            ids: Sequence[str]) -> KbEntry | None:
    """The one body the article means by a short name of candidates ``ids`` (module)."""
    named = _named(doc, kb, entities, ids)
    places = {e.country for e in entities if e.type == "LOC" and e.country}
    placed = {i for i in ids if theatres().get(i, frozenset()) & places}
    if named and placed and not named <= placed:
        return None  # named in full, but the article's places are another's theatre
    found = named or placed
    return kb.entry(next(iter(found))) if len(found) == 1 else None


def link_short_bodies(doc: Doc, kb: KnowledgeBase, tokens: Sequence[Word],
                      entities: list[Entity]) -> list[Entity]:
    """``entities`` with each listed short name of a body (see the module) linked to the
    body its article means: an unlinked organisation mention of it takes the link, and an
    untagged one is added as an organisation."""
    names = short_names(doc.lang or "ar")
    if not names:
        return entities
    firsts = first_words(doc.lang or "ar")
    chosen: dict[tuple[str, ...], KbEntry | None] = {}
    out, added = list(entities), list[Entity]()
    i = 0
    # only where a name's first word is: elsewhere ``_match_at`` finds nothing (most
    # words; asking it at every word was 2% of the pipeline's CPU, session 19)
    for opening in [k for k, word in enumerate(tokens) if _bare(word.folded, True) in firsts]:
        if opening < i:
            continue
        i = opening
        match = _match_at(tokens, i, names)
        if match is None or _not_the_body(doc.text, tokens, match[1], doc.lang or "ar"):
            continue
        start, last = match
        ids = names[tuple(_bare(tokens[k].folded, k == i) for k in range(i, last + 1))]
        if ids not in chosen:
            chosen[ids] = resolve(doc, kb, entities, ids)
        entry = chosen[ids]
        if entry is not None:
            _place(out, added, Entity(start, tokens[last].end, type="ORG",
                                      text=doc.text[start:tokens[last].end], kb_id=entry.id,
                                      name_en=entry.name_en, country=entry.country,
                                      key=entry.id, source=SOURCE))
        i = last + 1
    return sorted([*out, *added], key=lambda e: e.start) if added else out


def _place(out: list[Entity], added: list[Entity], mention: Entity) -> None:
    """Link the unlinked organisation of the mention's span, or add the mention where no
    entity overlaps it."""
    over = [k for k, e in enumerate(out) if e.start < mention.end and mention.start < e.end]
    if not over:
        added.append(mention)
        return
    k = over[0]
    e = out[k]
    if len(over) == 1 and e.type == "ORG" and e.kb_id is None \
            and mention.start <= e.start and e.end <= mention.end:
        out[k] = replace(e, kb_id=mention.kb_id, name_en=mention.name_en,
                         country=mention.country, key=mention.key)


__all__ = ["link_short_bodies", "resolve"]
