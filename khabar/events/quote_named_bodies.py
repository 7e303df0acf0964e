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
post's holder speaks. Session 28 (2026-12-07), engineer quotes_ar10. Nor a body after a
verb that relays («ونقلت وكالة انترفاكس عن مصدر ... قوله»): the source after «عن» speaks
(``relay_verbs_ar.txt``; quotes_ar11).

The subject phrase stops before «و» and «لل», but a body's name runs on over them: «إدارة
الطوارئ والأزمات», «إدارة الطيران والفضاء الامريكية», «مركز كارنيجي للسلام»
(``body_name``). Session 28 (2026-12-07), engineer quotes_ar11.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.arabic_kind_names import bare_name_word
from khabar.entities.gazetteer import Word, words
from khabar.entities.name_extent import clause_particles
from khabar.entities.words import listed_keys
from khabar.events.quote_outlets import outlet_nouns
from khabar.events.quote_words import head_kind, head_kind_of, is_post_word, subject_stops
from khabar.events.state_actors import state_phrases
from khabar.meta.outlets import outlets


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
    if before is not None and _relays(before):
        return False  # «ونقلت وكالة انترفاكس عن مصدر ... قوله»: the source speaks
    return parts[1].folded.startswith("ال") or bare_name_word(text, parts, 1)


VERB_REACH = 30
"""Characters before a subject read for the verb it follows."""


def _word_before(text: str, head: Word) -> Word | None:
    before = words(text, max(0, head.start - VERB_REACH), head.start)
    return before[-1] if before else None


def _relays(verb: Word) -> bool:
    """Whether the word before a body noun relays another's words («ونقلت»)."""
    return verb.folded.removeprefix("و").removeprefix("ف") in relay_verbs()


def relay_verbs() -> frozenset[str]:
    return listed_keys("events/relay_verbs_ar.txt")


def _agrees(verb: Word, head: Word) -> bool:
    """Whether the word before a body noun agrees with it as its verb: a noun written with
    «ة» after a verb written feminine, a past ending in «ت» or a present opening with «ت»
    («وقالت», «تقول»); any noun of another ending after any verb."""
    if not head.text.endswith("ة"):
        return True
    bare = verb.text.removeprefix("و").removeprefix("ف")
    return bare.endswith("ت") or bare.startswith("ت")


NAME_WORDS = 3
"""Words after the subject phrase read as the rest of a body's name («والحياة البرية»)."""
NAME_REACH = 80
"""Characters after the subject phrase read for them."""


def body_name(text: str, phrase: Entity) -> Entity:
    """A body's subject phrase (``names_body``) with the rest of its name, which the phrase
    stopped before: a definite noun joined by «و» («إدارة الطوارئ والأزمات») or bound by
    «لل» («مركز كارنيجي للسلام»), and the definite words right after it («ادارة الأسماك
    والحياة البرية»). Not a second speaker («والشرطة», «والمتحدث»), a time word, «والتي», a
    word that describes the body («التابعة لها», ``body_name_stops_ar.txt``), nor the people
    or outlet told («للصحفيين», «للرياض»): there the name stops."""
    after = words(text, phrase.end, min(len(text), phrase.end + NAME_REACH))
    last = phrase.end
    for k, word in enumerate(after[:NAME_WORDS]):
        if text[last : word.start].strip() or not _goes_on(word, first=k == 0):
            break
        last = word.end
    if last == phrase.end:
        return phrase
    return replace(phrase, end=last, text=text[phrase.start : last])


def _goes_on(word: Word, first: bool) -> bool:
    """Whether a word goes on a body's name: first «والX» or «للX», then nouns with the
    article; never a time word or a word opening a clause."""
    folded = word.folded
    if first:
        if folded.startswith("وال") and len(folded) > 4:
            noun = folded[1:]
        elif folded.startswith("لل") and len(folded) > 3:
            noun = "ال" + folded[2:]
            if _told(noun):
                return False
        else:
            return False
    else:
        noun = folded
        if not noun.startswith("ال"):
            return False
    return noun not in subject_stops() and noun not in clause_particles() \
        and noun not in name_stops() and head_kind_of(noun) is None \
        and noun not in state_phrases()


def name_stops() -> frozenset[str]:
    """Words that describe a body, not name it («التابعة لها»)."""
    return listed_keys("events/body_name_stops_ar.txt")


def _told(noun: str) -> bool:
    """Whether «لـ» on a noun tells whom the body spoke to or in which outlet: «للصحفيين»,
    «للرياض», «للوكالة»."""
    bare = noun.removeprefix("ال")
    return bare in audience_nouns() or bare in outlet_nouns() \
        or outlets().lookup(noun) is not None or outlets().lookup(bare) is not None


def audience_nouns() -> frozenset[str]:
    return listed_keys("events/audience_nouns_ar.txt")
