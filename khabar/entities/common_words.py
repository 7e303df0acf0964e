"""Common Arabic words the entity rules and the tagger take for names.

Three sources of false persons and organisations in Arabic news, each a kind of word
rather than a list of mistakes:

- words that cannot be a name: function words with an attached pronoun («عليه», «لي»),
  and a proclitic on a definite word or a noun of a place («بمحافظة», «وشارع»,
  «للإغاثة»), where a title chain or a given name would run on into the next phrase;
- given names of the shared list that are Arabic common words (Persian «اکبر», Arabic
  «أكبر» 'largest');
- the unit of an amount of money («مليار ريال») and a month name in a date («أبريل
  (نيسان)»), which the tagger reads as an organisation;
- set phrases opened by a word that is also a given name («حسن الجوار» good
  neighbourliness, «رضا الناس»), which the tagger reads as a person, or its first word.

Nothing here imports ``titles`` (which imports this module).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import Word, fold_word, keys_by_kind, listed_keys, phrase_key
from khabar.resources import load_lines, load_tsv
from khabar.text.tokens import token_at

MIN_DEFINITE_STEM = 5
"""Letters of a proclitic's definite rest («الاحساء»): shorter rests are name letters
(«فالح» is a name, not ف + «الح»)."""
MAX_SKIPPED = 2
"""Brackets and punctuation skipped between an amount and its unit («(3,118,500 ) ريال»)."""


def function_words() -> frozenset[str]:
    return listed_keys("entities/function_words_ar.txt")


def _place_nouns() -> frozenset[str]:
    return listed_keys("entities/place_nouns.txt")


def given_names_not_ar() -> frozenset[str]:
    return listed_keys("entities/given_names_not_ar.txt")


def _amount_words() -> dict[str, frozenset[str]]:
    return keys_by_kind("entities/amount_words.tsv", kind_column=0)


def magnitude_words() -> frozenset[str]:
    """Words of magnitude after a number («هزار», «مليون»)."""
    return _amount_words().get("magnitude", frozenset())


@lru_cache(maxsize=1)
def gregorian_months() -> frozenset[str]:
    """Gregorian month names that are no common word (months.tsv, strict 0)."""
    return frozenset(phrase_key(row[4]) for row in load_tsv("dates/months.tsv")
                     if row[0] == "gregorian" and row[3] == "0")


def _body_nouns() -> frozenset[str]:
    return listed_keys("entities/body_nouns_ar.txt")


def proclitic_on_noun(word: Word) -> bool:
    """A proclitic on a definite word, a noun of a place or a noun of a body's kind
    («بالاحساء», «بمحافظة», «وشارع», «لوكالة»: session 14 (2026-12-06), «رامي عبد الرحمن
    لوكالة فرانس برس»): the next phrase, not a word of the name before it."""
    for skipped, rest in clitic_variants(word):
        if skipped and (rest in _place_nouns() or rest in _body_nouns() or (
                rest.startswith("ال") and len(rest) >= MIN_DEFINITE_STEM)):
            return True
    return False


def not_a_name(word: Word) -> bool:
    """A function word or a proclitic on a noun: no word of a name."""
    return word.folded in function_words() or proclitic_on_noun(word)


def _is_number(word: Word) -> bool:
    return any(ch.isdigit() for ch in word.text)


def _neighbour(tokens: Sequence[Word], k: int, step: int) -> Word | None:
    """The nearest word to ``k`` in direction ``step``, skipping a little punctuation."""
    for j in range(k + step, k + step * (MAX_SKIPPED + 2), step):
        if not 0 <= j < len(tokens):
            return None
        if tokens[j].text[:1].isalnum():
            return tokens[j]
    return None


def in_amount_or_date(tokens: Sequence[Word], k: int) -> bool:
    """Word ``k`` is a currency unit after a number or magnitude word, or a month name
    beside a number or another month name («أبريل (نيسان)», «نيسان 2015»)."""
    word, before, after = tokens[k], _neighbour(tokens, k, -1), _neighbour(tokens, k, 1)
    amounts = _amount_words()
    if word.folded in amounts.get("currency", ()):
        return before is not None and (
            _is_number(before) or before.folded in amounts.get("magnitude", ()))
    if word.folded in gregorian_months():
        return (before is not None and (_is_number(before) or before.folded in gregorian_months())
                ) or (after is not None and _is_number(after))
    return False


def drop_amounts_and_dates(tokens: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """Without the tagger's one-word organisations and persons that are a currency unit
    of an amount or a month name of a date."""
    starts = {w.start: k for k, w in enumerate(tokens)}
    kept = []
    for e in entities:
        k = starts.get(e.start)
        if (e.source == TAGGER_SOURCE and e.type in ("ORG", "PER") and k is not None
                and tokens[k].end == e.end and in_amount_or_date(tokens, k)):
            continue
        kept.append(e)
    return kept


@lru_cache(maxsize=2)
def name_word_phrases(resource: str) -> frozenset[tuple[str, str]]:
    """The folded two-word set phrases of ``resource`` (one a line) whose first word is
    also a given name."""
    pairs = (tuple(fold_word(w) for w in line.split()) for line in load_lines(resource))
    return frozenset((p[0], p[1]) for p in pairs if len(p) == 2)


def drop_phrase_persons(tokens: Sequence[Word], entities: Sequence[Entity],
                        resource: str) -> list[Entity]:
    """``entities`` without the persons that are a set phrase of ``resource`` opened by a
    given name, or its first word with the second right after («حسن الجوار», «حسن نیت»):
    the Arabic and the Persian lists are read alike."""
    starts = [w.start for w in tokens]
    phrases = name_word_phrases(resource)

    def a_phrase(e: Entity) -> bool:
        first, end = bisect_left(starts, e.start), bisect_left(starts, e.end)
        if e.type != "PER" or end - first not in (1, 2) or first + 1 >= len(tokens):
            return False
        return (tokens[first].folded, tokens[first + 1].folded) in phrases
    return [e for e in entities if not a_phrase(e)]


def drop_name_word_phrases(tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the persons that are an Arabic set phrase opened by a given
    name, or its first word with the second right after («حسن الجوار»), and without the
    persons that are a noun used as a preposition, alone or with its genitive («نظير
    جهوده»)."""
    kept = drop_phrase_persons(tokens, entities, "entities/name_word_phrases_ar.txt")
    return [e for e in kept if not _preposition_person(tokens, e)]


def _preposition_person(tokens: Sequence[Word], e: Entity) -> bool:
    """Whether ``e`` is a person read from a noun used as a preposition, alone or with
    the word after it, where that word is a definite noun or one with an attached
    pronoun (``resources/entities/noun_prepositions_ar.tsv``; session 16, 2026-12-06)."""
    first = token_at(tokens, e.start) if e.type == "PER" else None
    if first is None or first + 1 >= len(tokens) or e.end not in (
            tokens[first].end, tokens[first + 1].end):
        return False
    kinds = keys_by_kind("entities/noun_prepositions_ar.tsv")
    after = tokens[first + 1]
    return tokens[first].folded in kinds["preposition"] and (
        after.text.startswith("ال") or after.text.endswith(tuple(kinds["suffix"])))
