"""Who reports is not what happened (session 14 (2026-12-06), issue 6): a mention of a news
outlet read as the article's attribution («ایسنا:», «به گزارش ایرنا», «(واس)») gives a
reporter key (``by:`` + its key), which weighs as little as a country and finds no
neighbours. Two Persian reports of a Tehran paper that shared only «ایسنا:» and a city joined
one story (bench/data/story-pairs-dense.tsv, rows marked joined14)."""

from __future__ import annotations

from typing import Any

from khabar.settings import Settings
from khabar.stories.cluster import (
    best_story,
    blocking_keys,
    candidate_from_record,
    key_weight,
    record_keys,
)
from khabar.stories.weights import REPORTER, WEAK_WEIGHT

MASHHAD, ISNA = "geonames:124665", "org:isna"


def _entity(key: str, kind: str, start: int) -> dict[str, Any]:
    kb_id = key if kind == "LOC" else None
    return {"type": kind, "key": key, "kb_id": kb_id, "raw_start": start, "raw_end": start + 5}


def _record(name: str, entities: list[dict[str, Any]],
            sources: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": name, "lang": "fa", "published": "2006-04-10T00:00:00+03:30",
            "title": None, "text": "", "fingerprint": [], "entities": entities,
            "sources": sources}


def _isna_source(start: int, outlet: str | None = "isna") -> dict[str, Any]:
    return {"name": "ایسنا", "relation": "source", "raw_start": start, "raw_end": start + 5,
            "outlet_id": outlet}


def test_the_attributed_outlet_gives_a_weak_reporter_key() -> None:
    record = _record("a", [_entity(ISNA, "ORG", 0), _entity(MASHHAD, "LOC", 40)],
                     [_isna_source(0)])
    assert record_keys(record) == frozenset({MASHHAD, REPORTER + ISNA})
    assert key_weight(REPORTER + ISNA) == WEAK_WEIGHT


def test_a_reporter_key_finds_no_neighbours() -> None:
    candidate = candidate_from_record(_record("a", [_entity(ISNA, "ORG", 0)], [_isna_source(0)]))
    assert not any(k.startswith(REPORTER) for k in blocking_keys(candidate))


def test_the_outlet_named_elsewhere_keeps_its_key() -> None:
    # the agency as an actor of the report («ایسنا از ... شکایت کرد») is still a key
    record = _record("a", [_entity(ISNA, "ORG", 0), _entity(ISNA, "ORG", 90)],
                     [_isna_source(0)])
    assert ISNA in record_keys(record)


def test_an_attribution_to_no_known_outlet_keeps_the_key() -> None:
    # sources without an outlet id are often misread phrases, not who reports
    record = _record("a", [_entity(ISNA, "ORG", 0)], [_isna_source(0, outlet=None)])
    assert record_keys(record) == frozenset({ISNA})


def test_two_reports_sharing_their_source_and_city_only_do_not_join() -> None:
    a = candidate_from_record(_record(
        "a", [_entity(ISNA, "ORG", 0), _entity(MASHHAD, "LOC", 40),
              _entity("per:تهراني", "PER", 60)], [_isna_source(0)]))
    b = candidate_from_record(_record(
        "b", [_entity(ISNA, "ORG", 0), _entity(MASHHAD, "LOC", 50),
              _entity("org:بانكمسكن", "ORG", 70)], [_isna_source(0)]))
    assert best_story(a, [("s", b)], Settings()) is None
