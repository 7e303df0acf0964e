"""The blocking keys' layout (migrations ``0006_lean_indexes`` and ``0007_keys_by_seq``):
one tree ordered (bucket of days, key, day, article seq) answers the neighbour lookup, the
indexes no query read are gone, an article's keys are found by its seq (which counts up),
and a store written before keeps every key and goes on assigning stories as before."""

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
    return set(_query(target, "SELECT k.bucket, k.key, k.day, a.id FROM story_keys k"
                              " JOIN articles a ON a.seq = k.article_seq"))


def _indexes(target: str) -> set[str]:
    if target.startswith("postgresql"):
        sql = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    else:
        sql = "SELECT name FROM sqlite_schema WHERE type = 'index'"
    return {row[0] for row in _query(target, sql)}


_V6_SQLITE = (  # the layout of migration 0006: keys name their article by id
    "CREATE TABLE story_keys_v6 (bucket INTEGER NOT NULL, key TEXT NOT NULL,"
    " day TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " PRIMARY KEY (bucket, key, day, article_id)) STRICT, WITHOUT ROWID",
    "INSERT INTO story_keys_v6 SELECT k.bucket, k.key, k.day, a.id FROM story_keys k"
    " JOIN articles a ON a.seq = k.article_seq",
    "DROP TABLE story_keys",
    "ALTER TABLE story_keys_v6 RENAME TO story_keys",
    "CREATE INDEX story_keys_article ON story_keys(article_id)",
    "DROP INDEX articles_seq_story",
    "CREATE INDEX articles_id_story ON articles(id, story)",
)
_V6_POSTGRES = (
    "ALTER TABLE story_keys ADD COLUMN article_id TEXT REFERENCES articles(id)"
    " ON DELETE CASCADE",
    "UPDATE story_keys k SET article_id = a.id FROM articles a WHERE a.seq = k.article_seq",
    "ALTER TABLE story_keys ALTER COLUMN article_id SET NOT NULL",
    "ALTER TABLE story_keys DROP CONSTRAINT story_keys_pkey",
    "ALTER TABLE story_keys DROP COLUMN article_seq",
    "ALTER TABLE story_keys ADD PRIMARY KEY (bucket, key, day, article_id)",
    "CREATE INDEX story_keys_article ON story_keys(article_id)",
    "CREATE INDEX articles_id_story ON articles(id, story)",
)
_BEFORE_0007 = "DELETE FROM migrations WHERE name = '0007_keys_by_seq'"
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


def _as_before_0007(target: str) -> None:
    """Turn a store back into what migrations 0001-0006 left."""
    _run(target, (*_V6_POSTGRES, _BEFORE_0007) if target.startswith("postgresql")
         else (*_V6_SQLITE, _BEFORE_0007))


def _as_before_0006(target: str) -> None:
    """Turn a store back into what migrations 0001-0005 left."""
    _as_before_0007(target)
    _run(target, (*_OLD_POSTGRES, *_OLD_INDEXES) if target.startswith("postgresql")
         else (*_OLD_SQLITE, *_OLD_INDEXES))


def _run(target: str, statements: tuple[str, ...]) -> None:
    """The statements in one transaction."""
    if target.startswith("postgresql"):
        import psycopg

        with psycopg.connect(target) as pg:  # one transaction
            for statement in statements:
                pg.execute(statement)
        return
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("BEGIN")
    for statement in statements:
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
        assert store.migrated == ["0006_lean_indexes",  # type: ignore[attr-defined]
                                  "0007_keys_by_seq"]
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


def test_a_store_keyed_by_id_moves_its_keys_to_seq(store_target: str) -> None:
    later = f"{BAGHERI} بار دیگر در سفر به {KARACHI} گفت «همکاری ادامه دارد»."
    docs = (visit_doc(), visit_doc(later, day="2025-03-01"), undated_doc())
    with open_store(store_target) as store:
        for doc in docs:
            store.add(doc)
        stories = {doc.id: _story(store, doc.id) for doc in docs}
    keys = _keys(store_target)
    _as_before_0007(store_target)
    assert set(_query(store_target, "SELECT bucket, key, day, article_id FROM story_keys")) \
        == keys
    with open_store(store_target) as store:
        assert store.migrated == ["0007_keys_by_seq"]  # type: ignore[attr-defined]
        assert _keys(store_target) == keys
        assert "articles_id_story" not in _indexes(store_target)
        assert {doc.id: _story(store, doc.id) for doc in docs} == stories
        copy = visit_doc(f"{BAGHERI} در سفر به {KARACHI} گفت «همکاری ادامه دارد» امروز.")
        store.add(copy)
        assert _story(store, copy.id) == stories[docs[0].id]


