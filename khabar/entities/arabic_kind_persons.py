"""An Arabic «person» right after a noun of a kind of body is that body's name. In the
construct «شركة X», «مؤسسة X», «موقع X», «شبكة X» the genitive names the company, the
foundation, the website or the network, whoever or whatever it is named after: the tagger
reads «مؤسسة دان», «شبكة بلومبيرغ», «مجموعة علي بابا» as persons from the name's words.
The name becomes an organisation, the noun of kind left out as the gold leaves it
(«شركة «بيكر هيوز»»), and so does every other mention of the same words in the article.

The nouns are those of ``quoted_name_kinds_ar.txt`` (a proclitic on the noun allowed:
«لمؤسسة») and ``kind_person_nouns_ar.txt`` (websites and apps). Not a person found by
a title («مؤسسة الملك عبدالعزيز»: a body named after a king, read by
``arabic_named_bodies``), nor one after a quotation mark that opens a name of its own.
Session 17 (2026-12-06), issue 5.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.arabic_quoted_names import quoted_name_kinds
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import listed_keys

OPENING_MARKS = frozenset("«\"“'")
"""Marks that may open a name right after its noun («شركة «بيكر هيوز»»)."""


@lru_cache(maxsize=1)
def kind_nouns() -> frozenset[str]:
    return quoted_name_kinds() | listed_keys("entities/kind_person_nouns_ar.txt")


def word_before(tokens: Sequence[Word], starts: dict[int, int],
                e: Entity) -> tuple[Word | None, bool]:
    """The word before ``e`` past an opening mark, and whether a mark stood between
    (``starts``: token start -> token index)."""
    k = starts.get(e.start, 0) - 1
    marked = k >= 0 and tokens[k].text in OPENING_MARKS
    k -= marked
    return (tokens[k] if k >= 0 else None), marked


def after_kind_noun(tokens: Sequence[Word], starts: dict[int, int], e: Entity) -> bool:
    """Whether the word before the entity (past an opening mark) is a noun of kind
    (a proclitic on it allowed: «لمؤسسة»)."""
    word, _ = word_before(tokens, starts, e)
    return word is not None and any(rest in kind_nouns() for _, rest in clitic_variants(word))


def kind_persons(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with the persons named right after a noun of kind made bodies."""
    starts = {w.start: k for k, w in enumerate(tokens)}
    names = {e.text for e in kept
             if e.type == "PER" and e.source != "title" and after_kind_noun(tokens, starts, e)}
    if not names:
        return kept
    return [replace(e, type="ORG", key=f"org:{phrase_key(e.text)}", kb_id=None, name_en=None,
                    role=None)
            if e.type == "PER" and e.text in names else e for e in kept]
