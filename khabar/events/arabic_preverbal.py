"""The subject an Arabic verb finds before it (split out of ``roles``, session 16
(2026-12-06)): a noun opening its clause before the verb («قالت الوكالة إن الحكومة
الأردنية استدعت السفير»), a sender «من X» right before the verb telling what he said, and
whether a verb with a «by» phrase close after its first name is passive.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.entities.titles import role_words
from khabar.entities.words import listed_keys
from khabar.events.arabic_construct import construct_opening, copula_subject, verb_start
from khabar.events.participant_words import CLAUSE_BREAKS
from khabar.events.participants import Mention

APPOSITION_REACH = 8
"""Words a title may run from the organisation it names to the person it is ("رئيس بعثة
الأمم المتحدة للدعم في ليبيا برناردينو ليون")."""


OBJECT_REACH = 8
"""Words after an Arabic verb that follows its subject within which its objects stand."""


def complementizers() -> frozenset[str]:
    return listed_keys("events/complementizers_ar.txt")


def _apposed(between: Sequence[Word]) -> bool:
    """Nothing, or a title set off by a comma, between a subject and its verb ("إن خالد
    مشعل رئيس المكتب السياسي، التقى ...")."""
    if not between:
        return True
    title = between[:-1]
    return (between[-1].text in ("،", ",") and len(title) <= APPOSITION_REACH
            and (not title or title[0].folded in role_words("ar"))
            and not any(w.text in CLAUSE_BREAKS for w in title))


def preverbal_subject(before: Sequence[Mention], tokens: Sequence[Word] | None,
                      first: int | None) -> Mention | None:
    """The subject of an Arabic verb that follows its noun ("قالت الوكالة إن الحكومة الأردنية
    استدعت السفير", headline "السعودية تدين الهجوم"): a bare mention ending right before the
    verb, itself opening the sentence or following إن/أن/كما or a punctuation mark. After
    a verb ("استدعت الخارجية سفير إيران وأدانت ...") the noun is that verb's object."""
    if tokens is None or first is None or first >= len(tokens) or not before:
        return None
    named = copula_subject(before, tokens, first)
    if named is not None:
        return named
    last = before[-1]
    if not _apposed(tokens[last.last + 1 : verb_start(tokens, first)]) or last.prep is not None \
            or last.obj or last.outlet:
        return None
    if last.first == 0:
        return last
    opener = construct_opening(tokens, last.first, complementizers())
    if opener < 0:
        return last
    word = tokens[opener]
    return last if not word.text[:1].isalnum() or word.folded in complementizers() else None


SENDER_GAP = 1
"""Words (an adjective: "الشقيقة") allowed between a sender "من X" and the verb after it."""


def call_sender(before: Sequence[Mention], tokens: Sequence[Word] | None,
            first: int | None) -> Mention | None:
    """A person a call or message came from ("تلقى X اتصالا من الملك Y ملك المغرب الشقيقة
    أعرب خلاله عن ..."), right before a verb that no mark or "و" opens: the verb begins
    the clause telling what the sender said. With "و" ("... من Y وأعرب عن شكره") the
    receiver may speak, and a verb whose own first letter is و cannot be told apart, so
    neither is read."""
    if not before or tokens is None or first is None or first >= len(tokens):
        return None
    last = before[-1]
    gap = tokens[last.last + 1 : first]
    if last.prep != "from" or last.head.type != "PER" or len(gap) > SENDER_GAP:
        return None
    opening = [*gap, tokens[first]]
    if any(not w.text[:1].isalnum() or w.folded[:1] in "وف" for w in opening):
        return None
    return last


PASSIVE_REACH = 2
"""Words between a verb's first name and the "by" phrase after it that make the verb passive
("اعتُقل الناشط X أمس على يد Y"); further on, "by" names the doer of the object's act
("أدانت السعودية الاعتداء على المسجد من قبل إسرائيل")."""


def is_passive(bare_after: Sequence[Mention], doer: Mention) -> bool:
    """Whether an unvowelled Arabic verb with no subject before it is passive: a doer is named
    after "by" close after the verb's first name, who then underwent the act."""
    patient = next((m for m in bare_after if m.first < doer.first), None)
    return patient is not None and doer.first - patient.last - 1 <= PASSIVE_REACH + BY_WORDS


BY_WORDS = 2
"""The words of a "by" phrase («على يد», «من قبل»)."""
