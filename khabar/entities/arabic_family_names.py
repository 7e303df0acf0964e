"""An Arabic given name and a family name with the article that no rule or tagger read.

An Arabic news name is most often a given name and a family name in «ال»: «فهد التميمي»,
«سعد الحديثي», «ياسر الفهمي». The taggers miss some of them, and the title rules read
none where no title comes first («وقال المتحدث سعد الحديثي», «أعلن لاعب فريق الأهلي ياسر
الفهمي»: a post or a noun, not a title). Two words make such a person where

- the first is a given name of ``given_names_ar.txt``, which leaves out the names that
  are common words (not ``given_names.txt``, the taggers' list: «عمر» 'age', «على»
  folded), not a title's name (the title
  rules and the place namesakes have read those: «حديقة الملك فهد المركزية»), and not
  «…يه», a noun with the pronoun «ه» («ناديه السابق» 'his former club');
- the second is a name word with the article, across a plain space: no function word,
  place, nationality, post or role (listed bare or with the article: «المدير»),
  adjective of a body or of time («الحالي», «الجديد»), and no
  word that ends a compound given name («سعد الدين», «فهد الأول»);
- no entity holds either word.

Session 13 (2026-12-05), issue 5.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.arabic_name_words import given_names_ar
from khabar.entities.common_words import function_words
from khabar.entities.gazetteer import Word, demonyms, place_index
from khabar.entities.org_patterns import name_adjectives, not_adjectives
from khabar.entities.titles import is_name_word, person_key, role_words, titles
from khabar.entities.words import listed_keys
from khabar.text.tokens import spaced_on_one_line

MIN_FAMILY_LETTERS = 5
"""Letters of a family name with the article («الفهد»)."""


@lru_cache(maxsize=1)
def _not_family() -> frozenset[str]:
    """Words that end a compound given name or a monarch's (الدين, الله, الأول...), and
    adjectives of time or novelty (``resources/entities/not_family_names_ar.txt``)."""
    return (listed_keys("entities/compound_name_ends_ar.txt")
            | listed_keys("entities/regnal_ordinals.txt")
            | listed_keys("entities/not_family_names_ar.txt"))


def _given_first(text: str, tokens: Sequence[Word], i: int) -> bool:
    word = tokens[i]
    if word.folded not in given_names_ar() or word.text.endswith("يه"):
        return False
    return i == 0 or tokens[i - 1].text not in titles()


def _family(text: str, tokens: Sequence[Word], i: int) -> bool:
    word = tokens[i]
    folded = word.folded
    return (word.text.startswith("ال") and len(folded) >= MIN_FAMILY_LETTERS
            and is_name_word(word) and folded not in function_words()
            and not _post(folded) and folded not in name_adjectives()
            and folded not in not_adjectives() and folded not in _not_family()
            and place_index().match_at(text, tokens, i) is None
            and demonyms().match_at(text, tokens, i) is None)


def _post(folded: str) -> bool:
    """A post or role word, with or without the article: ``role_words.txt`` lists most
    posts bare («مدير», «مستشار», «نائب»), and the article only makes one definite («عباس
    المدير» is Abbas the director, not a family name «المدير»). Session 14 (2026-12-06)."""
    return folded in role_words() or (folded.startswith("ال") and folded[2:] in role_words())


def add_family_names(text: str, tokens: Sequence[Word],
                     kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the persons read here (see the module), sorted by position."""
    taken = sorted((e.start, e.end) for e in kept)
    found: list[Entity] = []
    for i in range(len(tokens) - 1):
        if not _given_first(text, tokens, i):  # first: a set lookup rules out most words
            continue
        first, second = tokens[i], tokens[i + 1]
        if any(s < second.end and first.start < e for s, e in taken):
            continue
        if spaced_on_one_line(text, first.end, second.start) and _family(text, tokens, i + 1):
            found.append(Entity(first.start, second.end, type="PER",
                                text=text[first.start:second.end],
                                key=person_key(tokens, i, i + 1), source="given_name"))
    return sorted([*kept, *found], key=lambda e: e.start)
