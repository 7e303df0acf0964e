"""A title followed by a verb or a function word names no one (issue 5, session 14
(2026-12-06)).

The title rule reads the word after a title as the name («سید [ابراهیم]», «آقای [براون]»).
Persian also calls a man by his title alone, «سید» or «شیخ», in a story, and puts the title
before a verb or a function word: «صدای سید [بیدار] شدم» is no, but «عاشق سید [شدم]»,
«روضه را برای سید [بخواند]», «شیخ [یک] روضه بخوان», «این آقا [هیچ] گونه ارتباطی» and
«روز پاسدار [توسط] بنیانگذار» made persons, and their surname spread the function word over
the article («هیچ» eleven times in one interview). A one-word person of the title rule whose
word is a finite verb form (``khabar.text.persian_verbs.finite_verbs``), opens like a verb
(«می‌»/«نمی‌») or is one of the frequent Persian function words language identification
reads (``resources/langid/words/fa.txt``) is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.persian_holy_titles import TITLED
from khabar.entities.persian_tidy import VERB_OPENINGS
from khabar.entities.words import listed_keys, phrase_key
from khabar.text.persian_verbs import finite_verbs


def _function_words() -> frozenset[str]:
    return listed_keys("langid/words/fa.txt")


def _no_name(word: str) -> bool:
    key = phrase_key(word)
    return (key in finite_verbs() or key in _function_words()
            or word.startswith(VERB_OPENINGS))


def drop_titled_words(entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the title rule's one-word persons that are a verb or a
    function word (see the module)."""
    return [e for e in entities if not (e.type == "PER" and e.source == TITLED
                                        and " " not in e.text and _no_name(e.text))]
