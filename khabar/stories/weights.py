"""How much the keys of a story candidate weigh (``khabar.stories.cluster``).

A specific key (a person, an organisation, a city) weighs 1, a common one (a country, a
region, an event type, a province between reports of one language (session 13
(2026-12-05)), or a key many stories of the window hold) ``WEAK_WEIGHT``; a name's
skeleton (``khabar.stories.names``) counts only between articles of different languages.
Moved out of ``cluster.py`` (review, session 11 (2026-12-05)), which had passed 400 lines;
``cluster`` still offers these names (``cluster.key_weight``) to its callers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from khabar.entities.gazetteer import country_kb_ids
from khabar.kb.places import PROVINCE_ID, REGION_ID
from khabar.stories.memo import MEMO_SIZE
from khabar.stories.names import SKELETON

WEAK_WEIGHT = 0.5
REPORTER = "by:"
"""The prefix of a news outlet's key where the article credits it as its source
(``cluster.record_keys``; session 14 (2026-12-06)): weak, so never a blocking key."""


def key_weight(key: str, common: frozenset[str] = frozenset(), across: bool = True) -> float:
    """1 for a specific key (person, organisation, city), ``WEAK_WEIGHT`` for a common one:
    an event type, a country, or a region larger than one («الشرق الأوسط», 'Latin America',
    «الخليج»), which essays and news of a whole week name alike, a news outlet the article
    credits as its source (``REPORTER``: two reports citing ISNA share who reports, not
    what happened), or a key in ``common`` (held by many articles of the window:
    ``common_keys``).

    A province (``iso3166-2:``) weighs ``WEAK_WEIGHT`` between two reports of one language
    (``across`` False): a region's papers name their province in most reports of a few days,
    as a national paper names its country (Asir: its emir's receptions, its festival, its
    weather and the mosque bombing of one week, bench/data/story-pairs-dense.tsv). Across
    languages (``across`` True, the default for callers that do not compare two reports),
    where few keys can meet at all, a province both reports name still weighs 1: a Persian
    and an Arabic report of the Asir bombing share little else beside the event type."""
    if (key.startswith(("event:", REGION_ID, REPORTER)) or key in country_kb_ids()
            or key in common):
        return WEAK_WEIGHT
    if not across and key.startswith(PROVINCE_ID):
        return WEAK_WEIGHT
    return 1.0


def common_keys(keys: Iterable[str], stories: Mapping[str, int],
                settings: Mapping[str, Any]) -> frozenset[str]:
    """The specific keys among ``keys`` that articles of at least
    ``stories.common_key_stories`` different stories dated within the window hold
    (``stories``: key -> how many). A key named in many happenings of a few days (the
    outlet's king, ISIS, a neighbouring country's leader) says as little about which one
    an article tells as a country does, and sharing it chained unrelated stories. Stories
    are counted, not articles: the key of one big happening that a hundred reports name is
    held by one story, and the count follows the happenings, not the feed's volume."""
    needed = settings["stories.common_key_stories"]
    if needed <= 0:
        return frozenset()
    return frozenset(k for k in keys if stories.get(k, 0) >= needed and key_weight(k) == 1.0)


def key_containment(mine: frozenset[str], other: frozenset[str],
                    common: frozenset[str] = frozenset()) -> float:
    """The share of the smaller of two key sets' script-neutral weight that both hold,
    counted only when a specific key (weight 1) is among them: a Persian and an Arabic
    report of one happening share its KB ids and event type, not headline words, and two
    articles that share only countries and event types tell nothing of one happening."""
    both = {k for k in mine & other if is_script_neutral(k)}
    if not any(key_weight(k, common) == 1.0 for k in both):
        return 0.0
    smaller = min(total_weight(mine, True, common), total_weight(other, True, common))
    return sum(key_weight(k, common) for k in both) / smaller if smaller else 0.0


def shared_weight(keys: frozenset[str], across: bool,
                  common: frozenset[str] = frozenset()) -> float:
    """The weight of keys two articles (or an article and a core) share; name skeletons
    count only across languages (``khabar.stories.names``)."""
    return sum(key_weight(k, common, across) for k in keys
               if across or not k.startswith(SKELETON))


@lru_cache(maxsize=MEMO_SIZE)
def total_weight(keys: frozenset[str], script_neutral: bool = False,
                 common: frozenset[str] = frozenset()) -> float:
    """The weight of an article's keys: across scripts, of those a report in the other
    script could share at all (``is_script_neutral``); else of all but the skeletons."""
    return sum(key_weight(k, common, script_neutral) for k in keys
               if (is_script_neutral(k) if script_neutral else not k.startswith(SKELETON)))


def is_script_neutral(key: str) -> bool:
    """Whether a key reads the same whatever the article's script: KB ids and event types
    are ASCII; the key of a name the KB does not know is its folded Persian or Arabic
    spelling, whose skeleton (``sk:``, ``khabar.stories.names``) is meant to meet across
    scripts."""
    return key.isascii() or key.startswith(SKELETON)
