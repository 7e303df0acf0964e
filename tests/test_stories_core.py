"""A story's core (setting ``stories.core_share``): an article joins a story only when it
fits the keys and headline words most of the story's members hold, not one member's."""

from __future__ import annotations

from datetime import date

import pytest
from test_store import make_doc

from khabar.export.contract import to_record
from khabar.settings import Settings
from khabar.store import open_store
from khabar.stories.cluster import StoryCandidate, best_story
from khabar.stories.core import CORE_MEMBERS, core_of, fits_core, held_weight
from khabar.stories.fingerprint import minhash

CORE = {"per:a", "per:b", "geonames:1"}


def _c(name: str, keys: set[str], title: str | None = None,
       fingerprint: tuple[int, ...] = ()) -> StoryCandidate:
    return StoryCandidate(name, date(2025, 1, 20), frozenset(keys), "ar", title, fingerprint)


def _story() -> list[StoryCandidate]:
    """Three reports of one happening; the third also names two people of another."""
    return [_c("m1", CORE), _c("m2", CORE), _c("m3", {"per:a", "per:b", "per:x", "per:y"})]


def test_core_is_what_the_share_of_members_hold() -> None:
    sets = [frozenset({"a", "b"}), frozenset({"a"}), frozenset({"a", "c"}), frozenset({"b"})]
    assert core_of(sets, 0.5) == {"a", "b"}
    assert core_of(sets, 0.75) == {"a"}


def test_a_match_with_one_member_alone_does_not_join_the_story() -> None:
    members = _story()
    fringe = _c("new", {"per:x", "per:y", "per:z"})  # another happening of x and y
    neighbours = [("s", members[2])]
    assert best_story(fringe, neighbours, Settings()) == "s", "single link: the chain"
    assert best_story(fringe, neighbours, Settings(), lambda s: members) is None
    assert best_story(fringe, neighbours, Settings().replace(stories__core_share=0.0),
                      lambda s: members) == "s", "0 turns the core test off"


def test_a_report_of_the_core_joins() -> None:
    members = _story()
    report = _c("new", {"per:a", "geonames:1", "per:w"})
    assert best_story(report, [("s", members[0])], Settings(), lambda s: members) == "s"


def test_a_story_of_two_has_no_core_yet() -> None:
    members = _story()[1:]
    fringe = _c("new", {"per:x", "per:y", "per:z"})
    assert best_story(fringe, [("s", members[1])], Settings(), lambda s: members) == "s"


def test_the_next_best_story_that_fits_is_taken() -> None:
    members = _story()
    fringe = _c("new", {"per:x", "per:y", "per:z"})
    other = _c("o1", {"per:y", "per:z"})  # shares less than m3: scores lower
    neighbours = [("s", members[2]), ("t", other)]
    stories = {"s": members, "t": [other]}
    assert best_story(fringe, neighbours, Settings()) == "s"
    assert best_story(fringe, neighbours, Settings(), stories.__getitem__) == "t"


def test_a_copy_of_a_member_joins_whatever_the_core() -> None:
    text = "نص الخبر كما نشرته الوكالة في صباح اليوم عن الاجتماع الأول"
    print_ = tuple(minhash(text))
    members = [*_story()[:2], _c("m3", {"per:x", "per:y"}, fingerprint=print_)]
    copy = _c("new", {"per:x", "per:y", "per:z"}, fingerprint=print_)
    assert best_story(copy, [("s", members[2])], Settings(), lambda s: members) == "s"


def test_the_core_headline_words_count_as_a_headline_containment() -> None:
    titled = [_c(f"m{i}", CORE | {f"per:m{i}"}, "تفجير مسجد الطوارئ في عسير")
              for i in range(3)]
    one_key = {"geonames:1", "per:q"}
    assert fits_core(_c("new", one_key, "المفتي يدين تفجير مسجد الطوارئ في عسير"), titled,
                     Settings()), "one core key and the core's headline words"
    assert not fits_core(_c("new", one_key, "افتتاح مهرجان الصيف"), titled, Settings())


