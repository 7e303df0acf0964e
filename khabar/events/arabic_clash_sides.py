"""The two sides of an Arabic clash: «اشتباكات بين الجنود الأتراك ومتمردي حزب العمال»,
«تدور اشتباكات عنيفة بين قوات النظام وحزب الله اللبناني ... من جهة، والفصائل المقاتلة ...
من جهة أخرى».

A clash noun (clash_nouns_ar.txt) followed by «بين» names both its sides there: the first
party after «بين» is the actor, the first party of the second side the target. The general
roles read them the other way round: the party after «بين» keeps the preposition, which
marks a partner or target, and the bare party after it, joined by «و», became the subject.
Where «من جهة» (side_words_ar.txt) closes the first side, the parties joined to it by «و»
before the marker are its allies, and the second side opens after the marker. A first side
no name tells («اشتباكات بين الجنود الاتراك ومتمردي حزب العمال») leaves the actor unknown:
the party after the «و» is still the side fought, not the doer. Session 22 (2026-12-06), issue 6,
engineer events_ar2.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.arabic_kind_names import common_words, person_common_words
from khabar.entities.gazetteer import Word
from khabar.entities.phrases import proclitic_forms
from khabar.entities.words import listed_keys
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.events.participants import Mention
from khabar.events.roles import Roles
from khabar.events.trigger_rows import TriggerHit
from khabar.text.arabic_conjunction import after_glued_and

ADJECTIVE_REACH = 2
"""Words between the clash noun and «بين» («اشتباكات عنيفة بين», «اشتباكات مسلحة عنيفة
بين»)."""
FIRST_PARTY_REACH = 2
"""Words from «بين» to the first side's party («بين عناصر من تنظيم داعش»)."""
FIRST_SIDE_REACH = 12
"""Words from the first party's end to «من جهة»: room for its allies and their titles."""
SECOND_SIDE_REACH = 4
"""Words from the «و» opening the second side to its first party («والفصائل المقاتلة
وجبهة النصرة»: a group no entity names may come first)."""
COMMA = "،"
"""The comma may stand inside a side's words («من جهة، والفصائل»); other marks end them."""


def clash_nouns() -> frozenset[str]:
    return listed_keys("events/clash_nouns_ar.txt")


def side_words() -> frozenset[str]:
    return listed_keys("events/side_words_ar.txt")


def clash_sides(roles: Roles, hit: TriggerHit, tokens: Sequence[Word],
                found: Sequence[Mention]) -> Roles:
    """The clash's first side as actor, its second as target (None where no party names
    one); the roles as read for any other act, or a clash whose «بين» names no party."""
    if hit.trigger.lang != "ar" or not proclitic_forms(tokens[hit.last]) & clash_nouns():
        return roles
    between = _between_at(tokens, hit.last)
    if between is None:
        return roles
    first = _first_side(tokens, found, between)
    start = first.last + 1 if first is not None else between + 1
    second = _second_side(tokens, found, start, first)
    if first is None and second is None:
        return roles  # «اشتباكات بين الطرفين»: the sides were named before, not here
    return Roles(first, second)


def _between_at(tokens: Sequence[Word], noun: int) -> int | None:
    """The «بين» right after the clash noun or its adjectives, if any."""
    for k in range(noun + 1, min(len(tokens), noun + 2 + ADJECTIVE_REACH)):
        if tokens[k].text in PUNCTUATION_BREAKS:
            return None
        if tokens[k].folded == "بين":
            return k
    return None


def _first_side(tokens: Sequence[Word], found: Sequence[Mention],
                between: int) -> Mention | None:
    """The party that opens the first side: right after «بين» or after a noun of its men
    («بين عناصر من تنظيم داعش»), with no «و» before it (that opens the second side)."""
    for m in found:
        if m.first <= between:
            continue
        words = tokens[between + 1:m.first]
        if len(words) > FIRST_PARTY_REACH or _opens_with_and(words) or any(
                w.text in PUNCTUATION_BREAKS for w in words):
            return None
        return m
    return None


def _second_side(tokens: Sequence[Word], found: Sequence[Mention], start: int,
                 first: Mention | None) -> Mention | None:
    """The first party of the clash's second side, looked for from word ``start`` (past the
    first side's party, where one names it): after «من جهة» where that closes the first
    side, else the party joined by «و» right after the first («بين X وY»)."""
    marker = _side_marker(tokens, start)
    opening = marker + 2 if marker is not None else start
    for m in found:
        if m.first < opening or (first is not None and (m is first or m.key == first.key)):
            continue
        words = tokens[opening:m.first + 1]
        if len(words) > SECOND_SIDE_REACH + 1 or any(
                w.text in PUNCTUATION_BREAKS and w.text != COMMA for w in words):
            return None
        return m if _opens_with_and(words) else None
    return None


def _side_marker(tokens: Sequence[Word], start: int) -> int | None:
    """Where «من جهة» closes the first side (the index of «من»), if within reach before the
    sentence ends."""
    for k in range(start, min(len(tokens) - 1, start + FIRST_SIDE_REACH)):
        if tokens[k].text in PUNCTUATION_BREAKS and tokens[k].text != COMMA:
            return None
        if tokens[k].folded == "من" and proclitic_forms(tokens[k + 1]) & side_words():
            return k
    return None


def _opens_with_and(words: Sequence[Word]) -> bool:
    """Whether the words hold the «و» that opens a side, alone or glued to the first of them
    («والفصائل», «ومتمردي»)."""
    return any(w.folded == "و" or _glued_and(w) for w in words)


def _glued_and(word: Word) -> bool:
    """Whether the word opens on a glued «و»: not a common word whose own first letter is
    «و» («بين وحدات الجيش», «وسط», «وزارة»: read as «و» + rest, the first side was taken for
    the second and the clash lost its actor; review_b, session 22), unless the rest is a
    word too: a common one, one written with the article elsewhere («وحراس», «وصيف»), or
    one that takes it here («والجيش»)."""
    rest = after_glued_and(word, min_rest=2)
    if rest is None:
        return False
    return (rest.startswith("ال") or word.folded not in common_words()
            or rest in common_words() or rest in person_common_words())
