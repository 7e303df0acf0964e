"""A story's core: the keys most of its recent members share (setting ``stories.core_share``).

Joining the story of the best single neighbour is single-link clustering, and single link
chains: an article that shares a key with one member of a story and a key with another
story's member glues the two, and a week of one country's news grows into one story of
hundreds of articles (bench/stories_chaining.py: 41% of a dense week's articles sat in
stories of more than 20, one of 695, at the start of session 11). The classic remedy is
to compare the newcomer with the cluster, not with its nearest member (group-average
linkage, or a centroid). Here an article may join a story of ``CORE_MIN`` members or more
(dated within the window) only when it fits the story's core: the keys held by at least
``stories.core_share`` of those members, and the headline words at least that share of
their headlines hold. The weight of the core keys it holds, plus the share of its
headline words among the core's (as two headlines' containment counts in
``cluster.joins``), must reach what a pairwise join needs (``stories.min_overlap``). A
story of one happening keeps its place, its actors, its event type and its headline words
in most reports, so its core is what a new report of it names; a chain of many happenings
has a thin core, so it stops growing. The core follows the story: it is read from the
members dated within ``stories.window_days`` of the newcomer. A near-duplicate of a member
is that member's story whatever the core says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from khabar.stories.headline_words import title_words
from khabar.stories.home import home_capital, home_country
from khabar.stories.weights import WEAK_WEIGHT, key_containment, key_weight, shared_weight

if TYPE_CHECKING:
    from khabar.stories.cluster import StoryCandidate

CORE_MIN = 3
"""Members (in the window) from which a story has a core: with one or two, any key of
theirs is held by half of them, and the pairwise join already decided."""
WEAK_HELD = 1.0
"""The most the weak keys of a core held count together: one specific key's weight."""
CORE_MEMBERS = 40
"""The most recent members a core is read from: enough to tell a story's core from its
fringe, and a bounded cost per article however long a story runs."""


def core_of(sets: Sequence[frozenset[str]], share: float) -> frozenset[str]:
    """The items (keys, headline words) held by at least ``share`` of ``sets``."""
    counts = Counter(item for items in sets for item in items)
    needed = share * len(sets)
    return frozenset(item for item, n in counts.items() if n >= needed)


def held_weight(keys: frozenset[str], across: bool, common: frozenset[str]) -> float:
    """The weight of the core keys a candidate holds (``cluster.shared_weight``), where the
    weak ones (countries, regions, event types, common keys) count together at most
    ``WEAK_HELD``: a core of a country or two and an event type is a week of that
    country's news, and an article holding it plus one actor of the story (ISIS, the PKK)
    joined whatever that actor did next (bench/stories_chaining.py, Turkey/ISIS)."""
    weak = sum(WEAK_WEIGHT for k in keys if key_weight(k, common, across) < 1.0)
    return shared_weight(keys, across, common) - max(0.0, weak - WEAK_HELD)


def fits_core(candidate: StoryCandidate, members: Sequence[StoryCandidate],
              settings: Mapping[str, Any], factor: float = 1.0) -> bool:
    """Whether ``candidate`` tells the story whose members (dated within the window, the
    candidate itself left out: ``cluster._fits``) are ``members``: always for a story of
    fewer than ``CORE_MIN`` of them or with ``stories.core_share`` 0; else the weight of
    the core keys it holds, plus the share of its headline words among the core's headline
    words (containment, as ``cluster.title_containment`` measures it between two
    headlines), must reach ``stories.min_overlap`` times ``factor``
    (``cluster.decay_factor``). For a candidate in a language none of the members is in,
    headline words cannot meet: the share of its script-neutral keys the core holds counts
    instead when larger, and name skeletons count (``cluster.containment``,
    ``cluster.shared_weight``). The home capital of the candidate and every member weighs
    as a country (``home.home_capital``), their home country nothing (``home.home_country``)."""
    share = settings["stories.core_share"]
    if share <= 0 or len(members) < CORE_MIN:
        return True
    core = core_of([m.keys for m in members], share)
    across = bool(candidate.lang) and all(m.lang and m.lang != candidate.lang for m in members)
    homes = (candidate.home, *(m.home for m in members))
    common = candidate.common | home_capital(*homes)
    held = held_weight((candidate.keys & core) - home_country(*homes), across, common)
    words = core_of([title_words(m.title) for m in members], share)
    mine = title_words(candidate.title)
    contained = len(mine & words) / min(len(mine), len(words)) if mine and words else 0.0
    if across:  # the core's headline words are another language's
        contained = max(contained, key_containment(candidate.keys, core, common))
    return held + contained >= settings["stories.min_overlap"] * factor
