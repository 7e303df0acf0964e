"""A space inside an inflected compound, for ZWNJ repair (``khabar.normalize.zwnj``).

A word the lexicon spells with a ZWNJ ("آتش‌نشان", "فتنه‌گر") takes the endings of
``glued_endings.tsv`` (the plurals ان/ات, the ی of adjectives and nouns, گان/گی after a
silent ه) glued, with no ZWNJ: "آتش‌نشانان", "فتنه‌گران". Where the ZWNJ inside such a word
is typed as a space ("آتش نشانان"), the corpus has usually never written the pair, and
the second word carries no suffix, piece or prefix that would have the pair weighed at
all, so it stayed apart. A pair that reads so (the first word the compound's first part,
the second its second part with the ending) and that the corpus has never written is
joined, as the glued word is (``zwnj_morph._inflected_compound``, session 12).

The first part needs ``MIN_HEAD`` letters: a two-letter first part is mostly a word that
stands alone before the noun it governs (به, آن, در: "به صورتی", "آن سوی"), which the
lexicon joins only as a fixed phrase. The copula endings
(``VERB_ENDINGS``) are left out: a word in ند or ست one space after another is a verb or
the copula, the predicate of what comes before ("نقش دارند", "عهده دارند", "اروپاست"),
not a compound's second part.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count

from khabar.normalize.zwnj_lexicon import ZWNJ, Lexicon, glued_endings, lexicon
from khabar.resources.kept import kept

#: The shortest first part of a compound whose inflected form is joined across a space.
MIN_HEAD = 3
#: Endings of ``glued_endings.tsv`` that make a verb or the copula of the second word.
VERB_ENDINGS = frozenset(("ند", "ست"))


@dataclass(frozen=True)
class InflectedPairs:
    """The pairs an inflected compound typed with a space makes, for one lexicon."""

    pairs: frozenset[tuple[str, str]]
    rights: frozenset[str]
    """The second words of ``pairs``."""
    lefts: dict[str, frozenset[str]]
    """Each second word of ``pairs`` -> the first words it makes a pair with: a text
    holding no pair's two words has none."""


#: The table, for the lexicon it was built from.
_tables: list[tuple[Lexicon, InflectedPairs]] = []


def _inflected(tail: str) -> list[str]:
    """A compound's second part with each ending of ``glued_endings.tsv`` glued on."""
    forms = []
    for ending, replaced in glued_endings():
        if ending in VERB_ENDINGS:
            continue
        if replaced:
            if tail.endswith(replaced):
                forms.append(tail[: len(tail) - len(replaced)] + ending)
        elif tail[-1] != "ه":  # after a silent ه these take a ZWNJ ("خانه‌ی")
            forms.append(tail + ending)
    return forms


def inflected_pairs(lex: Lexicon) -> InflectedPairs:
    """Every (first part, inflected second part) of the lexicon's two-part ZWNJ spellings
    that the corpus has never written as a pair, built once per lexicon; the shipped
    lexicon's are kept between processes (``khabar.resources.kept``: 0.2 CPU s to build,
    0.07 to read back), as the lexicon is."""
    if _tables and _tables[0][0] is lex:
        return _tables[0][1]
    if lexicon.cache_info().currsize and lex is lexicon():
        table = kept("zwnj_inflected", lambda: _build(lex))
    else:
        table = _build(lex)
    _tables[:] = [(lex, table)]
    return table


def _build(lex: Lexicon) -> InflectedPairs:
    pairs: set[tuple[str, str]] = set()
    for spelled in lex.rewrite.values():
        head, joiner, tail = spelled.partition(ZWNJ)
        if not joiner or ZWNJ in tail or len(head) < MIN_HEAD or len(tail) < 2:
            continue
        pairs.update((head, form) for form in _inflected(tail) if (head, form) not in lex.pairs)
    lefts: dict[str, set[str]] = {}
    for left, right in pairs:
        lefts.setdefault(right, set()).add(left)
    return InflectedPairs(frozenset(pairs), frozenset(lefts),
                          {right: frozenset(words) for right, words in lefts.items()})


def inflected_spaces(tokens: list[str], distinct: set[str], parts: list[str],
                     lex: Lexicon) -> list[int]:
    """The indices of the neighbouring tokens (``parts[1::2]``) one space apart that are
    an inflected compound typed with a space. The second words whose first words the
    text holds too are found from the set of its words first (most texts have none),
    then where they stand after one, at C speed."""
    table = inflected_pairs(lex)
    rights = {right for right in distinct & table.rights
              if not table.lefts[right].isdisjoint(distinct)}
    if not rights:
        return []
    following = tokens[1:]
    found = compress(count(), map(rights.__contains__, following))
    return [index for index in found
            if tokens[index] in table.lefts[following[index]] and parts[2 * index + 2] == " "]
