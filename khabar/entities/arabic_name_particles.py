"""A person cut at a European name particle runs on to the name word after it.

Arabic news writes the particles of European names as words of their own: «أورزولا فون دير
لاين», «لويس فان غال», «ستيفان دي ميستورا». The tagger often closes such a person on the
particle («أورزولا فون») or right before it («ستيفان»), and a name never ends in a particle.
A person (type PER) whose last word is a particle of ``name_particles_ar.txt`` (an inner one
only after another particle), or that is followed across a plain space on one line by a
particle of kind ``lead``, takes the run of particles after it and the name word after them
(«ميستورا»): a word without the article, written in letters, that no entity holds. «دير»
(also 'monastery', «دير الزور») and the like are of kind ``inner``: read only after another
particle. The person's key is read anew from its words. A person before a leading particle
is not run on when the name after it ends another person of the article: that is a second
person («وشكر بارتوميو فان غال», Bartomeu thanked Van Gaal). Later, a one-word surname
mention right after a leading particle that no entity holds, when a person of the article
ends in that particle and surname, takes the particle («لضم دي خيا» after «دافيد دي خيا»).
Session 22 (2026-12-07), issue 5, engineer ent_ar2.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import SURNAME_SOURCE, Entity
from khabar.entities.gazetteer import Word
from khabar.entities.titles import is_name_word, person_key
from khabar.entities.words import keys_by_kind
from khabar.text.tokens import spaced_on_one_line

PARTICLES = "entities/name_particles_ar.txt"


def _particles(kind: str | None = None) -> frozenset[str]:
    kinds = keys_by_kind(PARTICLES)
    if kind is not None:
        return kinds.get(kind, frozenset())
    return frozenset().union(*kinds.values())


def _spaced(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` follows word ``k - 1`` across a plain space on one line."""
    return spaced_on_one_line(text, tokens[k - 1].end, tokens[k].start)


def _name_after(text: str, tokens: Sequence[Word], k: int) -> int | None:
    """Past the particles from word ``k``, the index of the name word closing them."""
    while k < len(tokens) and tokens[k].folded in _particles() and _spaced(text, tokens, k):
        k += 1
    if k == len(tokens) or not _spaced(text, tokens, k):
        return None
    word = tokens[k]
    if word.folded.startswith("ال") or not word.text.isalpha() or not is_name_word(word):
        return None
    return k


def _ends_on_particle(tokens: Sequence[Word], first: int, last: int) -> bool:
    """Whether a person of words ``first``..``last`` (two or more) ends on a particle: a
    leading one, or an inner one right after another particle («فون دير»); an inner one
    alone is a word of its own («لا» 'no', «دير» 'monastery')."""
    if last <= first:
        return False
    word = tokens[last].folded
    if word in _particles("lead"):
        return True
    return word in _particles() and tokens[last - 1].folded in _particles()


def _cut_at_particle(text: str, tokens: Sequence[Word], first: int, last: int,
                     person_ends: frozenset[str]) -> int | None:
    """The index of the name word a person of words ``first``..``last`` runs on to, if it
    ends on a particle or right before a leading one; ``person_ends``: the last words of
    the article's persons."""
    if _ends_on_particle(tokens, first, last):
        return _name_after(text, tokens, last + 1)
    nxt = last + 1
    if nxt < len(tokens) and tokens[nxt].folded in _particles("lead") and _spaced(
            text, tokens, nxt):
        end = _name_after(text, tokens, nxt + 1)
        return None if end is None or tokens[end].folded in person_ends else end
    return None


def _person_ends(tokens: Sequence[Word], starts: Sequence[int],
                 kept: Sequence[Entity]) -> frozenset[str]:
    return frozenset(tokens[bisect_left(starts, e.end) - 1].folded for e in kept
                     if e.type == "PER" and bisect_left(starts, e.end) > 0)


def _on_particles(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> bool:
    """Whether the entity lies on particle words only (the gazetteer's «دير», a place)."""
    first, last = bisect_left(starts, e.start), bisect_left(starts, e.end) - 1
    return first <= last and all(w.folded in _particles() for w in tokens[first:last + 1])


def particle_names(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with persons cut at a name particle run on to its name word (see the
    module); an entity on the particles alone gives way."""
    starts = [w.start for w in tokens]
    person_ends = _person_ends(tokens, starts, kept)
    grown: dict[int, Entity] = {}
    given_way: set[int] = set()
    for n, e in enumerate(kept):
        first = bisect_left(starts, e.start)
        last = bisect_left(starts, e.end) - 1
        if e.type != "PER" or first >= len(tokens) or tokens[first].start != e.start or (
                last < first or tokens[last].end != e.end):
            continue
        end = _cut_at_particle(text, tokens, first, last, person_ends)
        if end is None:
            continue
        new_end = tokens[end].end
        crossed = [m for m, x in enumerate(kept)
                   if m != n and x.start < new_end and e.end < x.end]
        if all(_on_particles(tokens, starts, kept[m]) for m in crossed):
            grown[n] = replace(e, end=new_end, text=text[e.start:new_end],
                               key=person_key(tokens, first, end))
            given_way.update(crossed)
    return [grown.get(n, e) for n, e in enumerate(kept) if n not in given_way]


def _particle_names(kept: Sequence[Entity]) -> frozenset[str]:
    """The article's persons' last two words (particle and surname) as written, joined."""
    return frozenset(" ".join(e.text.split()[-2:]) for e in kept
                     if e.type == "PER" and len(e.text.split()) > 2)


def particle_surnames(text: str, tokens: Sequence[Word], kept: Sequence[Entity]
                      ) -> list[Entity]:
    """``kept`` with one-word surname mentions after a leading particle taking it (see the
    module)."""
    starts = [w.start for w in tokens]
    held = {(e.start, e.end) for e in kept}
    whole = _particle_names(kept)
    out = []
    for e in kept:
        k = bisect_left(starts, e.start)
        if (e.type == "PER" and e.source == SURNAME_SOURCE and 0 < k < len(tokens)
                and tokens[k].start == e.start and tokens[k].end == e.end
                and tokens[k - 1].folded in _particles("lead") and _spaced(text, tokens, k)
                and f"{tokens[k - 1].text} {e.text}" in whole
                and not any(s < tokens[k - 1].end and tokens[k - 1].start < t
                            for s, t in held)):
            start = tokens[k - 1].start
            e = replace(e, start=start, text=text[start:e.end])
        out.append(e)
    return out
