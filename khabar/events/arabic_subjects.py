"""An Arabic verb whose subject is a noun of unnamed people: «هاجمت امرأتان مسلحتان أمس
القنصلية الأميركية», «واتهم معارضون الرئيس التركي رجب طيب اردوغان باستغلال الحرب».

Arabic marks the case of a dual and of a sound masculine plural by its ending: «ـان»,
«ـتان», «ـون» in the nominative, «ـين», «ـتين» in the accusative and genitive. Such a
noun, without the article, right after a verb is therefore its subject (a verb's object
would end «ـين»), and the subject of the verb is named by no entity. The party named after
it is the verb's object, whatever the roles read as its subject («القنصلية الأميركية» was
made the attacker): the doers are unknown, the party is the target, and a name read as the
object's object («ضد داعش») is no party of the act.

Only forms the grammar fixes are read: a feminine dual «ـتان» (a country's name ending
«ـستان» is no dual), and a sound plural «ـون» of a stem of four letters or more (the
singular nouns «قانون», «مليون», «زيتون» have three). The word must not open with the article or
an imperfect prefix («يطالبون» is itself a verb), nor be part
of a name or of a group the state actors read («مسلحون مجهولون» is already a party).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc
from khabar.entities.gazetteer import Word
from khabar.events.arguments import surname_of_named
from khabar.events.lexicon import TriggerHit
from khabar.events.participants import Mention
from khabar.events.roles import Roles

PLURAL_STEM = 4
"""Letters before a sound plural's «ون» (stems of three are the singular nouns in «ون»)."""
NOT_NOUN_OPENINGS = ("ال", "بال", "لل", "كال", "وال", "فال", "ي", "ت", "لي", "لت", "سي", "ست")
"""A word opening so is definite, or a verb's imperfect (after «ل» of purpose or «س» of the
future): no indefinite noun. A clitic preposition needs no check: it governs the genitive,
«بمسلحين», never a nominative ending."""
CONJUNCTIONS = ("و", "ف")
"""Clitic conjunctions, looked past for the openings above («ويحاربون» is a verb; in
«وافدون», «فلسطينيون» the letter is the stem's own)."""


def unnamed_nominative(word: Word) -> bool:
    """A feminine dual or a sound masculine plural noun in the nominative, without the
    article."""
    folded = word.folded
    bare = folded[1:] if folded[:1] in CONJUNCTIONS else folded
    if folded.startswith(NOT_NOUN_OPENINGS) or bare.startswith(NOT_NOUN_OPENINGS):
        return False
    if folded.endswith("تان"):
        return not folded.endswith("ستان") and len(folded) > len("تان") + 1
    return folded.endswith("ون") and len(folded) - len("ون") >= PLURAL_STEM


def unnamed_subject(roles: Roles, hit: TriggerHit, tokens: Sequence[Word],
                    found: Sequence[Mention], doc: Doc) -> Roles:
    """No actor, and the party read after the verb as its target, when the word right after
    an Arabic verb is a nominative noun of unnamed people; else the roles as read. A word
    of a name («كلينتون», «كاميرون») is no such noun: inside an entity or a mention, or the
    surname of a person the article names."""
    at = hit.last + 1
    if (hit.trigger.lang != "ar" or hit.trigger.roles not in ("subj", "visit")
            or hit.trigger.tense == "noun" or at >= len(tokens)
            or not unnamed_nominative(tokens[at])
            or any(m.first <= at <= m.last for m in found)
            or any(e.start <= tokens[at].start < e.end for e in doc.entities)
            or surname_of_named(doc, tokens[at]) is not None):
        return roles
    after = [m for m in (roles.actor, roles.target) if m is not None and m.first > at]
    party = min(after, key=lambda m: m.first) if after else None
    return Roles(None, party if party is not None and party.prep is None else None)
