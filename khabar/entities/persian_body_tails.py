"""The tail a Persian body's name runs on to (issue 5, session 28 (2026-12-07), engineer
ent_fa14).

The gold keeps a provincial office's province in its name (bench/data/ENTITIES-GOLD.md), and
three such tails the tagger cuts off:

- the bare noun of a province or county (``place_body_nouns_fa.txt``) after a body opened by
  a parent's head noun (``parent_heads_fa.tsv``): «اداره کل ورزش و جوانان استان», the office
  of the province the article is about. What follows the noun must name nothing: the end of
  the sentence, a function word, a verb or a common word that is no place («… استان در»,
  «… شهرستان می‌باشد»). A place's name comes after it otherwise, which the place rules read
  whole («دادگستری استان بوشهر») or not («… استان خراسان رضوی», «… شهرستان گرمه», a town the
  gazetteer lacks): the noun alone would cut the name there;
- the word that closes a place's name (``greater_places_fa.txt``) after a body that ends on
  the place: «اداره راهنمایی و رانندگی تهران [بزرگ]»;
- the noun of a province or county and the gazetteer's place after it, on the body's line
  (session 30 (2026-12-07), engineer ent_fa17): «سازمان جهاد کشاورزی [استان سمنان]», «شبکه
  دامپزشکی [شهرستان انار]», «ستاد تنظیم بازار [استان اردبیل]», where the tagger stopped
  before the noun; the body opens on a parent's head and has two words or more, as for the
  bare noun. The place is then part of the name, no place of its own. Not after an outlet
  (``desk_heads_fa.txt``): «خبرگزاری فارس استان تهران» is the agency's provincial desk, and
  the gold labels «خبرگزاری فارس» (bench/data/entities-orgs21-fa.jsonl).

A tail another entity holds stays that entity's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from khabar.doc import GAZETTEER_SOURCE, Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_tidy import is_word, name_words
from khabar.entities.persian_units import parent_heads
from khabar.entities.persian_word_persons import is_common_word
from khabar.entities.titles import stopwords
from khabar.entities.words import Word, folded_phrases, listed_keys, phrase_key, words
from khabar.kb.places import division_index, province_names
from khabar.normalize.zwnj_lexicon import VERB_PREFIXES, ZWNJ
from khabar.text.tokens import spaced_on_one_line


def body_tails(text: str, tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each organisation that stops before its tail run on over it (see
    the module); a province's place the tail holds is taken into the name."""
    starts = [w.start for w in tokens]
    out = []
    taken: list[Entity] = []
    for e in entities:
        place = _province_place(text, tokens, starts, entities, e) if e.type == "ORG" else None
        end = place.end if place is not None else (
            _tail_end(tokens, starts, e) if e.type == "ORG" else None)
        if end is not None and not any(o.start < end and e.end < o.end
                                       for o in entities if o is not place):
            key = e.key if e.kb_id else f"org:{phrase_key(text[e.start:end])}"
            e = replace(e, end=end, text=text[e.start:end], key=key)
            taken += [place] if place is not None else []
        out.append(e)
    return [e for e in out if not any(e is place for place in taken)]


def _province_place(text: str, tokens: Sequence[Word], starts: Sequence[int],
                    entities: Sequence[Entity], e: Entity) -> Entity | None:
    """The gazetteer place after the province's or county's noun right after ``e`` on its
    line, where ``e`` opens on a parent's head, has two words or more and is no outlet; None
    where there is none (see the module)."""
    name = name_words(tokens, starts, e)
    k = bisect_left(starts, e.end)
    if (len(name) < 2 or name[0].folded not in parent_heads() or name[0].folded in _desk_heads()
            or k + 1 >= len(tokens) or not _province_noun(tokens[k])
            or not spaced_on_one_line(text, e.end, tokens[k].start)
            or not spaced_on_one_line(text, tokens[k].end, tokens[k + 1].start)):
        return None
    return next((o for o in entities if o.type == "LOC" and o.source == GAZETTEER_SOURCE
                 and o.start == tokens[k + 1].start), None)


def _desk_heads() -> frozenset[str]:
    return listed_keys("entities/desk_heads_fa.txt")


def _tail_end(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> int | None:
    """Where ``e``'s name ends once run on over its tail, or None when it has none."""
    name = name_words(tokens, starts, e)
    k = bisect_left(starts, e.end)
    if not name or k >= len(tokens) or not is_word(tokens[k]):
        return None
    tail = tokens[k]
    if _province_noun(tail) and len(name) > 1 and name[0].folded in parent_heads():
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        return tail.end if after is None or _names_nothing(after) else None
    closes = len(name) > 1 and len(without_closing_word([*name, tail])) == len(name)
    return tail.end if closes else None


def without_closing_word(name: Sequence[Word]) -> Sequence[Word]:
    """``name`` without its last word where that word closes a place of
    ``greater_places_fa.txt`` the name ends on («… تهران [بزرگ]»): what a reader of the place
    (``persian_branches``) reads."""
    for phrase in folded_phrases("entities/greater_places_fa.txt"):
        n = len(phrase)
        if len(name) >= n and tuple(w.folded for w in name[-n:]) == phrase:
            return name[:-1]
    return name


def _province_noun(word: Word) -> bool:
    return word.folded in listed_keys("entities/place_body_nouns_fa.txt")


def _names_nothing(word: Word) -> bool:
    """A mark, a function word, a verb, or a common word that is no place."""
    if not is_word(word) or word.folded in stopwords() or _verb(word):
        return True
    return is_common_word(word.text) and not _place_word(word)


def _place_word(word: Word) -> bool:
    """A place or province, or the first word of a province's name («خراسان» of «خراسان
    رضوی», «کردستان» of «استان کردستان»: the gazetteer holds some only whole)."""
    return (word.folded in _province_openings() or place_index().get(word.folded) is not None
            or division_index().get(word.folded) is not None)


@cache
def _province_openings() -> frozenset[str]:
    """The folded first word of each province's name after its noun (``kb/provinces.tsv``)."""
    nouns = listed_keys("entities/place_body_nouns_fa.txt")
    found = set()
    for name, _ in province_names():
        parts = [w.folded for w in words(name) if is_word(w)]
        parts = parts[1:] if parts[:1] and parts[0] in nouns else parts
        found.update(parts[:1])
    return frozenset(found)


def _verb(word: Word) -> bool:
    """A verb with its prefix written apart by a ZWNJ («می‌باشد»)."""
    return ZWNJ in word.text and word.text.split(ZWNJ)[0] in VERB_PREFIXES
