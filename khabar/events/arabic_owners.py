"""The owner of an Arabic verb's subject, told with «ل» after it: «وحذرت الأمانة العامة لمجلس
التعاون إيران», «ندد الأمين العام للأمم المتحدة», «وانتقد المكتب السياسي لحركة حماس ...».

A definite noun with its definite adjective right after the verb («الأمانة العامة», «المكتب
السياسي», «الأمين العام») is the verb's subject in verb-subject-object order, and a name
glued to «ل» right after that phrase is its owner (لام الملك, the construct state told with a
preposition): the subject is part of that body or holds a post in it, so the body is the
actor, and the bare name after it the verb's object. The «ل» made the owner read as an
indirect object, and the object was read as the actor (``arabic_definites`` only kept the
reading as it was). A person named after the owner, before any punctuation («الأمين العام
لجامعة الدول العربية نبيل العربي», «المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد
X») is the subject himself, and is left to the other readings; so is a verb whose subject
stood before it, the definite noun after it then being its object («وقد حث الزعماء الموالين
لطالبان»). The adjective is required: a bare noun before «ل» may be the whole subject, the
«ل» phrase its indirect object («قدمت الحكومة للأمم المتحدة طلبا»). Session 18 (2026-12-06),
from Arabic grammar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.entities.gazetteer import Word
from khabar.events.arabic_adverbials import adjunct_word
from khabar.events.arabic_forms import ARTICLE
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.events.participants import Mention
from khabar.events.roles import Roles

OWNER_LAM = "ل"
ADJECTIVES = 2
"""Definite adjectives the subject's noun may carry before its owner («الأمانة العامة»)."""
OBJECT_REACH = 4
"""Words after the owner within which the verb's object stands."""
PERSON_GAP = 12
"""Words after the owner within which a person's name, with no punctuation before it, makes
him the subject («المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي»)."""


def _article_first(word: Word) -> bool:
    """Written with the article and nothing glued before it. Not the other modules'
    tests of definiteness, on purpose: the subject and its adjectives carry no proclitic,
    and a word with one ends the phrase («للأمم» is the owner's «ل», «والمكتب» another
    noun), where ``arabic_posts._definite_behind_clitic`` and
    ``arabic_condemned._definite_object`` take such words in. The word as written must
    open with a letter too (session 18's guard, kept)."""
    return word.folded.startswith(ARTICLE) and word.text[:1].isalpha()


def _owner_word(hit: TriggerHit, tokens: Sequence[Word]) -> int | None:
    """The word of the owner's «ل» after the verb's definite subject and its adjectives."""
    if (hit.trigger.lang != "ar" or hit.trigger.tense == "noun" or hit.first != hit.last
            or hit.trigger.roles != "subj"):
        return None
    at = hit.last + 1
    while at < len(tokens) and adjunct_word(tokens[at]):
        at += 1
    if at >= len(tokens) or not _article_first(tokens[at]):
        return None
    k = at + 1
    while k < len(tokens) and k <= at + ADJECTIVES and _article_first(tokens[k]):
        k += 1
    if k == at + 1 or k >= len(tokens) or not tokens[k].folded.startswith(OWNER_LAM):
        return None
    return k


def _unbroken(tokens: Sequence[Word], owner_last: int, first: int) -> bool:
    """Whether a name opening at word ``first`` stands within PERSON_GAP words after the
    owner with no punctuation between."""
    return first <= owner_last + PERSON_GAP and not any(
        w.text in PUNCTUATION_BREAKS for w in tokens[owner_last + 1 : first])


def owner_subject(roles: Roles, hit: TriggerHit, tokens: Sequence[Word],
                  found: Sequence[Mention]) -> Roles:
    """The owner of the verb's definite subject as the actor and the first bare name after
    the owner as the target; else the roles as read."""
    if roles.actor is not None and roles.actor.last < hit.first:
        return roles  # «والملا منان … وقد حث الزعماء … لطالبان»: the subject came first
    k = _owner_word(hit, tokens)
    owner = next((m for m in found if m.first == k), None) if k is not None else None
    if owner is None or owner.head.type == "PER":
        return roles
    later = [m for m in found if m.first > owner.last and m.key != owner.key]
    if any(m.head.type == "PER" and _unbroken(tokens, owner.last, m.first) for m in later):
        return roles  # «... لجامعة الدول العربية الدكتور نبيل العربي»: he is the subject
    target = next((m for m in later if m.prep is None and m.first <= owner.last + OBJECT_REACH),
                  None)
    if target is None and roles.target is not None and roles.target in later:
        target = roles.target
    return Roles(replace(owner, prep=None), target)
