"""How far after an Arabic act its target may be named, session 19 (2026-12-06), issue 6.

An Arabic verb or verbal noun names its object, its «مع»/«إلى»/«على» partner and the people
it is done to close after itself, or after its subject when the subject follows it (with the
subject's titles: «التقى الأمير X ولي العهد ... مع Y»). A name many words further on stands in
another clause of the long, «و»-joined Arabic news sentence: «القبض على الجاني ... وبإحالته إلى
المحكمة العامة», «حرص حكومة ... على استتباب الأمن», «اقتحموا موقعا عسكريا في منطقة دوجو
بايزيد في إقليم أغري بشرق البلاد المتاخم لإيران». Of 28 targets named more than 10 words
after the act, sampled from 1,200 random SaudiNewsNet articles, 25 were wrong and 2 right;
at 6-10 words, 13 of 22 were right. On 280 unread articles the cut was right 13 times and
wrong 4 (9 neutral, on false events).

Such a target is taken off only the events kept in the end (``drop_far_targets``): cut
earlier, it changed which events were found (a meeting with no partner is dropped, two
records of one act merged, a freed place filled by another act), and the change is meant for
the target alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Participant
from khabar.entities.gazetteer import Word
from khabar.events.merging import Draft
from khabar.events.participant_words import token_index
from khabar.events.participants import Mention
from khabar.events.trigger_rows import TriggerHit

TARGET_REACH = 10
"""Words (punctuation apart) after an Arabic act, or after its subject when the subject
follows it, within which its target is named."""


def _words(tokens: Sequence[Word], lo: int, hi: int) -> int:
    return sum(1 for w in tokens[lo:hi] if w.text[:1].isalnum())


PARTNERS = frozenset({"with", "between"})
"""Prepositions of a meeting's partner («مع», «بين»), which a subject's protocol titles may put
far after the verb («التقى الأمير X ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية اليوم مع Y»):
they are kept at any distance."""


def beyond_reach(lang: str, tokens: Sequence[Word], hit: TriggerHit, actor: Mention | None,
                 target: Participant | None, found: Sequence[Mention] = ()) -> bool:
    """Whether an Arabic act's target is named too far after it (and after its subject) to be
    its own: it is then in another clause. ``found``: the clause's mentions, which say the
    target's preposition and where its title begins."""
    if lang != "ar" or target is None or target.start is None or not tokens:
        return False
    held = next((m for m in found if m.start <= target.start < m.end), None)
    if held is not None and held.prep in PARTNERS:
        return False
    # from the target's title on («رئيس الوزراء اليمني خالد بحاح»): the title is its own
    at = held.first if held is not None else token_index(tokens, target.start)
    if at <= hit.last:
        return False
    anchor = hit.last
    if actor is not None and hit.last < actor.first and actor.last < at:
        anchor = actor.last
    return _words(tokens, anchor + 1, at) > TARGET_REACH


def drop_far_targets(kept: Sequence[Draft]) -> None:
    """The kept events lose a target named beyond their act's reach (``Draft.far_target``)."""
    for draft in kept:
        if draft.far_target:
            draft.event.target = None
