"""Organisation names that are common nouns in context.

Al-Qaeda's name «القاعدة» is the noun 'the base', 'the rule'. The tagger and the lists
read it as the organisation wherever it stands alone, but the noun takes an agreeing
feminine adjective the organisation never does («القاعدة الجوية» 'the air base',
«القاعدة الشعبية» 'the popular base'), and Persian «علی القاعده» is the idiom 'as a rule'.
Such a mention is no entity. The names and the words are in
``resources/entities/common_noun_orgs.tsv``, per language: folding makes Persian «علی» and
Arabic «على» one word, and the Arabic preposition precedes the organisation too («الحرب
على القاعدة»).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.words import Word, phrase_key
from khabar.resources import load_tsv


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], frozenset[str]]:
    """(lang, role) -> phrase keys of the words of that role."""
    found: dict[tuple[str, str], set[str]] = {}
    for lang, role, word in load_tsv("entities/common_noun_orgs.tsv"):
        found.setdefault((lang, role), set()).add(phrase_key(word))
    return {key: frozenset(keys) for key, keys in found.items()}


def _is_noun(entity: Entity, tokens: Sequence[Word], starts: Sequence[int],
             ends: Sequence[int], lang: str) -> bool:
    listed = _words()
    if phrase_key(entity.text) not in listed.get((lang, "name"), frozenset()):
        return False
    before = bisect_right(ends, entity.start) - 1
    after = bisect_left(starts, entity.end)
    return ((before >= 0 and tokens[before].folded in listed.get((lang, "before"), frozenset()))
            or (after < len(tokens)
            and tokens[after].folded in listed.get((lang, "after"), frozenset())))


def drop_common_noun_orgs(tokens: Sequence[Word], kept: Sequence[Entity],
                          lang: str | None) -> list[Entity]:
    """``kept`` without the organisation names read as the common noun (see the module)."""
    key = lang or "ar"
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    return [e for e in kept if not _is_noun(e, tokens, starts, ends, key)]
