"""Unvowelled Arabic passives of arrest and release: «اعتقل الناشط X» (اعتُقل), «أفرج عن
الصحفي X» (أُفرج).

The script writes «اعتقل» alike for "he arrested" and "he was arrested". PLOVER codes an
arrest or a release as a state's act (COERCE arrest, RETREAT release), so when the only
party named after such a verb is a person with no office of state before his name (no
«الرئيس», «الوزير», «الأمير» …; ``power_posts_ar.txt``), he is the one acted upon, not the
doer: the verb is the passive, and its doer the authorities where it happened
(``arguments.authorities``), as when the text says so («ألقي القبض على X»).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.gazetteer import Word
from khabar.entities.words import listed_keys
from khabar.events.lexicon import TriggerHit
from khabar.events.roles import Roles
from khabar.text.arabic_conjunction import without_proclitic

PASSIVE_ACTS = frozenset({("COERCE", None), ("COERCE", "arrest"), ("RETREAT", "release")})
"""(type, mode) of the acts whose unvowelled verb may be the passive: an arrest («اعتقل»,
«احتجز») and a release («أفرج»). A resignation or a withdrawal («استقال», «انسحب», RETREAT
too) has no passive: its person does it."""
PASSIVE_REACH = 3
"""Words between the verb and the person's name (a preposition, a word for what he is:
«عن الصحفي», «الناشط الحقوقي»)."""


def pronoun_objects() -> frozenset[str]:
    """«عن» with the pronoun of whom the act is done to («أفرج عنه»): the verb has no
    subject."""
    return listed_keys("events/freed_pronouns_ar.txt")


def power_posts() -> frozenset[str]:
    return listed_keys("events/power_posts_ar.txt")


def unvoiced_passive(roles: Roles, hit: TriggerHit, tokens: Sequence[Word]) -> Roles:
    """The roles read as the passive when a person without office is the verb's only
    party; else as they are."""
    actor = roles.actor
    if (hit.trigger.lang != "ar" or (hit.trigger.type, hit.trigger.mode) not in PASSIVE_ACTS
            or hit.trigger.roles != "subj" or hit.tense == "noun" or roles.target is not None
            or actor is None or actor.head.type != "PER"):
        return roles
    if actor.start < hit.end:
        # «X ... وقد أفرج عنه بكفالة»: the one freed is the pronoun after «عن», X himself
        after = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
        freed = after is not None and after.folded in pronoun_objects()
        return replace(roles, actor=None, target=actor) if freed else roles
    # the words before the name, his posts inside the mention included
    between = [w for w in tokens[hit.last + 1 : actor.last + 1] if w.start < actor.head.start]
    if len(between) > PASSIVE_REACH or any(_office(w) for w in between):
        return roles
    return replace(roles, actor=None, target=actor)


POWERLESS_GROUPS = ("group:protesters:",)
"""Keys of unnamed groups (``state_actors``) that hold no power of arrest or release: such a
group next to the unvowelled verb, before or after it, is the one acted upon («أفاد شاهد بأن
عشرات المحتجين اعتقلوا»: they were arrested), session 15 (2026-12-06)."""


def powerless(head: Entity) -> bool:
    return (head.key or "").startswith(POWERLESS_GROUPS)


def powerless_passive(roles: Roles, hit: TriggerHit) -> Roles:
    """The roles read as the passive when the verb's only party is a group without power of
    arrest or release, wherever it stands (the verb's own clause or a reported one); else as
    they are."""
    actor = roles.actor
    if (hit.trigger.lang != "ar" or (hit.trigger.type, hit.trigger.mode) not in PASSIVE_ACTS
            or hit.trigger.roles != "subj" or hit.tense == "noun" or roles.target is not None
            or actor is None or not powerless(actor.head)):
        return roles
    return replace(roles, actor=None, target=actor)


def _office(word: Word) -> bool:
    folded = word.folded
    return folded in power_posts() or without_proclitic(folded, letters="وفب") in power_posts()


CHARGE_PREFIX = "ب"
"""The preposition of an accusation's charge («اتهم X بالفشل», «بدعم», «بأن»)."""


def charged_object(roles: Roles, hit: TriggerHit, tokens: Sequence[Word]) -> Roles:
    """An accusation whose one party after the verb is followed at once by the charge
    («، واتهم وزير الخارجية جون كيري بالفشل»): «اتهم» takes its subject, then the accused,
    then the charge, so a lone party before the charge is the accused, the verb's subject
    being dropped (left to the stage's readings of a subject told before: «وقال كوركر ...»)
    or the verb the unvowelled passive; else the roles as they are. The same holds after
    «وجّه ... اتهامات» («ووجهت اتهامات للوزير جون كيري بالفشل»). A verb with an object
    pronoun glued («اتهمه X»: X the subject) is no trigger the lexicon matches, so no guard
    stands for it (tests/test_event_review_guards_s14.py; review, session 14 (2026-12-06))."""
    actor = roles.actor
    if (hit.trigger.lang != "ar" or hit.trigger.type != "ACCUSE" or hit.trigger.mode != "allege"
            or hit.trigger.roles != "subj" or hit.tense == "noun" or roles.target is not None
            or actor is None or actor.prep is not None or actor.start < hit.end):
        return roles
    # the word right after the party's name (a country after it is the accused: «ظريف السعودية»)
    charge = next((w.folded for w in tokens if w.start >= actor.head.end), "")
    if not (charge.startswith(CHARGE_PREFIX) and len(charge) > 2):
        return roles
    return Roles(None, actor)
