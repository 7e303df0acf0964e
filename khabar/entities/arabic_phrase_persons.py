"""An Arabic person of two words or more made only of common words is no person: «[موروث
شعبي]» 'folk heritage', «* [روائي كويتي]» 'a Kuwaiti novelist' (a column's signature
line), «[بيان صدر] أمس» 'a statement issued', «[رئيسين سابقين]», «[جاء فيه]».

The tagger reads such a phrase as a name from its place (after a speech verb, at the head of
a line). Each word, as written, is one of ANERcorp's common words (``common_words_ar.txt.gz``)
or a word never inside a person (``person_common_words_ar.txt.gz``), and none is a listed
given name (``arabic_name_words.given``: «أحمد عيد», «بطرس حرب», «حسين عرب» stay) nor
written with the article: a family name is («شجاع الدوسري», «نعيم الشعيبي»; their nisba
adjectives are common words). ``arabic_word_persons`` drops the one-word persons of this
kind. Issue 5, session 24 (2026-12-07), engineer ent_ar6.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import REFERENCE_SOURCES, SURNAME_SOURCE, Entity
from khabar.entities.arabic_kind_names import common_words, person_common_words
from khabar.entities.arabic_name_words import given
from khabar.entities.gazetteer import Word
from khabar.entities.words import words
from khabar.text.arabic_article import ARTICLE


def _common(word: Word) -> bool:
    folded = word.folded
    return (not folded.startswith(ARTICLE) and not given(folded)
            and (folded in common_words() or folded in person_common_words()))


def _common_phrase(e: Entity) -> bool:
    """Whether the person is two words or more, each a common word (see the module)."""
    lettered = [w for w in words(e.text) if w.folded]
    return len(lettered) >= 2 and all(_common(w) for w in lettered)


def drop_common_phrase_persons(kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` without the persons made only of common words (see the module)."""
    return [e for e in kept if not (e.type == "PER" and e.source not in REFERENCE_SOURCES
                                    and e.source != SURNAME_SOURCE and _common_phrase(e))]
