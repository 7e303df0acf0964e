"""The PostgreSQL store beyond the shared store suite: its migrations, what PostgreSQL
text cannot hold, concurrent writers, rollback midway, and the CLI's ``--db URL``.

Skipped (with the reason) unless KHABAR_TEST_POSTGRES names a database; CI sets it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections import Counter

import psycopg  # the postgres extra, which make install installs
import pytest

from khabar.doc import Doc
from khabar.errors import StoreError
from khabar.store import open_store
from khabar.store.migrations import MIGRATIONS
from khabar.store.pg_adapt import lexemes, to_pyformat, tsquery
from khabar.store.postgres import PostgresStore
from khabar.store.postgres_schema import STATEMENTS
from khabar.store.search import parse_query


def doc(text: str, day: str = "2025-01-20") -> Doc:
    return Doc(raw=text, lang="fa", title=None, published=f"{day}T09:53:26+03:30")


# no server needed

def test_every_migration_has_postgresql_statements_in_the_same_order() -> None:
    assert list(STATEMENTS) == [m.name for m in MIGRATIONS]


@pytest.mark.parametrize(
    ("sqlite", "postgres", "why"),
    [
        ("a = ? AND b = ?", "a = %s AND b = %s", "qmark"),
        ("VALUES (:id, :title)", "VALUES (%(id)s, %(title)s)", "named"),
        ("x::tsquery", "x::tsquery", "a cast is not a parameter"),
        ("LIKE '50%'", "LIKE '50%%'", "a literal percent survives psycopg"),
        ("'12:30'", "'12:30'", "a colon after a digit is not a name"),
    ],
)
def test_sqlite_parameters_become_psycopg_parameters(sqlite: str, postgres: str,
                                                     why: str) -> None:
    assert to_pyformat(sqlite) == postgres, why


@pytest.mark.parametrize(
    ("query", "expected", "why"),
    [
        ("باقری", "('باقري')", "one word, folded to Arabic yeh"),
        ("باقري کراچی", "('باقري') & ('كراچي')", "folded (yeh, keheh), ANDed"),
        ("باقر*", "('باقر':*)", "a trailing star is a prefix"),
        ("اسلام‌آباد", "('اسلاماباد')", "the fold drops ZWNJ"),
        ("a'b", "('a' <-> 'b')", "an apostrophe splits, as in the index"),
    ],
)
def test_queries_become_tsquery_phrases(query: str, expected: str, why: str) -> None:
    assert tsquery(parse_query(query)) == expected, why


def test_the_index_and_the_query_fold_alike() -> None:
    assert lexemes("مُحَمَّد باقري، ١٢") == lexemes("محمد باقری, 12")


# against a server

def test_migrations_run_once_and_a_newer_store_is_refused(postgres_url: str) -> None:
    with open_store(postgres_url) as first:
        assert isinstance(first, PostgresStore)
        assert first.migrated == [m.name for m in MIGRATIONS]
    with open_store(postgres_url) as second:
        assert isinstance(second, PostgresStore) and second.migrated == []
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("INSERT INTO migrations (name, applied_at) VALUES ('9999_x', 'then')")
    with pytest.raises(StoreError, match="newer khabar"):
        open_store(postgres_url)


def test_nul_in_the_raw_input_round_trips(postgres_url: str) -> None:
    raw = "باقری\x00 به کراچی رفت."  # a NUL from a broken scraper: PostgreSQL text refuses it
    with open_store(postgres_url) as store:
        added = store.add(doc(raw))
        assert added == "added"
        assert store.raw(added.id) == raw
        assert store.get(added.id)["text"] == doc(raw).text  # type: ignore[index]
        assert [h.id for h in store.search("کراچی")] == [added.id]


def test_a_failure_midway_rolls_back_the_whole_article(postgres_url: str) -> None:
    with open_store(postgres_url) as store:
        kept = store.add(doc("خبری از پیش"))
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            conn.execute("CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS"
                         " $$ BEGIN IF (SELECT text FROM articles WHERE seq = NEW.seq)"
                         " LIKE '%دوباره%' THEN RAISE EXCEPTION 'disk on fire';"
                         " END IF; RETURN NEW; END $$")
            conn.execute("CREATE TRIGGER boom BEFORE INSERT ON articles_fts"
                         " FOR EACH ROW EXECUTE FUNCTION boom()")
        doomed = doc("باقری دوباره به کراچی رفت.")
        with pytest.raises(StoreError, match="disk on fire"):
            store.add(doomed)
        assert not store.has(doomed.id) and store.has(kept.id)
        assert store.integrity() == "ok"
        results = store.add_many([doomed, doc("خبری تازه")])
        assert [r.status for r in results] == ["error", "added"]
        assert store.ingest_log(status="error")[0].article_id == doomed.id


def _writer(url: str, texts: list[str], outcomes: Counter[str], lock: threading.Lock) -> None:
    with open_store(url) as store:
        for text in texts:
            status = store.add(doc(text))
            with lock:
                outcomes[status] += 1


def test_concurrent_writers_store_each_article_once(postgres_url: str) -> None:
    open_store(postgres_url).close()  # migrate first: then the writers only write
    shared = [f"خبر مشترک شماره {n} دربارهٔ باقری" for n in range(30)]
    outcomes: Counter[str] = Counter()
    lock = threading.Lock()
    writers = [
        threading.Thread(target=_writer, args=(postgres_url, [*shared[::step], f"تنها {w}"],
                                               outcomes, lock))
        for w, step in enumerate((1, 1, 2, 3))
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    with open_store(postgres_url) as store:
        assert store.stats()["articles"] == 34
        assert outcomes["added"] == 34
        assert outcomes["duplicate"] == 30 + 15 + 10
        assert store.integrity() == "ok"
        assert sum(s.n_articles for s in store.stories()) == 34


def test_the_cli_stores_in_postgresql(postgres_url: str, tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "a.txt").write_text("سرلشکر باقری با فرمانده ارتش پاکستان دیدار کرد.",
                                  encoding="utf-8")
    run = [sys.executable, "-m", "khabar.cli"]
    ingest = subprocess.run([*run, "ingest", str(folder), "--db", postgres_url],
                            capture_output=True, text=True, timeout=120)
    assert ingest.returncode == 0, ingest.stderr
    stats = subprocess.run([*run, "stats", "--db", postgres_url],
                           capture_output=True, text=True, timeout=60)
    assert json.loads(stats.stdout)["articles"] == 1


def test_browsing_queries_run_on_postgresql(postgres_url: str) -> None:
    """The web UI's read queries (shared SQL with SQLite) answer on PostgreSQL too."""
    from khabar.store.queries import Filters

    with open_store(postgres_url) as store:
        added = store.add(doc("سرلشکر باقری در تهران گفت که همکاری ادامه دارد."))
        [(row, _)] = store.article_page(Filters(lang="fa"), limit=10)
        assert row.id == added.id
        assert store.event_page(Filters(), limit=10) == []
        assert store.event_page_json(Filters(), limit=10) == []
        assert store.quote_page(article=added.id, speaker=None, limit=10) == []
        assert isinstance(store.entity_list(entity_type=None, limit=10), list)
        story = store.get(added.id)["story"]  # type: ignore[index]
        found = store.story(story)
        assert found is not None and found.n_articles == 1
        store.add_api_token("t1", "digest", "label")
        assert store.api_token_ids("digest") == ["t1"] and store.delete_api_token("t1")
