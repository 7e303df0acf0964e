"""One helper for a rule that reads a span anew as an organisation (session 21, issue 5,
review_a's finding): six entity modules wrote out the same step, replacing every entity
overlapping the span with one new ORG."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.words import in_place_of_overlaps, with_org, with_orgs

TEXT = "دانشگاه هاروارد در آمریکا"


def entity(start: int, end: int, type_: str, source: str = "crf") -> Entity:
    return Entity(start, end, type=type_, text=TEXT[start:end], source=source)


KEPT = [entity(8, 15, "PER"), entity(19, 25, "LOC", "gazetteer")]


@pytest.mark.parametrize(("start", "end", "left"), [
    (0, 15, [KEPT[1]]),  # the person inside the span gives way, the place after it stays
    (10, 22, []),  # a span that only crosses an entity's edge replaces it too
    (0, 7, KEPT),  # nothing overlapped: nothing replaced
])
def test_the_overlapped_entities_give_way_to_one_org(start: int, end: int,
                                                     left: list[Entity]) -> None:
    out = with_org(KEPT, TEXT, start, end, "press")
    assert out[:-1] == left
    assert out[-1] == Entity(start, end, type="ORG", text=TEXT[start:end],
                             key=out[-1].key, source="press")
    assert out[-1].key.startswith("org:") and out[-1].key != "org:"


def test_a_given_key_and_english_name_are_kept() -> None:
    # an acronym is keyed by the name it stands for, not by its own letters
    org = with_org(KEPT, TEXT, 8, 15, "org_again", key="org:x", name_en="Harvard")[-1]
    assert (org.key, org.name_en, org.source) == ("org:x", "Harvard", "org_again")


def test_a_new_entity_of_any_type_replaces_what_it_overlaps() -> None:
    writer = entity(0, 7, "PER", "dateline")
    assert in_place_of_overlaps([entity(3, 9, "LOC"), KEPT[1]], writer) == [KEPT[1], writer]


def test_spans_replace_only_the_entities_inside_them() -> None:
    # persian_daily_outlets and persian_club_pairs: a place inside a span gives way, an
    # entity crossing the span's edge stays, and the list comes back sorted
    crossing = entity(5, 10, "PER")
    out = with_orgs([KEPT[1], crossing, KEPT[0]], TEXT, [(8, 15), (19, 25)], "club_pair")
    assert [(e.start, e.end, e.type, e.source) for e in out] == [
        (5, 10, "PER", "crf"), (8, 15, "ORG", "club_pair"), (19, 25, "ORG", "club_pair")]
    assert with_orgs(KEPT[::-1], TEXT, [], "club_pair") == KEPT[::-1]
