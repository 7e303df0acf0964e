"""An Arabic body that names itself in the subject's place, untagged: «قالت شركة أبل اليوم
الخميس إن», «كشفت مصلحة الجمارك العامة أن», «وقالت إدارة المهرجان إن».

A noun of a body's kind without the article, bound to what names it, is one body: a name
the entity stage did not know («شركة أبل», «بلدية بلقرن»: a word that can be no common noun
or adjective, ``arabic_kind_names.bare_name_word``), or a noun with the article («مصلحة
الجمارك», «إدارة المهرجان»: the construct is definite). Such a subject speaks as written;
before, it was left with no speaker, as an unnamed source is. An indefinite body with an
adjective («هيئة حكومية», «شركة ناشئة») names none, and a team («فريق البحث») is the
people in it, not a body (``unnamed_body_heads_ar.txt``). A feminine noun («سفارة»,
«إدارة») after a verb not written feminine («وشكر سفارة المملكة ...، مضيفا أن») is the
verb's object, not its subject: a verb before a feminine subject agrees with it («قالت»,
«تقول»). Nor does a body noun after a post («رئيس مجلس تشخيص مصلحة النظام قال»): the
post's holder speaks. Session 28 (2026-12-07), engineer quotes_ar10.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.arabic_kind_names import bare_name_word
from khabar.entities.gazetteer import Word, words
from khabar.entities.words import listed_keys
from khabar.events.quote_words import head_kind, is_post_word


def unnamed_body_heads() -> frozenset[str]:
    return listed_keys("events/unnamed_body_heads_ar.txt")


def names_body(text: str, parts: Sequence[Word]) -> bool:
    """Whether a subject phrase (its words ``parts`` in ``text``) is a body's kind noun
    without the article bound to the body's name or to a noun with the article."""
    if len(parts) < 2 or head_kind(parts[0]) != "body":
        return False
    head = parts[0].folded
    if head.startswith("ال") or head in unnamed_body_heads():
        return False
    before = _word_before(text, parts[0])
    if before is not None and (is_post_word(before) or not _agrees(before, parts[0])):
        return False  # «رئيس مجلس تشخيص مصلحة النظام قال»: the head of the body speaks
    return parts[1].folded.startswith("ال") or bare_name_word(text, parts, 1)


VERB_REACH = 30
"""Characters before a subject read for the verb it follows."""


def _word_before(text: str, head: Word) -> Word | None:
    before = words(text, max(0, head.start - VERB_REACH), head.start)
    return before[-1] if before else None


def _agrees(verb: Word, head: Word) -> bool:
    """Whether the word before a body noun agrees with it as its verb: a noun written with
    «ة» after a verb written feminine, a past ending in «ت» or a present opening with «ت»
    («وقالت», «تقول»); any noun of another ending after any verb."""
    if not head.text.endswith("ة"):
        return True
    bare = verb.text.removeprefix("و").removeprefix("ف")
    return bare.endswith("ت") or bare.startswith("ت")
