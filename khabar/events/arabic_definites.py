"""An Arabic verb's subject told by a definite noun that refers back to a body named before.

Arabic names a body once in full («المجلس العسكري في تعز», «التحالف العربي», «جماعة
الحوثي») and later by its head noun with the article alone: «ودان المجلس العملية», «وقصف
التحالف مواقع ...», «واختطفت الجماعة ...». The article makes the noun definite: it is the
body already named, the last organisation before it whose name opens with that noun («ال»
aside), as «هذه المنظمة» is (``state_actors``, kind "anaphor"). Right after a verb, before
any name, such a noun is the verb's subject (verb-subject-object order), so the name read
after it is the verb's object, not its doer («ودان المجلس العملية» made «المجلس العملية»
the actor; «قصف التحالف مواقع الحوثيين» made the Houthis the attacker). Session 16
(2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word
from khabar.events.arabic_adverbials import adjunct_word
from khabar.events.arabic_forms import ARTICLE
from khabar.events.lexicon import TriggerHit
from khabar.events.participants import Mention
from khabar.events.roles import Roles
from khabar.events.state_actors import BODY, organisation_before

NOUN_LETTERS = 3
"""Letters a head noun has after the article at least («الحزب»)."""


def definite_subject(roles: Roles, hit: TriggerHit, tokens: Sequence[Word],
                     found: Sequence[Mention], doc: Doc) -> Roles:
    """The body a definite noun right after an Arabic verb refers back to as the actor, and
    the party read after that noun as the target; else the roles as read."""
    at = _subject_word(hit, tokens)
    if at is None or any(m.first <= at <= m.last for m in found) or any(
            e.start <= tokens[at].start < e.end for e in doc.entities):
        return roles
    if roles.actor is not None and roles.actor.first <= at:
        return roles  # a subject before the verb: the noun after it is its object
    antecedent = organisation_before(doc, tokens[at].start, tokens[at].folded)
    if antecedent is None:
        return unnamed_definite(roles, tokens, at, found)
    word = tokens[at]
    head: Entity = replace(antecedent, start=word.start, end=word.end,
                           text=doc.text[word.start:word.end], source=BODY)
    actor = Mention(head, word.start, word.end, at, at, None, country=head.country)
    party = roles.actor if roles.actor is not None and roles.actor.prep is None else None
    target = party or roles.target
    if target is not None and target.key == actor.key:
        target = None
    return Roles(actor, target)


def unnamed_definite(roles: Roles, tokens: Sequence[Word], at: int,
                     found: Sequence[Mention]) -> Roles:
    """A definite noun right after the verb that names no body told before («وحذر البيان
    ميليشيات الحوثي», «شنت الحكومة غارات ... مستهدفة مقاتلي داعش»): in verb-subject-object
    order it is the verb's unnamed subject, or, when the verb's own subject is dropped, its
    object; either way the name after it is not the doer. The first bare name after it is
    then the object, and the actor is left to the readings of an unnamed or dropped subject.
    Not for a person's name: the noun is then the person's post, title or trade («استقبل
    الأمير ...», «فطالب المحامي X»: the person acts); nor for a noun whose owner follows it
    with «ل» («الأمانة العامة لمجلس التعاون»: the noun is part of that body). A post before
    a body or a country is a subject like any other («وحذر الوزير إيران»: Iran is warned;
    session 18 (2026-12-06) removed a post-word guard that kept such a name the actor).
    Session 17 (2026-12-06)."""
    actor = roles.actor
    if (actor is None or actor.first <= at or actor.prep is not None or actor.head.type == "PER"
            or any(at < m.first < actor.first for m in found)):
        return roles
    if _owner_between(tokens, at, actor):
        return roles
    return Roles(None, actor)


def _owner_between(tokens: Sequence[Word], at: int, actor: Mention) -> bool:
    """Whether the owner's «ل» stands after the noun: glued on a word before the name, or on
    the name's own word before the name begins («لمجلس التعاون»). A name whose own first
    letter is «ل» («لبنان», «ليبيا», «لندن») holds no owner's «ل». Session 17 (2026-12-06),
    review: the name's word was read whole, so «وانتقد البيان لبنان» kept Lebanon as the one
    criticising."""
    word = tokens[actor.first]
    glued = word.folded.startswith(OWNER_LAM) and actor.start > word.start
    return glued or any(w.folded.startswith(OWNER_LAM) for w in tokens[at + 1 : actor.first])


OWNER_LAM = "ل"
"""The preposition of the owner after a definite noun («الأمانة العامة لمجلس التعاون»):
the noun and the owner name one body."""


def _subject_word(hit: TriggerHit, tokens: Sequence[Word]) -> int | None:
    """The word right after an Arabic verb trigger (past a word of time), when it is a
    definite noun; else None."""
    verb = _verb_word(hit)
    if (hit.trigger.lang != "ar" or hit.trigger.tense == "noun" or verb is None
            or hit.trigger.roles not in ("subj", "visit")):
        return None
    at = verb + 1
    while at < len(tokens) and adjunct_word(tokens[at]):
        at += 1
    if at >= len(tokens):
        return None
    folded = tokens[at].folded
    if not folded.startswith(ARTICLE) or len(folded) < len(ARTICLE) + NOUN_LETTERS:
        return None
    if at + 1 < len(tokens) and _relative_adjective(tokens[at + 1].folded):
        return None  # «اللجنة التنفيذية», «القوات الحكومية»: a new body, named by its kind
    return at


GAP = " … "
"""Where a trigger's pattern lets other words stand between its parts («شن … غارات»)."""


def _verb_word(hit: TriggerHit) -> int | None:
    """The verb's word: a one-word trigger, or the first word of a pattern whose verb opens
    it alone before a gap («شنت الحكومة عدة غارات»: the subject stands in the gap); else
    None. Session 17 (2026-12-06)."""
    if hit.first == hit.last:
        return hit.last
    opening = hit.trigger.pattern.split(GAP)[0]
    return hit.first if GAP in hit.trigger.pattern and " " not in opening.strip() else None


NISBA_ENDINGS = ("ي", "ية", "يه", "يون", "يين", "يان")
"""Endings of the Arabic relative adjective («النسبة»: «التنفيذية», «الحكومية», «الإيراني»)."""


def _relative_adjective(folded: str) -> bool:
    """A definite relative adjective: after a noun it describes it, so the noun and it name
    a body of that kind afresh, not the one named before."""
    return folded.startswith(ARTICLE) and folded.endswith(NISBA_ENDINGS)
