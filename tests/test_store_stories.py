"""Story summaries (headline, headlines per language, first and last day, size,
languages) stay what the members say, whether a member joins (updated in place, at a
cost independent of the story's size), leaves, or is reprocessed."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_store import make_doc

from khabar.export.contract import to_record
from khabar.store import Store, open_store


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:
        yield opened


def expected_stories(store: Store) -> dict[str, tuple[Any, ...]]:
    """Each story's summary computed from its members' records (the oracle)."""
    members: dict[str, list[dict[str, Any]]] = {}
    for record in store.export_records():
        members.setdefault(record["story"], []).append(record)
    found = {}
    for story, records in members.items():
        records.sort(key=lambda r: (r["published"] is None, (r["published"] or "")[:10],
                                    r["published"] or "", r["id"]))
        titles: dict[str, str] = {}
        for r in records:
            if r["lang"] and r["title"] and r["lang"] not in titles:
                titles[r["lang"]] = r["title"]
        days = [r["published"][:10] for r in records if r["published"]]
        found[story] = (next((r["title"] for r in records if r["title"]), None), titles,
                        min(days, default=None), max(days, default=None), len(records),
                        tuple(sorted({r["lang"] for r in records if r["lang"]})))
    return found


def summaries(store: Store) -> dict[str, tuple[Any, ...]]:
    return {s.id: (s.title, s.titles, s.first_day, s.last_day, s.n_articles, s.langs)
            for s in store.stories()}


MEMBER = st.tuples(
    st.sampled_from(["s1", "s2", "s3"]),
    st.sampled_from(["fa", "ar", "en", None]),
    st.one_of(st.none(), st.sampled_from(["عنوان یک", "عنوان دو", "headline"])),
    st.one_of(st.none(), st.sampled_from(["2025-01-20T09:00:00+03:30",
                                          "2025-01-20T08:00:00+03:30",
                                          "2025-01-19T23:00:00+00:00",
                                          "2025-02-01T10:00:00+00:00"])),
)


def _record(n: int, lang: str | None, title: str | None, published: str | None
            ) -> dict[str, Any]:
    record = to_record(make_doc(f"خبر شماره {n}", lang=lang or "fa", title=title,
                                published=published))
    record["lang"] = lang
    return record


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MEMBER, min_size=1, max_size=12))
def test_summaries_built_one_member_at_a_time_match_the_members(
        members: list[tuple[str, str | None, str | None, str | None]]) -> None:
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "k.db") as store:
        for n, (story, lang, title, published) in enumerate(members):
            store.add({**_record(n, lang, title, published), "story": story})
        assert summaries(store) == expected_stories(store)


def test_summaries_stay_right_when_members_leave_and_return(store: Store) -> None:
    records = [_record(n, lang, title, published) for n, (lang, title, published) in enumerate([
        ("fa", "عنوان اول", "2025-01-20T09:00:00+03:30"),
        ("ar", "عنوان عربي", "2025-01-19T09:00:00+03:30"),
        ("fa", None, None),
        ("en", "first", "2025-01-18T09:00:00+00:00"),
    ])]
    for record in records:
        store.add({**record, "story": "s1"})
    assert summaries(store) == expected_stories(store)
    earliest = records[3]
    store.replace(earliest["id"], {**earliest, "published": "2025-03-01T09:00:00+00:00"})
    assert summaries(store) == expected_stories(store)
    assert len(store.stories()) == 2  # it left s1 for a story of its own
    [s1] = [s for s in store.stories() if s.id == "s1"]
    assert (s1.title, s1.first_day, s1.n_articles) == ("عنوان عربي", "2025-01-19", 3)


@pytest.mark.sqlite_only  # writes the SQLite file directly, as an older khabar left it
def test_a_story_written_before_holders_were_kept_is_read_once(
        store: Store, tmp_path: Path) -> None:
    import sqlite3

    first = _record(1, "fa", "عنوان دوم", "2025-01-20T09:00:00+03:30")
    store.add({**first, "story": "s1"})
    with sqlite3.connect(tmp_path / "k.db") as conn:
        conn.execute("UPDATE stories SET holders = NULL")
    store.add({**_record(2, "fa", "عنوان اول", "2025-01-19T09:00:00+03:30"), "story": "s1"})
    assert summaries(store) == expected_stories(store)
    assert summaries(store)["s1"][0] == "عنوان اول"
    with sqlite3.connect(tmp_path / "k.db") as conn:
        assert conn.execute("SELECT holders FROM stories").fetchone()[0] is not None
