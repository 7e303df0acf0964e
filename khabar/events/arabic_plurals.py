"""Arabic plural and dual verb forms derived from a lexicon row's singular ones.

The lexicon lists a verb in the third-person singular ("هاجم|هاجمت", "يطالب|تطالب"): a
verb before its subject stays singular ("هاجم الحوثيون عدن"), but a verb after it, in a
relative clause or with its subject dropped, agrees in number: "الحوثيون هاجموا",
"الذين هاجموا", "وطالبوا", "المتظاهرون يطالبون", "اتفقا", "أدانتا". The forms are made by
rule from the folded singular: past +وا (they, m.), +ن (they, f.), +ا and +تا (the two);
imperfect ي…ون (they) and ي…ان / ت…ان (the two). A defective verb drops its last letter
("دعا" -> "دعوا", "نفى" -> "نفوا", "يدعو" -> "يدعون"); a hollow one keeps its alif in the
forms made here ("أدان" -> "أدانوا"), none of "زرن"'s shortened stem is made. The masculine
dual "+ا" is made only for a verb opening with alif (forms IV, VIII, X: "اتفقا"): in other
verbs it is written as the accusative of the verbal noun or of the participle ("دعمًا",
"قصفًا", "تعرضًا", "طالبًا", "قدمًا"), far more common in news. The second
person "ت…ون" is not made: in news it is quoted speech to an audience. A form that is
more often another word ("طالبان", "دعما", "نفيا") is listed in
``resources/events/plural_lookalikes_ar.tsv`` and not made.

The subject of such a verb is never after it: a name after it is its object
(:func:`plural_roles`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from khabar.resources import load_tsv

if TYPE_CHECKING:
    from khabar.entities.gazetteer import Word
    from khabar.events.lexicon import Alternative, Trigger, TriggerHit
    from khabar.events.merging import Draft
    from khabar.events.participants import Mention
    from khabar.events.roles import Roles

VERB_TENSES = ("past", "present", "imperfect", "future")
COORDINATORS = frozenset({"و", "،", ","})
"""Words between two coordinated names ("X و Y", "X، وY": the و is written on the name)."""
FORMED = ("وا", "ون", "ان")
"""Endings of forms already plural or dual: nothing is made from them (of an imperfect; a
past "ادان", "تعاون" ends so in its stem)."""


@cache
def lookalikes() -> frozenset[str]:
    """Derived forms left out: more often a noun or another word."""
    return frozenset(row[0] for row in load_tsv("events/plural_lookalikes_ar.tsv"))


def _imperfect(word: str, words: set[str]) -> bool:
    future = word[0] == "س" and word[1:2] in ("ي", "ت") and len(word) > 4
    if future:  # "سيلتقي|ستلتقي"
        words = {w[1:] for w in words if w[:1] == "س"}
        word = word[1:]
    return len(word) > 3 and (word[0] == "ي" or (word[0] == "ت" and "ي" + word[1:] in words))


def _imperfect_forms(word: str) -> list[str]:
    base = word[:-1] if word[-1] in "يو" else word
    dual = word + "ان"
    if word.lstrip("س")[0] == "ت":
        return [dual]
    return [base + "ون", dual]


def _past_forms(word: str) -> list[str]:
    if word[-1] == "ي":  # "نفى", "التقى": نفوا, نفيا, نفتا
        return [word[:-1] + "وا", word[:-1] + "يا", word[:-1] + "تا"]
    if word[-1] == "ا":  # "دعا", "عفا": دعوا, دعتا
        return [word[:-1] + "وا", word[:-1] + "تا"]
    if word[-1] == "و":
        return []
    forms = [word + "وا", word + "تا"]
    if word[0] == "ا":  # forms IV, VIII, X: "اتفقا", "استهدفا"
        forms.append(word + "ا")
    if word[-2] != "ا" and word[-1] not in "نت":  # hollow "زار" -> "زرن": not made
        forms.append(word + "ن")
    return forms


def forms(word: str, words: set[str]) -> list[str]:
    """The plural and dual forms of one folded singular verb form of a row (``words``: the
    row's first words, to tell "تندد" (she) from "تظاهر" (he, form VI)); none for a form
    already feminine, plural or dual, a prefix, a noun."""
    if (len(word) < 3 or word.endswith(("*", "ه", "وا")) or word.startswith("ال")
            or (word[0] in "يتس" and word.endswith(FORMED))
            or (word[-1] == "ت" and word[:-1] in words)
            or (word[-1] == "ا" and word[:-1] in words)
            or (word[-1] != "ي" and word + "ي" in words)):  # "يلتق" beside "يلتقي"
        return []
    if _imperfect(word, words):
        made = _imperfect_forms(word)
    elif word[-1] == "ت":  # a feminine past listed alone ("صادرت"): left as it is
        made = []
    else:
        made = _past_forms(word)
    return [f for f in made if f not in lookalikes() and f not in words]


def plural_trigger(trigger: Trigger) -> Trigger | None:
    """The plural-and-dual twin of an Arabic verb row, or None when no form is made."""
    if trigger.tense not in VERB_TENSES or trigger.roles == "participle" or trigger.first_person:
        return None
    words = {alt[0] for alt in trigger.segments[0] if alt}
    first: list[Alternative] = [
        (form, *alt[1:]) for alt in trigger.segments[0] if alt
        for form in forms(alt[0], words)]
    if not first:
        return None
    return replace(trigger, pattern=f"{trigger.pattern} (plural)", plural=True,
                   segments=(tuple(dict.fromkeys(first)), *trigger.segments[1:]))


def plural_triggers(rows: Iterable[Trigger]) -> tuple[Trigger, ...]:
    return tuple(t for t in map(plural_trigger, rows) if t is not None)


def plural_roles(found: Roles, before: Sequence[Mention], hit: TriggerHit,
                 tokens: Sequence[Word]) -> Roles:
    """The roles of a plural or dual verb: its subject is before it or dropped, so a name read
    as the actor after it is its object, and the actor the last party named before it
    without a preposition, a group (not one person: "قال الوزير إن المتظاهرين طالبوا").
    One person is its subject only beside another ("سالم الحارثي، وفهد الحارثي ...
    وطالبوا"): "قبل الناخبون بتوصية رئيس الوزراء تسيبراس، ورفضوا" is the voters' act."""
    if not hit.trigger.plural:
        return found
    actor, target = found.actor, found.target
    if actor is not None and actor.start >= hit.start:
        actor, target = next((m for m in reversed(before)
                              if m.prep is None and m.head.type != "PER"), None), actor
    if actor is not None and actor.head.type == "PER" and not _paired(actor, before, tokens):
        actor = None
    return replace(found, actor=actor, target=target)


def _paired(person: Mention, before: Sequence[Mention], tokens: Sequence[Word]) -> bool:
    """A name coordinated with the one before it ("X و Y", "X، وY")."""
    return any(m.last < person.first and all(
        w.text in COORDINATORS for w in tokens[m.last + 1 : person.first])
        for m in before)


def unowned_plural(hit: TriggerHit, draft: Draft) -> bool:
    """A plural or dual verb whose doers are named nowhere before it ("حيث أشادوا بدور
    ...": the activists of the sentence before, no entity; no stand-in "Unknown attackers"
    for "ممن اختطفوا ساحة الفن" either), or read as doing it to
    themselves ("تنظيم داعش يختلف عن القاعدة، ويتفقان في الأسلوب"): its doers are unknown,
    and a name after it is no act's party."""
    actor = draft.event.actor
    return hit.trigger.plural and (actor is None or actor.text is None or (
        draft.actor_key is not None and draft.actor_key == draft.target_key))
