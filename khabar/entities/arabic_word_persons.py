"""An Arabic one-word person whose word is a common noun or adjective of the language is no
person: «إدارة [شؤون] المعلمين», «شيخ [قبيلة] بني …», «بكأس الملك [عام] 1408ه», «كل [ميدان]».

The taggers and the title rule read such a word as a name from its place (after «إدارة», a
title, «الملك»); the word itself says it is none. The words are
``person_common_words_ar.txt.gz`` (``khabar.train.person_common_words_ar``): never inside a
person in ANERcorp or NewsFANE, and written with the article «ال» in SaudiNewsNet, which a
given name is not (also behind a glued «ب» or «ل»: «[برقم] HZ»). A listed given name
(``arabic_name_words.given``) stays, as does a word that a longer person of the article holds
(a family name read alone). After a title the title tells more: the person stays where the
next word could go on with the name (a word, on the line, that is no ANERcorp common word:
«المهندس تركي الدهمش», «الدكتور إقبال محمد»), and is dropped before a mark, a number or a
common word («شيخ (دخل)», «آل الشيخ أهمية تضافر»). Issue 5, session 18 (2026-12-06),
engineer ent_ar_words.

A one-word person whose word is a verb form, a function word or a word with a pronoun
suffix (``arabic_construct_words.no_construct_noun``: «يشكلون», «ويواسون», «قاموا»,
«لديها») is dropped on the same terms, unless it is a listed given name, also behind a
glued «و»/«ف» («يوسف», «ويحيى»), or it opens with «في» or «يو» or ends in «نا», the
letters of transcribed foreign names («فيرناندو», «يوهاندري», «مارادونا»:
``verb_person_foreign_ar.tsv``). Session 18 (2026-12-06), engineer ent_ar_verbs.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from khabar.doc import TITLE_SOURCE, Entity
from khabar.entities.arabic_construct_words import CONJUNCTIONS, no_construct_noun
from khabar.entities.arabic_kind_names import common_words, person_common_words
from khabar.entities.arabic_name_words import given
from khabar.entities.gazetteer import Word
from khabar.entities.words import keys_by_kind
from khabar.text.tokens import spaced_on_one_line, token_at

PREPOSITIONS = "بل"
"""Prepositions written onto the next word: «برقم», «لخوض», «بجانب»."""


def _common(word: Word) -> bool:
    """A listed word, also behind a preposition, that is no given name as written."""
    folded = word.folded
    if given(folded):
        return False
    rest = folded[1:] if folded[:1] in PREPOSITIONS else ""
    return folded in person_common_words() or (
        rest in person_common_words() and not given(rest))


def _verb_form(word: Word) -> bool:
    """A verb form, function word or pronoun-suffixed word that is no given name, as
    written or behind a glued «و»/«ف» (see the module)."""
    folded = word.folded
    rest = folded[1:] if folded[:1] in CONJUNCTIONS else folded
    if given(folded) or given(rest):
        return False
    foreign = keys_by_kind("entities/verb_person_foreign_ar.tsv")
    if (folded.startswith(tuple(foreign.get("opening", ())))
            or rest.startswith(tuple(foreign.get("opening", ())))
            or word.text.endswith(tuple(foreign.get("ending", ())))):
        return False
    return no_construct_noun(word)


def _name_goes_on(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether the word after ``tokens[k]`` could go on with a name (see the module)."""
    if k + 1 >= len(tokens) or not spaced_on_one_line(text, tokens[k].end, tokens[k + 1].start):
        return False
    after = tokens[k + 1]
    return after.text.isalpha() and after.folded not in common_words()


def _false_person(text: str, tokens: Sequence[Word], e: Entity, held: frozenset[str]) -> bool:
    k = token_at(tokens, e.start)
    if e.type != "PER" or k is None or tokens[k].end != e.end:
        return False
    if not (_common(tokens[k]) or _verb_form(tokens[k])):
        return False
    if tokens[k].folded in held:
        return False
    return e.source != TITLE_SOURCE or not _name_goes_on(text, tokens, k)


def _inside(tokens: Sequence[Word], starts: list[int], e: Entity) -> Iterator[Word]:
    """The words inside ``e``, found from its start by binary search (tokens are in text
    order and do not overlap, so their ends rise too): not a pass over every word per
    entity, which cost 1.5% of the pipeline's CPU (session 19)."""
    for k in range(bisect_left(starts, e.start), len(tokens)):
        if tokens[k].end > e.end:
            return
        yield tokens[k]


def drop_common_word_persons(text: str, tokens: Sequence[Word],
                             kept: list[Entity]) -> list[Entity]:
    """``kept`` without the one-word persons whose word is a common word (see the module)."""
    starts = [w.start for w in tokens]
    held = frozenset(w.folded for e in kept if e.type == "PER"
                     for w in _inside(tokens, starts, e)
                     if not (w.start == e.start and w.end == e.end))
    return [e for e in kept if not _false_person(text, tokens, e, held)]
