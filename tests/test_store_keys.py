"""The blocking keys' layout (migration ``0006_lean_indexes``): one tree ordered (bucket of
days, key, day, article_id) answers the neighbour lookup, the indexes no query read are
gone, and a store written before keeps every key and goes on assigning stories as before."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_store import BAGHERI, KARACHI, make_doc, visit_doc

from khabar.doc import Doc
from khabar.store import Store, open_store
from khabar.store.assign import BUCKET_DAYS
from khabar.store.sqlite import SQLiteStore

DROPPED = ("story_keys_day", "entities_kb", "entities_key", "events_actor", "events_target")
NAMES = ((BAGHERI, "PER", "Q1"), (KARACHI, "LOC", "Q2"))


def undated_doc(tail: str = "") -> Doc:
    raw = f"{BAGHERI} در سفر به {KARACHI} گفت همکاری دو کشور ادامه دارد{tail}."
    return make_doc(raw, title="سفر باقری به کراچی", published=None, entities=NAMES)


def _query(target: str, sql: str) -> list[tuple[Any, ...]]:
    if target.startswith("postgresql"):
        import psycopg

        with psycopg.connect(target, autocommit=True) as pg:
            return [tuple(row) for row in pg.execute(sql).fetchall()]
    with sqlite3.connect(target) as conn:
        return conn.execute(sql).fetchall()


def _story(store: Store, article_id: str) -> str:
    record = store.get(article_id)
    assert record is not None
    return str(record["story"])


def _keys(target: str) -> set[tuple[Any, ...]]:
    return set(_query(target, "SELECT bucket, key, day, article_id FROM story_keys"))


def _indexes(target: str) -> set[str]:
    if target.startswith("postgresql"):
        sql = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    else:
        sql = "SELECT name FROM sqlite_schema WHERE type = 'index'"
    return {row[0] for row in _query(target, sql)}


_OLD_SQLITE = (  # the layout of migrations 0001-0005, undated keys under NULL
    "CREATE TABLE story_keys_old (key TEXT NOT NULL, article_id TEXT NOT NULL"
    " REFERENCES articles(id) ON DELETE CASCADE, day TEXT, PRIMARY KEY (key, article_id))"
    " STRICT, WITHOUT ROWID",
    "INSERT INTO story_keys_old SELECT key, article_id, nullif(day, '') FROM story_keys",
    "DROP TABLE story_keys",
    "ALTER TABLE story_keys_old RENAME TO story_keys",
    "CREATE INDEX story_keys_day ON story_keys(key, day)",
    "CREATE INDEX story_keys_article ON story_keys(article_id)",
)
_OLD_POSTGRES = (
    "ALTER TABLE story_keys DROP CONSTRAINT story_keys_pkey",
    "ALTER TABLE story_keys DROP COLUMN bucket",
    "ALTER TABLE story_keys ALTER COLUMN day DROP NOT NULL",
    "UPDATE story_keys SET day = NULL WHERE day = ''",
    "ALTER TABLE story_keys ADD PRIMARY KEY (key, article_id)",
    "CREATE INDEX story_keys_day ON story_keys(key, day)",
)
_OLD_INDEXES = (
    "CREATE INDEX entities_kb ON entities(kb_id)",
    "CREATE INDEX entities_key ON entities(key)",
    "CREATE INDEX events_actor ON events(actor_kb)",
    "CREATE INDEX events_target ON events(target_kb)",
    "DELETE FROM migrations WHERE name = '0006_lean_indexes'",
)


def _as_before_0006(target: str) -> None:
    """Turn a store back into what migrations 0001-0005 left."""
    if target.startswith("postgresql"):
        import psycopg

        with psycopg.connect(target) as pg:  # one transaction
            for statement in (*_OLD_POSTGRES, *_OLD_INDEXES):
                pg.execute(statement)
        return
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("BEGIN")
    for statement in (*_OLD_SQLITE, *_OLD_INDEXES):
        conn.execute(statement)
    conn.execute("COMMIT")
    conn.close()


def test_a_store_written_before_keeps_its_keys_and_stories(store_target: str) -> None:
    later = f"{BAGHERI} بار دیگر در سفر به {KARACHI} گفت «همکاری ادامه دارد»."
    dated, other_day, undated = visit_doc(), visit_doc(later, day="2025-03-01"), undated_doc()
    with open_store(store_target) as store:
        for doc in (dated, other_day, undated):
            store.add(doc)
        stories = {doc.id: _story(store, doc.id) for doc in (dated, other_day, undated)}
    keys = _keys(store_target)
    assert {(bucket, day) for bucket, _, day, article in keys if article == undated.id} \
        == {(-1, "")}
    assert {bucket for bucket, _, day, article in keys if article == dated.id} \
        == {date(2025, 1, 20).toordinal() // BUCKET_DAYS}
    _as_before_0006(store_target)
    assert {day for day, article in _query(store_target, "SELECT day, article_id FROM story_keys")
            if article == undated.id} == {None}
    assert set(DROPPED) <= _indexes(store_target)
    with open_store(store_target) as store:
        assert store.migrated == ["0006_lean_indexes"]  # type: ignore[attr-defined]
        assert _keys(store_target) == keys
        assert not set(DROPPED) & _indexes(store_target)
        assert {doc.id: _story(store, doc.id) for doc in (dated, other_day, undated)} \
            == stories
        copy = undated_doc(" و گسترش می‌یابد")
        dated_copy = visit_doc(f"{BAGHERI} در سفر به {KARACHI} گفت «همکاری ادامه دارد» امروز.")
        store.add(copy)
        store.add(dated_copy)
        assert _story(store, copy.id) == stories[undated.id]
        assert _story(store, dated_copy.id) == stories[dated.id] != stories[other_day.id]


@pytest.mark.sqlite_only  # reads SQLite's query plan
def test_the_neighbour_lookup_reads_the_keys_by_key_and_day_range(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "k.db") as store:
        store.add(visit_doc())
        executed: list[str] = []
        store._conn.set_trace_callback(executed.append)
        store.add(visit_doc(f"{BAGHERI} فردا به {KARACHI} رسید.", day="2025-01-21"))
        store._conn.set_trace_callback(None)
        [lookup] = [sql for sql in executed if "FROM story_keys k JOIN articles" in sql]
        plan = " ".join(row[3] for row in store._conn.execute("EXPLAIN QUERY PLAN " + lookup))
    assert "SEARCH k USING PRIMARY KEY (bucket=? AND key=? AND day>? AND day<?)" in plan


def test_an_undated_article_finds_its_neighbours_in_every_bucket(store_target: str) -> None:
    texts = [f"{BAGHERI} در سفر به {KARACHI} گفت همکاری دو کشور {topic} ادامه دارد"
             for topic in ("در زمینه مرزها", "در بازرگانی و نفت")]
    early, late = visit_doc(texts[0], day="2025-01-20"), visit_doc(texts[1], day="2025-06-01")
    copies = [make_doc(text + " امروز", title="سفر باقری به پاکستان", published=None,
                       entities=NAMES) for text in texts]
    with open_store(store_target) as store:
        for doc in (early, late, *copies):
            store.add(doc)
        stories = [_story(store, doc.id) for doc in (early, late, *copies)]
    assert stories[0] != stories[1]
    assert stories[2:] == stories[:2]
