"""Arabic verb forms derived from a lexicon row: the imperfect of a past-tense verb, the
future and the first-person plural of an imperfect, so no such form needs listing by hand;
and the plurals of a noun row with the article (``definite_trigger``).

Headlines tell the day's news in the imperfect ("السلطات تعتقل ...") where the body uses the
past ("اعتقلت"); the future is the imperfect with "س" ("ستعتقل"); a speaker doing the act by
saying it uses the first-person plural ("ندين", "نرفض").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from khabar.text.arabic_article import ARTICLE

if TYPE_CHECKING:
    from khabar.events.lexicon import Alternative, Trigger


FUTURE_PREFIX = "س"
"""The Arabic future prefix on the imperfect ("سيلتقي", "ستفرض"), as "سوف" apart."""


def future_trigger(trigger: Trigger) -> Trigger | None:
    """The future twin of an Arabic imperfect row ("يلتقي" -> "سيلتقي"), so no future form
    needs listing by hand."""
    if trigger.tense not in ("present", "imperfect") or trigger.first_person:
        return None
    first = tuple(dict.fromkeys(
        (FUTURE_PREFIX + alt[0], *alt[1:]) for alt in trigger.segments[0]
        if alt and alt[0][0] in IMPERFECT_PREFIXES and len(alt[0]) > 3
        and not alt[0].endswith("*")))
    if not first:
        return None
    return replace(trigger, pattern=f"{trigger.pattern} (future)", tense="future",
                   segments=(first, *trigger.segments[1:]))


FIRST_PERSON_PREFIXES = ("ن",)
"""The Arabic imperfect's first-person plural prefix, in place of ي/ت ("ندين", "نطالب"). The
singular أ is left out: folded, "أجتمع" is the past "اجتمع"."""


def first_person_trigger(trigger: Trigger) -> Trigger | None:
    """The first-person twin of an Arabic imperfect row ("يدين" -> "ندين"): a
    speaker doing the act by saying it ("ندين بشدة ...")."""
    if trigger.tense not in ("present", "imperfect") or len(trigger.segments) > 1:
        return None
    first = tuple(dict.fromkeys(
        (prefix + alt[0][1:], *alt[1:]) for alt in trigger.segments[0]
        if alt and alt[0][0] in IMPERFECT_PREFIXES and len(alt[0]) > 3
        and not alt[0].endswith("*") for prefix in FIRST_PERSON_PREFIXES))
    if not first:
        return None
    return replace(trigger, pattern=f"{trigger.pattern} (first person)", segments=(first,),
                   first_person=True)


IMPERFECT_PREFIXES = ("ي", "ت")
"""The Arabic imperfect's third-person prefixes (he, she): headlines tell the day's news in
the imperfect ("السلطات تعتقل ...") where the body uses the past ("اعتقلت")."""


def imperfect(past: str) -> str | None:
    """The imperfect stem of a folded Arabic past verb, without its prefix, where unvowelled
    script shows it regularly: form I "قصف" (يقصف), forms II-III "هاجم" (يهاجم), forms IV
    and VII-X without their alif "اعتقل" (يعتقل), "استدعي" (يستدعي). None for what is no
    plain past verb (a noun, a feminine or plural form) or changes its stem (hollow "ادان",
    "زار": يدين, يزور)."""
    if (past.startswith(("ال", "ي")) or (past[0] == "س" and past[1:2] in ("ي", "ت"))
            or past[-1] in "ةهءاتن" or (len(past) > 3 and past[-2] in "اوي")
            or (len(past) == 3 and past[0] == "و")):  # a noun, an imperfect, "وصل" (يصل)
        return None
    stem = past[1:] if past[0] == "ا" else past
    if len(stem) < 3 or (len(stem) == 3 and stem[1] == "ا"):
        return None
    return stem


def imperfect_trigger(trigger: Trigger) -> Trigger | None:
    """The present-tense twin of a past-tense Arabic trigger row (its first words put in the
    imperfect), or None when no first word has a regular imperfect."""
    if trigger.tense != "past":
        return None
    first: list[Alternative] = []
    words = {alt[0] for alt in trigger.segments[0] if alt}
    for alt in trigger.segments[0]:
        listed = alt and alt[0][0] == "ت" and "ي" + alt[0][1:] in words  # "تندد" by "يندد"
        stem = imperfect(alt[0]) if alt and not alt[0].endswith("*") and not listed else None
        first.extend((prefix + stem, *alt[1:]) for prefix in IMPERFECT_PREFIXES if stem)
    if not first:
        return None
    # "imperfect", not "present": without a future word the Arabic imperfect tells what goes
    # on now ("واشنطن تسلم ..."), not a plan, so a cooperative act stays what it is.
    return replace(trigger, pattern=f"{trigger.pattern} (imperfect)", tense="imperfect",
                   segments=(tuple(dict.fromkeys(first)), *trigger.segments[1:]))


PURPOSE_PREFIX = "ل"
"""The lam of purpose ("لزيارة موسكو", "لبحث العلاقات", "للقاء الملك", "ليلتقي")."""


def purpose_form(trigger: Trigger, folded: str) -> bool:
    """A trigger matched only through the lam of purpose ("لزيارة", "لبحث", "ليلتقي"; a
    past verb takes no ل, so "لبحث" is the verbal noun): the act is what someone sets out
    (or is invited) to do, not one the text reports done. "للقاء" is ل + اللقاء with the
    article's alif dropped."""
    if not folded.startswith(PURPOSE_PREFIX):
        return False
    firsts = {alt[0] for alt in trigger.segments[0] if alt}
    rest = folded[len(PURPOSE_PREFIX):]
    return folded not in firsts and (rest in firsts or "ا" + rest in firsts)


PLURAL = "ات"
"""The sound feminine plural ending, which a verbal noun takes for its occurrences."""


def definite_trigger(trigger: Trigger) -> Trigger | None:
    """The definite twin of an Arabic noun row's plurals ("غارات" -> "الغارات", "مظاهرات" ->
    "المظاهرات"), which the lexicon listed by hand for a few nouns only ("الاشتباكات"). The
    sound plural of a verbal noun counts occurrences of the act, so the plural with the
    article names acts that took place; the singular with it most often names the notion
    ("التسليم", "التوقيع", "الاختطاف" of a country, "بالضبط" 'exactly'), and is left. Only
    a one-word plural without a proclitic or a pronoun is made. Session 17 (2026-12-06)."""
    if trigger.tense != "noun" or len(trigger.segments) > 1:
        return None
    listed = {alt[0] for alt in trigger.segments[0] if alt}
    first = tuple(dict.fromkeys(
        (ARTICLE + alt[0],) for alt in trigger.segments[0]
        if len(alt) == 1 and alt[0].endswith(PLURAL) and alt[0][:1] not in "بلوف"
        and not alt[0].startswith(ARTICLE) and ARTICLE + alt[0] not in listed))
    if not first:
        return None
    return replace(trigger, pattern=f"{trigger.pattern} (definite)", segments=(first,))
