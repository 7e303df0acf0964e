"""An Arabic request told by its noun after a preposition: «بطلب من X», «بناء على طلب X».

«طلب» is written alike for the verb ("he asked") and the noun ("a request"). A verb never
carries a preposition, so the word glued to «ب» («بطلب») or standing after «على» («بناء على
طلب») is the noun, and the one who asked is its genitive («بناء على طلب أنقرة») or the name
after «من» («بطلب من القضاء الأمريكي»): the actor. Read as the verb, «من X» made X the one
asked («طلب من X»: asked X), turning the request around («بطلب من الحكومة اليمنية» gave the
passports office as the requester and Yemen's government as the one asked). Whom the request
went to is the main clause's business, not told here: no target. Session 17 (2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.events.lexicon import TriggerHit
from khabar.events.participants import Mention
from khabar.events.roles import Roles
from khabar.normalize.fold import fold

NOUN_PREPOSITION = "ب"
"""The preposition glued to the noun («بطلب»)."""
BEFORE_NOUN = fold("على")
"""The preposition standing before the noun («بناء على طلب»)."""
FROM = fold("من")
ADJECTIVE_ENDINGS = ("ي", "يه", "ية")
"""Endings of the relative adjective that may describe the noun before «من» («طلب رسمي من
الأمم المتحدة»)."""
PRONOUN_LETTERS = 2
"""Letters of a pronoun glued to «من» («منه», «منها», «منهم»)."""
TITLE_REACH = 6
"""Words of a title before the requester's name («بناء على طلب من الرئيس الشرعي عبدربه
منصور هادي», «طلب إدارة نادي النصر»)."""


def _noun_read(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether the one-word request trigger is the noun: glued to «ب», or after «على»."""
    if hit.first != hit.last or hit.trigger.tense == "noun":
        return False
    word = tokens[hit.first].folded
    forms = {alt[0] for alt in hit.trigger.segments[0] if alt}
    glued = word.startswith(NOUN_PREPOSITION) and word[len(NOUN_PREPOSITION):] in forms
    return glued or (word in forms and hit.first > 0
                     and tokens[hit.first - 1].folded == BEFORE_NOUN)


def requested_by(roles: Roles, hit: TriggerHit, tokens: Sequence[Word],
                 found: Sequence[Mention]) -> Roles:
    """The requester of a request told by its noun as the actor, with no target; else the
    roles as read. «من» with a pronoun («بطلب منه») names no party: no actor. A noun after a
    verb with no «من» («تقدمت الولايات المتحدة بطلب إلى مجلس الأمن») is that verb's: its
    subject asks, and the roles stand."""
    if hit.trigger.lang != "ar" or hit.trigger.type != "REQUEST" or not _noun_read(hit, tokens):
        return roles
    at = hit.last + 1
    if at >= len(tokens):
        return roles
    if tokens[at].folded == FROM:
        at += 1
    elif (at + 1 < len(tokens) and tokens[at + 1].folded == FROM
          and tokens[at].folded.endswith(ADJECTIVE_ENDINGS)):
        at += 2
    elif tokens[at].folded.startswith(FROM) and tokens[at].folded != FROM and len(
            tokens[at].folded) <= len(FROM) + PRONOUN_LETTERS:
        return Roles(None, None)  # «بطلب منه»
    elif tokens[hit.first].folded.startswith(NOUN_PREPOSITION):
        return roles  # «تقدمت بطلب»: the verb's subject asks
    requester = next((m for m in found if at <= m.first <= at + TITLE_REACH
                      and m.prep in (None, "from") and not m.outlet), None)
    if requester is not None and any(not w.text[:1].isalnum() or w.folded == FROM
                                     for w in tokens[at : requester.first]):
        requester = None  # a mark or another «من» before the name: it is no genitive
    if requester is None and tokens[at - 1].folded != FROM:
        return roles  # «بناء على طلب تقدمت به الرئاسة»: told in a clause, not read here
    return Roles(requester, None)