def test_an_article_replaced_leaves_none_of_its_keys(store_target: str) -> None:
    first, other = visit_doc(), undated_doc()
    with open_store(store_target) as store:
        store.add(first)
        store.add(other)
        before = {article for *_, article in _keys(store_target)}
        assert before == {first.id, other.id}
        moved = visit_doc(f"{BAGHERI} فردا به {KARACHI} رسید.", day="2025-01-21")
        store.replace(first.id, moved)
    seqs = _query(store_target, "SELECT DISTINCT article_seq FROM story_keys")
    live = _query(store_target, "SELECT seq FROM articles")
    assert set(seqs) <= set(live)
    assert {article for *_, article in _keys(store_target)} == {moved.id, other.id}


_V7_SQLITE = (  # the layout of migrations 0001-0007: mentions keyed by (article_id, n)
    "CREATE TABLE entities_old (article_id TEXT NOT NULL REFERENCES articles(id)"
    " ON DELETE CASCADE, n INTEGER NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL,"
    " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, kb_id TEXT, name_en TEXT,"
    " country TEXT, role TEXT, key TEXT, PRIMARY KEY (article_id, n)) STRICT",
    "INSERT INTO entities_old SELECT article_id, n, type, text, start, \"end\", kb_id,"
    " name_en, country, role, key FROM entities",
    "DROP TABLE entities",
    "ALTER TABLE entities_old RENAME TO entities",
)
_V7_POSTGRES = (
    "ALTER TABLE entities DROP CONSTRAINT entities_pkey",
    "ALTER TABLE entities DROP COLUMN article_seq",
    "ALTER TABLE entities ADD PRIMARY KEY (article_id, n)",
    "ALTER TABLE entities ADD FOREIGN KEY (article_id) REFERENCES articles(id)"
    " ON DELETE CASCADE",
)
_MENTIONS = "SELECT article_id, n, type, text, start, \"end\", kb_id, key FROM entities"


def test_a_store_keying_mentions_by_id_moves_them_to_seq(store_target: str) -> None:
    docs = (visit_doc(), undated_doc())
    with open_store(store_target) as store:
        for doc in docs:
            store.add(doc)
        page = store.entity("Q1")
        spans = store.entity_spans([doc.id for doc in docs])
    mentions = set(_query(store_target, _MENTIONS))
    assert len(mentions) == sum(len(doc.entities) for doc in docs) > 0
    _run(store_target, (*(_V7_POSTGRES if store_target.startswith("postgresql")
                          else _V7_SQLITE), "DELETE FROM migrations"
                        " WHERE name = '0008_entities_by_seq'"))
    with open_store(store_target) as store:
        assert store.migrated == ["0008_entities_by_seq"]  # type: ignore[attr-defined]
        assert set(_query(store_target, _MENTIONS)) == mentions
        assert store.entity("Q1") == page is not None
        assert store.entity_spans([doc.id for doc in docs]) == spans
        moved = visit_doc(f"{BAGHERI} فردا به {KARACHI} رسید.", day="2025-01-21")
        store.replace(docs[0].id, moved)
    live = set(_query(store_target, "SELECT seq FROM articles"))
    assert set(_query(store_target, "SELECT DISTINCT article_seq FROM entities")) == live
    assert {row[0] for row in _query(store_target, _MENTIONS)} == {moved.id, docs[1].id}


@pytest.mark.sqlite_only  # reads SQLite's query plan
def test_the_neighbour_lookup_reads_the_keys_by_key_and_day_range(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "k.db") as store:
        store.add(visit_doc())
        executed: list[str] = []
        store._conn.set_trace_callback(executed.append)
        store.add(visit_doc(f"{BAGHERI} فردا به {KARACHI} رسید.", day="2025-01-21"))
        store._conn.set_trace_callback(None)
        # the neighbours, and the stories holding each key (StoryAssigner._common)
        lookups = [sql for sql in executed if "FROM story_keys k JOIN articles" in sql]
        plans = [" ".join(row[3] for row in store._conn.execute("EXPLAIN QUERY PLAN " + sql))
                 for sql in lookups]
    assert len(plans) == 2
    for plan in plans:
        assert "SEARCH k USING PRIMARY KEY (bucket=? AND key=? AND day>? AND day<?)" in plan
        assert "SCAN a" not in plan


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
