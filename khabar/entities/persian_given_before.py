"""A Persian given name written right before a person found by the surname alone is the
person's first word (issue 5, session 17 (2026-12-06), engineer ent_fa).

The tagger, trained on ARMAN, knows common surnames better than given names that are also
common words or rarer names, and tags «علی‌اشرف [هدایت‌نژاد]», «رحمان [رضایی]»,
«جلال [آل احمد]»: the given name is left out and the exact span is lost, and the article's
full name with it. Persian writes a person's given name right before the surname, with no
mark between, so a word before such a person that is a given name of the rules' lists
(``persian_untagged_names.is_rule_given_name``: the taggers' list, ``given_names_fa.txt``,
``given_names_more_fa.txt``, or two of them joined) opens the name, where:

- no line break nor mark parts the two words, and no entity holds the given name;
- the person is a name, not a reference (pronoun, role) nor a name read after a title (the
  title rule's and ``persian_holy_titles``' persons, which have their first word), and its
  own first word is no given name (the given name before it then ends another phrase);
- the word is not the noun of a compound preposition after its preposition («بر [فراز]»
  'atop', ``compound_prepositions_fa.txt``; session 17 (2026-12-06), engineer fixes);
- the word has at least three letters (two-letter names, «جو», «رز», are common words). No
  given name of the lists is a title, function or role word; one that is also a place
  («شهریار») is held by the place's entity where the gazetteer read it so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import PRONOUN_SOURCE, ROLE_SOURCE, TITLE_SOURCE, Entity
from khabar.entities.persian_untagged_names import MIN_LETTERS, is_rule_given_name
from khabar.entities.words import Word, fold_word
from khabar.resources import load_lines
from khabar.text.tokens import held_tokens, token_at

NOT_NAMES = frozenset({PRONOUN_SOURCE, ROLE_SOURCE, TITLE_SOURCE})
"""Sources of persons that are references, or whose first word a title rule has found."""


@lru_cache(maxsize=1)
def compound_prepositions() -> frozenset[tuple[str, ...]]:
    """(preposition, noun), folded: «بر فراز», «در کنار»."""
    return frozenset(tuple(fold_word(w) for w in line.split())
                     for line in load_lines("entities/compound_prepositions_fa.txt"))


def _in_compound_preposition(tokens: Sequence[Word], j: int) -> bool:
    """Whether token ``j`` is the noun of a compound preposition («بر فراز»)."""
    return j > 0 and (tokens[j - 1].folded, tokens[j].folded) in compound_prepositions()


def _opens(word: Word) -> bool:
    """Whether ``word`` can be a given name opening a person's name."""
    return len(word.folded) >= MIN_LETTERS and is_rule_given_name(word)


def _given_before(text: str, tokens: Sequence[Word], k: int | None,
                  held: set[int]) -> Word | None:
    """The given name right before the person whose first word is token ``k``, or None."""
    if k is None or k == 0 or k - 1 in held or is_rule_given_name(tokens[k]):
        return None
    word = tokens[k - 1]
    gap = text[word.end:tokens[k].start]
    if "\n" in gap or not _opens(word) or _in_compound_preposition(tokens, k - 1):
        return None
    return word


def given_names_before(text: str, tokens: Sequence[Word],
                       entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each person named by the surname alone grown over a given name
    written right before it (see the module)."""
    starts = [w.start for w in tokens]
    held = held_tokens(tokens, entities, starts)
    out = []
    for e in entities:
        word = None
        if e.type == "PER" and e.source not in NOT_NAMES and not e.role:
            word = _given_before(text, tokens, token_at(tokens, e.start, starts), held)
        out.append(e if word is None else replace(
            e, start=word.start, text=text[word.start:e.end]))
    return out
