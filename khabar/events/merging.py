"""One event per happening: mentions of the same act in an article merge into the first,
which keeps every mention's span (``Event.mentions``).

Two drafts are one happening when type and flags agree and no participant contradicts;
for symmetric types ("A met B", "B met A") the sides may be swapped. The kept event gains
confidence with each retelling.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from khabar.doc import Entity, Event, Participant
from khabar.events.participant_words import UNKNOWN_ATTACKERS, country_ids

UNTARGETED_SPEECH = frozenset({"ACCUSE"})
"""Types whose record may rightly have no target (a condemned act rather than an actor)."""
SYMMETRIC = frozenset({"CONSULT", "AGREE"})
"""Types where "A met B" and "B met A" are one happening."""


@dataclass
class Draft:
    event: Event
    actor_key: str | None
    target_key: str | None
    mentions: int = 1
    base_type: str | None = None
    """The trigger's own type, before a planned cooperative act became AGREE."""
    sides: bool = False
    """Its subject is "the two sides": the parties of the meeting told before it."""
    told: tuple[str, str] | None = None
    """First and last day of the date its clause names (``dating.EventDate.told``)."""
    target_share: float = 0.0
    """What a target adds to the confidence (``event_builder.TARGET_SHARE`` of the trigger's
    weight): ``salience.sureness`` reads an act PLOVER needs no recipient for without it."""
    another: bool = False
    """Told as one more act of its kind («غارة أخرى», «نیز»; ``other_acts.another_act``):
    it retells none told before it. Not of a meeting or agreement, where "also" adds a
    topic to the one told («كما تم بحث سبل تعزيز جهود الإغاثة»)."""

    far_target: bool = False
    """Its target is named beyond the act's reach, in another clause (``target_reach``), or is
    a side of an agreement the act is against (``arabic_deal_parties``, session 28): it counts
    while events are merged and ranked, so the events found stay those found, and is taken off
    the events kept (``target_reach.drop_far_targets``). Session 19 (2026-12-06)."""
    victims: Participant | None = None
    """An Arabic attack's unnamed dead, as people of the place (``arabic_victims``): the
    target when the roles name none, and in place of a far target dropped."""
    toll_plain: float | None = None
    """The confidence of an Arabic attack noun before its toll raised it to the floor
    (``casualty_attacks.toll_kept``); None when not raised. Session 27 (2026-12-07)."""
    teller_dropped: bool = False
    """An Arabic attack noun whose actor was read as the teller of its toll and dropped
    («حزب العمال ... فتحدث عن مقتل خمسة أشخاص في الغارات»; ``casualty_attacks.teller_roles``):
    it retells only a record whose doer is unknown too (``_told_by_other``). Session 28."""

    @property
    def kind(self) -> str:
        return self.base_type or self.event.type


def key_of(entity: Entity | None, fallback: Participant | None) -> str | None:
    if entity is not None:
        return entity.key or entity.kb_id or entity.text
    return (fallback.kb_id or fallback.name_en) if fallback else None


def _country_level(key: str, part: Participant | None) -> bool:
    """A state as a whole ("Iran", "the Iranian authorities", a capital for its
    government), not one person or body of it."""
    return key.startswith("state:") or part is None or part.start is None or (
        part.kb_id is not None and part.kb_id in country_ids())


def _agree(x_key: str | None, x: Participant | None, y_key: str | None,
           y: Participant | None) -> bool | None:
    """Whether two records' actors (or targets) are one: the same key, or a state and one of
    its own people or bodies ("visited Pakistan", "met Munir (Pakistan)"); None when one
    record names nobody."""
    if not x_key or not y_key:
        return None
    if x_key == y_key:
        return True
    same_country = x is not None and y is not None and x.country and x.country == y.country
    return bool(same_country) and (_country_level(x_key, x) or _country_level(y_key, y))


def _apart_in_time(x: tuple[str, str] | None, y: tuple[str, str] | None) -> bool:
    """Both clauses name a date, and the two cannot meet («از اواسط مارس تا کنون ... آزاد
    شده‌اند», «از اوایل آوریل ... آزاد کرده است»): a retelling repeats the date or names none."""
    return x is not None and y is not None and (x[1] < y[0] or y[1] < x[0])


def _compatible(kept: Draft, draft: Draft) -> bool:
    """Same type and flags, and no participant that contradicts: a mention that names fewer
    participants ("the kidnapping", "ربوده شد") or a state where the other names one of its
    people retells the happening already coded."""
    a, b = kept.event, draft.event
    if ((a.type, a.future, a.negated, a.hypothetical, a.historical)
            != (b.type, b.future, b.negated, b.hypothetical, b.historical)):
        return False
    if _apart_in_time(kept.told, draft.told):
        return False
    if _told_by_other(kept, draft) or _told_by_other(draft, kept):
        return False
    sides = (_agree(kept.actor_key, a.actor, draft.actor_key, b.actor),
             _agree(kept.target_key, a.target, draft.target_key, b.target))
    return False not in sides


def _told_by_other(toll: Draft, other: Draft) -> bool:
    """A toll whose teller was dropped beside a record with a named doer: the toll names no
    doer because its teller was the one named, so it cannot say the other's doer did it
    (session 27's check: a PKK toll of Turkish strikes made Islamic State's record surer)."""
    doerless = (None, UNKNOWN_ATTACKERS)
    return toll.teller_dropped and toll.actor_key in doerless and other.actor_key not in doerless


