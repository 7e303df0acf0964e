"""Session 28 (2026-12-07), mend8: the SQLite and PostgreSQL stores' twin steps written once
(``duplicates``: store/sqlite.py ~ store/postgres.py). ``store.shared_writing.SharedWriting``
builds the article's row and its derived rows, places it among the stories and checks the
index's fold; ``browse.SharedReading`` lists the stories and the ingest log, each backend
naming what ``LIMIT`` takes for no limit. Output-identical: 600-article contract dumps and a
200-article store's tables (the full-text index's segments aside) byte-identical."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from khabar.doc import Doc, Entity, Event, Participant, Quote
from khabar.store import Store, open_store
from khabar.store.browse import SharedReading
from khabar.store.postgres import PostgresStore
from khabar.store.shared_writing import SharedWriting
from khabar.store.sqlite import SQLiteStore

SHARED = {SharedWriting: ("_article_insert", "_insert_parts", "_place_story", "_check_index"),
          SharedReading: ("stories", "ingest_log")}


@pytest.mark.parametrize("backend", [SQLiteStore, PostgresStore])
def test_both_backends_take_the_shared_steps(backend: type) -> None:
    for mixin, names in SHARED.items():
        for name in names:
            assert getattr(backend, name) is getattr(mixin, name), name


def test_no_limit_is_each_backends_own() -> None:
    assert SQLiteStore.UNLIMITED == -1  # SQLite's LIMIT takes no NULL
    assert PostgresStore.UNLIMITED is None


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:  # SQLite, and PostgreSQL when configured
        yield opened


def _doc(n: int) -> Doc:
    raw = f"محمد باقری در سفر {n} به کراچی گفت «همکاری ادامه دارد»."
    doc = Doc(raw=raw, lang="fa", title=f"سفر {n}", published=f"2025-01-2{n}T09:00:00+03:30")
    start = raw.index("کراچی")
    doc.entities.append(Entity(start, start + 5, type="LOC", text="کراچی", kb_id="Q2",
                               key="Q2", name_en="Karachi"))
    begin = raw.index("در سفر")
    doc.events.append(Event(begin, begin + 6, type="CONSULT", mode="visit",
                            actor=Participant(name_en="Mohammad Bagheri", kb_id="Q1")))
    said = raw.index("همکاری")
    doc.quotes.append(Quote(said, said + 17, text=raw[said:said + 17],
                            speaker=Participant(name_en="Mohammad Bagheri", kb_id="Q1")))
    return doc


def test_parts_stories_and_log_through_the_shared_steps(store: Store) -> None:
    docs = [_doc(n) for n in range(3)]
    assert [store.add(doc, source_path=f"in/{n}.txt") for n, doc in enumerate(docs)] == [
        "added"] * 3
    stats = store.stats()
    assert (stats["entities"], stats["events"], stats["quotes"]) == (3, 3, 3)
    stories = store.stories()
    assert sum(s.n_articles for s in stories) == 3 and len(store.stories(limit=1)) == 1
    assert [e.path for e in store.ingest_log()] == ["in/2.txt", "in/1.txt", "in/0.txt"]
    assert [e.path for e in store.ingest_log(status="ok", limit=2)] == ["in/2.txt", "in/1.txt"]
    assert all(store.get(doc.id)["story"] for doc in docs)  # type: ignore[index]
