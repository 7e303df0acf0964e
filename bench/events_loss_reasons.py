"""Which rule of the event stage dropped a gold event's draft (``events_loss_stages -v``).

Session 24 (2026-12-07), issue 6, engineer events_sel: the steps "dropped in selection" and
"draft dropped before selection" each stand for several rules, and telling them apart took a
script of its own. A draft dropped in selection (``salience.main_events``) was lost to:

- ``off-headline bar``: its kind is not the headline's and it is less sure than
  ``salience.OFF_HEADLINE_CONFIDENCE`` (``salience.sureness``);
- ``off-headline share``: sure enough, but ``salience.OFF_HEADLINE_SHARE`` acts of other
  kinds were kept before it;
- ``cap``: it would be kept with no cap on the events per article.

A draft dropped before selection (``stage.find_events``) was lost to the first of:
``set aside when built`` (a participle addressed to no one, a visit with no visitor, a thing
as object, an unowned plural: it never reached merging), ``one party`` (dropped before
merging), ``confidence floor`` (``stage.MIN_CONFIDENCE``), ``no party named``
(``participant_words.partyless``), ``one-sided meeting`` (``arabic_content.one_sided``),
``one party after merging`` (a retelling filled the other side with the same party), and
otherwise ``merged away`` (retold in a record whose spans lie elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import khabar.events.stage as stage
from khabar.events import salience
from khabar.events.merging import Draft

NO_CAP = 1000
"""A cap no article reaches: the drafts main_events keeps when only its bars apply."""


def selection_reason(drafts: Sequence[Draft], headline: frozenset[str], lang: str | None,
                     lost: Draft) -> str:
    """Why ``main_events`` did not keep ``lost``, one of ``drafts`` it was given."""
    uncapped = salience.main_events(drafts, headline, NO_CAP, lang)
    if any(d is lost for d in uncapped):
        return "cap"
    if salience.sureness(lost, lang) < salience.OFF_HEADLINE_CONFIDENCE:
        return "off-headline bar"
    return "off-headline share"


def draft_reason(draft: Draft, merging: Sequence[Draft], merged: Sequence[Draft], lang: str,
                 overlaps: Callable[[int, int], bool]) -> str:
    """Why a built draft reached no selection: ``merging`` is what ``merge`` was given and
    ``merged`` what it returned; ``overlaps`` tells whether a span overlaps the gold event's
    evidence."""
    if not any(d is draft for d in merging):
        return "one party" if stage.one_party(draft) else "set aside when built"
    event = draft.event
    told = [d for d in merged if d.event.type == event.type
            and any(overlaps(s, e) for s, e in d.event.mentions or [(d.event.start, d.event.end)])]
    for record in told:
        if record.event.confidence < stage.MIN_CONFIDENCE:
            return "confidence floor"
        if stage.partyless(record.event, lang):
            return "no party named"
        if stage.one_sided(record, lang):
            return "one-sided meeting"
        if stage.one_party(record):
            return "one party after merging"
    return "merged away"