def _sharpen(kept: Draft, draft: Draft) -> None:
    """The kept record takes a participant it lacks, or a person or body where it names only
    the state, from a retelling."""
    e, other = kept.event, draft.event
    # A condemnation's missing target stays missing ("condemned the attack" has none,
    # EVENT-CONVENTIONS), unless the same party retells it naming whom it is against
    # («وتدين استمرار التصريحات» ... «البحرين تدين ... التصريحات من قبل مسؤولي إيران»); a
    # retelling with no actor may be another speaker's condemnation.
    same_speaker = _agree(kept.actor_key, e.actor, draft.actor_key, other.actor) is True
    if draft.actor_key and (not kept.actor_key or (
            _country_level(kept.actor_key, e.actor)
            and not _country_level(draft.actor_key, other.actor))):
        kept.actor_key, e.actor = draft.actor_key, other.actor
    fill = not kept.target_key and (e.type not in UNTARGETED_SPEECH or same_speaker)
    sharper = (kept.target_key is not None and _country_level(kept.target_key, e.target)
               and draft.target_key is not None
               and not _country_level(draft.target_key, other.target))
    if draft.target_key and (fill or sharper):
        kept.target_key, e.target = draft.target_key, other.target
        kept.far_target = draft.far_target
    kept.victims = kept.victims or draft.victims  # one happening's dead, however retold


PAIRING = frozenset({"CONSULT"})
"""Acts whose two parties "the two sides" later refers to."""


def fill_sides(drafts: Sequence[Draft]) -> None:
    """A draft whose subject is "the two sides" takes the actor and target of the last
    meeting before it that names both."""
    pair: Draft | None = None
    for draft in drafts:
        if draft.sides and pair is not None:
            draft.event.actor, draft.event.target = pair.event.actor, pair.event.target
            draft.actor_key, draft.target_key = pair.actor_key, pair.target_key
        elif (draft.event.type in PAIRING and draft.actor_key and draft.target_key
              and not draft.event.hypothetical):
            pair = draft


def one_party(draft: Draft) -> bool:
    """An act whose actor and target are one party: the same matching key, KB id or mention
    («ولم يتهم بلاتر بارتكاب أي مخالفات»: Blatter, read as the subject and again, by his
    surname, as the object, was accused by no one). Such a record misreads who did what to
    whom, whichever role is wrong, so it is dropped, in both languages (the plural verbs'
    own case, ``arabic_plurals.unowned_plural``, was the first)."""
    actor, target = draft.event.actor, draft.event.target
    if actor is None or target is None:
        return False
    if draft.actor_key is not None and draft.actor_key == draft.target_key:
        return True
    if actor.kb_id is not None and actor.kb_id == target.kb_id:
        return True
    return actor.start is not None and (actor.start, actor.end) == (target.start, target.end)


def _count(kept: Draft, mentions: Sequence[tuple[int, int]]) -> None:
    """The kept record gains each retelling's span, and confidence with each."""
    kept.mentions += len(mentions)
    kept.event.confidence = round(min(0.99, kept.event.confidence + 0.1 * len(mentions)), 3)
    kept.event.mentions = sorted({*kept.event.mentions, *mentions})


def same_happening(kept: Draft, draft: Draft) -> bool:
    """Two merged records of one happening: the same actor, and nothing else contradicts
    (``arabic_claims``: an attack a later claim named the doer of, and the claimant's own
    telling of it)."""
    return kept.actor_key == draft.actor_key and _compatible(kept, draft)


def retold(kept: Draft, draft: Draft) -> None:
    """The kept record takes in another merged record of its happening, as ``merge`` takes
    in a retelling: its spans, a participant it lacks, and confidence for each telling."""
    _sharpen(kept, draft)
    _count(kept, draft.event.mentions)


def merge(drafts: Sequence[Draft]) -> list[Draft]:
    """One event per happening: same type, actor, target and flags."""
    merged: dict[tuple[object, ...], Draft] = {}
    for draft in drafts:
        e = draft.event
        flags = (e.future, e.negated, e.hypothetical, e.historical)
        key: tuple[object, ...] = (e.type, draft.actor_key, draft.target_key, *flags)
        swapped = (e.type, draft.target_key, draft.actor_key, *flags)
        if e.type in SYMMETRIC and swapped in merged and draft.actor_key and draft.target_key:
            key = swapped
        # «غارة أخرى»: a happening of its own; a meeting's «كما تم بحث» adds a topic
        alone = draft.another and e.type not in SYMMETRIC
        if alone:
            key = (*key, "another", len(merged))
        elif key in merged and _apart_in_time(merged[key].told, draft.told):
            key = (*key, draft.told)  # the same parties' act on another date
        if key not in merged:
            # An act told as another is still one with a trigger of its own sentence.
            key = next((k for k, kept in merged.items() if _compatible(kept, draft) and (
                not alone or (e.start, e.end) in kept.event.mentions)), key)
            if key in merged:
                _sharpen(merged[key], draft)
        if key in merged:
            _count(merged[key], [(e.start, e.end)])
        else:
            merged[key] = Draft(replace(e, mentions=[(e.start, e.end)]), draft.actor_key,
                                draft.target_key, base_type=draft.base_type, sides=draft.sides,
                                told=draft.told, target_share=draft.target_share,
                                far_target=draft.far_target, victims=draft.victims,
                                teller_dropped=draft.teller_dropped)
    return list(merged.values())