def _record(n: int, names: tuple[str, ...], day: int = 20) -> dict[str, object]:
    """An article naming persons whose keys are their names, on one day of January 2025."""
    raw = f"گزارش شماره {n} درباره " + " و ".join(names) + f" در روز {n}."
    return to_record(make_doc(raw, title=None, published=f"2025-01-{day:02d}T09:00:00+03:30",
                              entities=tuple((name, "PER", f"per:{name}") for name in names)))


@pytest.mark.parametrize(("share", "together"), [(0.5, False), (0.0, True)])
def test_the_store_keeps_a_fringe_article_out_of_the_story(
        store_target: str, share: float, together: bool) -> None:
    story = [("الف", "ب", "پ"), ("الف", "ب", "پ"), ("الف", "ب", "ت", "ث")]
    fringe = ("ت", "ث", "ج")  # two of the third report's people, none of the story's core
    settings = Settings().replace(stories__core_share=share)
    with open_store(store_target, settings) as store:
        ids = [store.add(_record(n, names)).id for n, names in enumerate([*story, fringe])]
        stories = [(store.get(i) or {}).get("story") for i in ids]
    assert len(set(stories[:3])) == 1
    assert (stories[3] == stories[0]) is together


def test_the_core_follows_the_story_through_the_window(store_target: str) -> None:
    """Three reports on the 10th, one on the 13th that carries the story on with two new
    people; on the 15th a report of those two and one of the first reports' people joins:
    the core is read from the members within the window (the 13th's alone), not from the
    three of the 10th, which would refuse it."""
    added = [(("الف", "ب", "پ"), 10)] * 3 + [(("الف", "ب", "ت", "ث"), 13),
                                            (("الف", "ت", "ث"), 15)]
    with open_store(store_target) as store:
        ids = [store.add(_record(n, names, day)).id for n, (names, day) in enumerate(added)]
        stories = {(store.get(i) or {}).get("story") for i in ids}
    assert len(stories) == 1


def test_a_late_article_meets_the_core_of_its_own_days(store_target: str) -> None:
    """A backfilled report dated on the story's first day, added after more than
    CORE_MEMBERS later-dated members: the core is read from the members of its own days,
    as it would have been had it come in order, so the fringe article stays out."""
    core = ("الف", "ب", "پ")
    first = [(core, 10)] * 2 + [(("الف", "ب", "ت", "ث"), 10)]
    later = [(core, 12)] + [(core, 14)] * CORE_MEMBERS
    fringe = (("ت", "ث", "ج"), 10)
    with open_store(store_target) as store:
        ids = [store.add(_record(n, names, day)).id
               for n, (names, day) in enumerate([*first, *later, fringe])]
        stories = [(store.get(i) or {}).get("story") for i in ids]
    assert len(set(stories[:-1])) == 1
    assert stories[-1] != stories[0]


def test_an_article_is_no_evidence_for_its_own_story() -> None:
    """Reprocessed, an article may still be listed among its old story's members: its own
    fingerprint is no near-duplicate that lets it past the core."""
    text = "نص الخبر كما نشرته الوكالة في صباح اليوم عن الاجتماع الأول"
    itself = _c("new", {"per:x", "per:y", "per:z"}, fingerprint=tuple(minhash(text)))
    members = [*_story(), itself]
    assert best_story(itself, [("s", members[2])], Settings(), lambda s: members) is None


def test_weak_core_keys_count_at_most_one_specific_key() -> None:
    syria, turkey, isis = "geonames:163843", "geonames:298795", "org:isis"
    keys = {syria, turkey, "event:ASSAULT", isis, "per:اوغلو"}
    members = [_c(f"m{i}", keys, f"اوغلو يتحدث {i}") for i in range(3)]
    # ISIS is named by many stories of these days: it weighs as a country (common keys)
    other = StoryCandidate("new", date(2025, 1, 20),
                           frozenset({syria, turkey, "event:ASSAULT", isis, "org:pkk"}),
                           "ar", "غارات على معسكرات حزب العمال", (),
                           common=frozenset({isis}))
    assert held_weight(other.keys & frozenset(keys), False, other.common) == 1.0
    assert not fits_core(other, members, Settings())
    same = _c("report", {syria, turkey, "event:ASSAULT", "per:اوغلو"}, "تصريح رئيس الوزراء")
    assert fits_core(same, members, Settings())  # its actor, and the weak keys as one
