"""Persian newsroom desks are no organisations (issue 5; moved out of ``persian_rules`` and
widened in session 16 (2026-12-06), engineer ent_fa).

A Hamshahri or Fars report often opens on its desk («گروه اجتماعی:», «گروه ادب و هنر-»,
``resources/events/news_desks_fa.txt``), which the gold does not label
(bench/data/ENTITIES-GOLD.md: a newspaper's desk «گروه ورزشی:» is not labelled). The tagger
reads some desks as organisations, alone («[گروه ادب و هنر]:») or run on over the mark into
the report's first words («[گروه علمی فرهنگی- مایکروسافت] قیمت ... را افشا کرد», «گروه
[بورس- آمارهای] موجود»: the desk's noun may lie outside). A tagger organisation that is a
desk is dropped; one that opens on a desk and a mark keeps the words after the mark where
they open on a body's head noun (``parent_heads_fa.tsv``, ``described_bodies_fa.tsv``: «بانک
مرکزی») or are all words the lexicon hardly knows (a borrowed name: «مایکروسافت», the press
rule's test; a known stem with a plural or ezafe ending is Persian: «آمارهای»), and is
dropped otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.persian_press import MAX_WEIGHT, borrowed_word
from khabar.entities.persian_tidy import is_word
from khabar.entities.words import Word, fold_word, listed_keys, phrase_key, words
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.resources import load_tsv

DESK_MARKS = frozenset("-:_–ـ—")
"""Marks written between a desk and the report's first words."""
ENDINGS = ("های", "ها", "ی")
"""Plural and ezafe endings glued on a Persian word."""
GROUP = "گروه"
"""The noun of a desk, which the tagger's organisation may leave out («گروه [بورس- آمارهای]»)."""


def desks() -> frozenset[str]:
    return listed_keys("events/news_desks_fa.txt")


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    """Folded head nouns of bodies: ``described_bodies_fa.tsv``'s heads and
    ``parent_heads_fa.tsv``'s (also read by ``persian_rules``)."""
    heads = {fold_word(w) for kind, w in load_tsv("entities/described_bodies_fa.tsv")
             if kind == "head"}
    parents = {fold_word(row[0]) for row in load_tsv("entities/parent_heads_fa.tsv")}
    return frozenset(heads | parents)


def _after_desk(text: str, entity: Entity) -> Entity | None:
    """The tagger organisation ``entity`` without the desk it opens on (``entity`` itself when
    it opens on none), or None when it is a desk or the rest is no name."""
    if phrase_key(entity.text) in desks():
        return None
    parts = [w for w in words(entity.text) if is_word(w)]
    cut = next((i for i in range(1, len(parts)) if any(
        c in DESK_MARKS for c in entity.text[parts[i - 1].end:parts[i].start])), None)
    if cut is None:
        return entity
    before = text[max(0, entity.start - len(GROUP) - 1):entity.start].strip()
    opening = (GROUP + " " if before == GROUP else "") + entity.text[:parts[cut - 1].end]
    if phrase_key(opening) not in desks():
        return entity
    rest = parts[cut:]
    weight = lexicon().weight
    if not (rest[0].folded in body_heads() or all(
            borrowed_word(w, weight, i == 0) and not _inflected(w.text, weight)
            for i, w in enumerate(rest))):
        return None
    start = entity.start + rest[0].start
    return replace(entity, start=start, text=text[start:entity.end],
                   key=f"org:{phrase_key(text[start:entity.end])}")


def _inflected(word: str, weight: dict[str, int]) -> bool:
    """A Persian word the lexicon knows with a plural or ezafe ending glued on («آمارهای»)."""
    return any(word.endswith(end) and weight.get(word[:-len(end)], 0) > MAX_WEIGHT
               for end in ENDINGS)


def without_desks(text: str, tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the tagger's newsroom desks, and the report's first words a desk
    ran into kept only where they are a name (see the module)."""
    out = []
    for e in entities:
        kept = _after_desk(text, e) if e.source == TAGGER_SOURCE and e.type == "ORG" else e
        if kept is not None:
            out.append(kept)
    return sorted(out, key=lambda e: e.start)
