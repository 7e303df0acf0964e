"""Which of an article's events are its main ones: the 1-4 a headline would carry.

EVENT-CONVENTIONS.md codes the main events only, and an article tells many acts in
passing: background, reactions, what a speaker recalls. The headline is the writer's own
choice of what the news is, so when it names an act (a trigger of the lexicon), acts of
that kind lead, and acts of another kind stay only while few and sure. A headline with no
trigger (many agency titles name only the speaker) says nothing, and the ranking is by
confidence alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc
from khabar.events.clauses import narrative_hits
from khabar.events.lexicon import clause_words, find_triggers
from khabar.events.merging import Draft
from khabar.events.persian_readings import other_sense_fa
from khabar.events.persian_welcomes import welcomed

OFF_HEADLINE_CONFIDENCE = 0.6
"""An act of a kind the headline does not name is kept only from this confidence on."""
OFF_HEADLINE_SHARE = 2
"""At most this many acts of kinds the headline does not name, beside the headline's own."""
RECIPIENT_REQUIRED = frozenset({"COOPERATE", "AID", "SANCTION"})
"""The types PLOVER requires a recipient for (PLOVER.md); the others are whole without one."""


def headline_types(doc: Doc, lang: str) -> frozenset[str]:
    """The event types the headline names (before any future reading: a headline's present
    tense tells the news of the day, "يلتقي", not a plan)."""
    title = doc.title or ""
    if not title.strip():
        return frozenset()
    tokens = clause_words(title)
    hits = narrative_hits(find_triggers(title, tokens, lang), len(title))
    return frozenset(welcomed(h, tokens).trigger.type for h in hits
                     if not other_sense_fa(h, tokens))


def sureness(draft: Draft, lang: str | None) -> float:
    """How sure the act is, for the off-headline bar: its confidence, and for a Persian act
    PLOVER needs no recipient for («… را رد کرد», «پاسخ منفی داده است») with none named,
    the share a target would add. Confidence rewards a named target, so a sure verb told
    after the lead (weight 0.7, a named actor, no target: 0.525) never passed the bar of 0.6
    however sure the act. Arabic keeps the plain confidence (its studied sets gain 1 right
    and 2 wrong events this way; session 18)."""
    event = draft.event
    if lang == "fa" and event.target is None and event.type not in RECIPIENT_REQUIRED:
        return event.confidence + draft.target_share
    return event.confidence


def main_events(drafts: Sequence[Draft], headline: frozenset[str], max_events: int,
                lang: str | None = None) -> list[Draft]:
    """The drafts to keep, surest first: the headline's kinds lead; background acts come
    after the news of the day, and conditional ones after both."""

    def on_headline(draft: Draft) -> bool:
        return not headline or draft.kind in headline or draft.event.type in headline

    # A conditional act only fills a place the acts that happened leave free.
    ranked = sorted(drafts, key=lambda d: (d.event.hypothetical, d.event.historical,
                                           not on_headline(d), -d.event.confidence))
    kept: list[Draft] = []
    off = 0
    for draft in ranked:
        if len(kept) >= max_events:
            break
        if not on_headline(draft):
            if off >= OFF_HEADLINE_SHARE or sureness(draft, lang) < OFF_HEADLINE_CONFIDENCE:
                continue
            off += 1
        kept.append(draft)
    return kept
