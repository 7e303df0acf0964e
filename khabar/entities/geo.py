"""An article's country focus: the country its places (and its actors) point at most.

Each place mention counts for its country, a place in the headline or first sentence
counts ``LEAD_WEIGHT`` times, and persons and organisations count ``ACTOR_WEIGHT`` for
theirs. Ties go to the country mentioned first. The output contract has no field for it
yet; consumers (stories, the web UI) call ``country_focus``.
"""

from __future__ import annotations

from khabar.doc import Doc

LEAD_WEIGHT = 2.0
ACTOR_WEIGHT = 0.5


def country_focus(doc: Doc) -> str | None:
    """ISO alpha-3 code of the country the article is most about, if any."""
    lead_end = doc.sentences[0][1] if doc.sentences else 0
    weights: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    for e in doc.entities:
        if not e.country:
            continue
        if e.type == "LOC":
            weight = LEAD_WEIGHT if e.start < lead_end else 1.0
        elif e.type in ("PER", "ORG") and e.source not in ("pronoun", "surname"):
            weight = ACTOR_WEIGHT
        else:
            continue
        weights[e.country] = weights.get(e.country, 0.0) + weight
        first_seen.setdefault(e.country, e.start)
    if not weights:
        return None
    return max(weights, key=lambda c: (weights[c], -first_seen[c]))
