"""Persian branches of national bodies: a provincial, county or district office named by
its body and its place keeps its whole span and takes the body's KB link.

An office named by its body and the territory it serves («سپاه ناحیه نکا», «نیروی انتظامی
شهرستان سقز», «سپاه کربلا استان مازندران», «نیروی انتظامی تهران») is one organisation, as
the project's gold keeps a provincial office with its province (bench/data/ENTITIES-GOLD.md,
``orgs_over_places``). It is a part of the national body, as a unit named in its parent's
genitive is (``persian_units``): events, quotes and stories meet it under the body's KB id
(the output's ``kb_id``, ``name_en``, ``country`` and ``key``), while its ``text``, ``start``
and ``end`` stay the whole name, so no reader loses which office spoke.

A branch is read only when the words before the place name one KB organisation of that
place's country, however many of them are read («سپاه قدس گیلان», the corps «قدس», is left
unlinked: «سپاه» and «سپاه قدس» name two bodies), and what stands between the two is empty
or ends in a noun of a territorial unit (``resources/entities/branch_nouns_fa.txt``:
«استان», «شهرستان», «ناحیه»…), the unit's own name coming before that noun («کربلا» of «سپاه
کربلا استان مازندران»). A country after the body is the body's country, no branch («حماس
فلسطین»), and a place of another country makes another body («سپاه بدر عراق» is not the
IRGC). A body's name ending in the ezafe «ی» of a word in «ا» or «و» is read without it
(«صدا و سیمای مرکز خوزستان»), and a place with the word that closes its name as the place
(«نیروی انتظامی تهران بزرگ», session 28).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import PlaceEntry, place_index
from khabar.entities.persian_body_tails import without_closing_word
from khabar.entities.persian_tidy import name_words
from khabar.entities.words import Word, listed_keys
from khabar.kb.entries import KbEntry, KnowledgeBase, with_entry
from khabar.kb.link import link_name
from khabar.kb.places import division_index

EZAFE_AFTER_VOWEL = ("ای", "وی")
"""Endings of a word whose last letter «ی» is the ezafe after a long vowel («سیمای»)."""


def _branch_nouns() -> frozenset[str]:
    return listed_keys("entities/branch_nouns_fa.txt")


def link_branches(kb: KnowledgeBase, tokens: Sequence[Word],
                  entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each unlinked organisation that names a branch of a KB body linked
    to that body, its span unchanged (see the module)."""
    starts = [w.start for w in tokens]
    out = []
    for e in entities:
        if e.type == "ORG" and e.kb_id is None:
            name = name_words(tokens, starts, e)
            parent = _parent(kb, name)
            if parent is not None:
                e = with_entry(e, parent)
        out.append(e)
    return out


def _parent(kb: KnowledgeBase, name: Sequence[Word]) -> KbEntry | None:
    """The KB body whose branch ``name`` is, or None: the opening words name one KB
    organisation however many of them are read, and the rest after the longest such opening
    is a branch of its country. Openings that name two bodies leave the office unlinked: «سپاه
    قدس گیلان» is Gilan's corps of the IRGC, named «قدس», not the Quds Force («سپاه قدس»)."""
    bodies = [(cut, entry) for cut in range(1, len(name))
              if (entry := _body(kb, name[:cut])) is not None]
    if not bodies or len({entry.id for _, entry in bodies}) > 1:
        return None
    cut, entry = bodies[-1]
    return entry if entry.country and _is_branch(name[cut:], entry.country) else None


def _body(kb: KnowledgeBase, words: Sequence[Word]) -> KbEntry | None:
    texts = [w.text for w in words]
    found = link_name(kb, " ".join(texts), "ORG", None)
    if found is None and texts[-1].endswith(EZAFE_AFTER_VOWEL):
        found = link_name(kb, " ".join([*texts[:-1], texts[-1][:-1]]), "ORG", None)
    return found


def _is_branch(rest: Sequence[Word], country: str) -> bool:
    """Whether ``rest`` is a place of ``country`` that ends the name, right after the body or
    after a noun of a territorial unit; a word closing the place («تهران [بزرگ]») is read
    with it (``persian_body_tails``)."""
    rest = without_closing_word(rest)
    for k in range(len(rest)):
        between = rest[:k]
        if between and between[-1].folded not in _branch_nouns():
            continue
        place = _place(" ".join(w.text for w in rest[k:]))
        if place is not None and place.country == country and not place.is_country:
            return True
    return False


def _place(name: str) -> PlaceEntry | None:
    return division_index().get(name) or place_index().get(name)
