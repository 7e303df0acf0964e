"""An Arabic «person» right after a noun of a kind of body is that body's name. In the
construct «شركة X», «مؤسسة X», «موقع X», «شبكة X» the genitive names the company, the
foundation, the website or the network, whoever or whatever it is named after: the tagger
reads «مؤسسة دان», «شبكة بلومبيرغ», «مجموعة علي بابا» as persons from the name's words.
The name becomes an organisation, the noun of kind left out as the gold leaves it
(«شركة «بيكر هيوز»»), and so does every other mention of the same words in the article,
except where the mention acts as a person: a speech verb right before it («يقول أبو
هريرة», ``events/speech_verbs.tsv``) or a title that found it. A kunya («أبو/أم» + a
name, ``kunya_words_ar.txt``) names a group after a person («مجموعة أبو هريرة»): it is the
group only right after the noun of kind, the person elsewhere (review_a, session 17
(2026-12-06), engineer fixes: one unread article had 13 mentions of «أبو هريرة» made ORG).

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

from khabar.doc import TITLE_SOURCE, Entity
from khabar.entities.arabic_quoted_names import quoted_name_kinds
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import listed_keys, words
from khabar.resources import load_tsv

OPENING_MARKS = frozenset("«\"“'")
"""Marks that may open a name right after its noun («شركة «بيكر هيوز»»)."""


@lru_cache(maxsize=1)
def kind_nouns() -> frozenset[str]:
    return quoted_name_kinds() | listed_keys("entities/kind_person_nouns_ar.txt")


@lru_cache(maxsize=1)
def kunya_words() -> frozenset[str]:
    return listed_keys("entities/kunya_words_ar.txt")


@lru_cache(maxsize=1)
def speech_verbs_ar() -> frozenset[str]:
    return frozenset(phrase_key(form) for form, lang in load_tsv("events/speech_verbs.tsv")
                     if lang == "ar")


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


def is_kunya(name: str) -> bool:
    parts = words(name)
    return len(parts) > 1 and parts[0].folded in kunya_words()


def acts_as_person(tokens: Sequence[Word], starts: dict[int, int], e: Entity) -> bool:
    """Whether the mention is found by a title or follows a speech verb («يقول أبو هريرة»,
    a proclitic on the verb allowed: «وقال»)."""
    if e.source == TITLE_SOURCE:
        return True
    word, marked = word_before(tokens, starts, e)
    return word is not None and not marked and any(
        rest in speech_verbs_ar() for _, rest in clitic_variants(word))


def _made_body(tokens: Sequence[Word], starts: dict[int, int], e: Entity,
               names: set[str]) -> bool:
    """Whether the person ``e`` is a mention of a body's name (see the module)."""
    if e.type != "PER" or e.text not in names:
        return False
    if is_kunya(e.text):
        return after_kind_noun(tokens, starts, e)
    return not acts_as_person(tokens, starts, e)


def kind_persons(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with the persons named right after a noun of kind made bodies."""
    starts = {w.start: k for k, w in enumerate(tokens)}
    names = {e.text for e in kept
             if e.type == "PER" and e.source != TITLE_SOURCE and after_kind_noun(tokens, starts, e)}
    if not names:
        return kept
    return [replace(e, type="ORG", key=f"org:{phrase_key(e.text)}", kb_id=None, name_en=None,
                    role=None)
            if _made_body(tokens, starts, e, names) else e for e in kept]
