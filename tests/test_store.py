"""The SQLite store, on real files: migrations, idempotent adds, rollback, round trips."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.doc import Doc, Entity, Event, Participant, Quote, Source, content_id
from khabar.errors import ContractError, StoreError
from khabar.export.contract import to_record
from khabar.export.csv import ARTICLE_COLUMNS, write_articles_csv, write_events_csv
from khabar.settings import Settings
from khabar.store import Store, open_store
from khabar.store.migrations import MIGRATIONS
from khabar.store.sqlite import SQLiteStore

BAGHERI = "محمد باقری"
KARACHI = "کراچی"


def make_doc(raw: str, *, lang: str = "fa", title: str | None = None,
             published: str | None = "2025-01-20T09:53:26+03:30",
             entities: tuple[tuple[str, str, str | None], ...] = (),
             quote: str | None = None, event: str | None = None) -> Doc:
    """A Doc with fields set by hand; entities are (surface, type, kb_id) found in raw."""
    doc = Doc(raw=raw, lang=lang, title=title, published=published)
    doc.outlet = Source("ایرنا", "outlet", "IRNA")
    doc.url = f"https://example.org/{doc.id}"
    for surface, kind, kb_id in entities:
        start = raw.index(surface)
        doc.entities.append(Entity(start, start + len(surface), type=kind, text=surface,
                                   kb_id=kb_id, key=kb_id, name_en=kb_id))
    if event:
        start = raw.index(event)
        actor = Participant(name_en="Mohammad Bagheri", kb_id="Q1", country="IRN")
        doc.events.append(Event(start, start + len(event), type="CONSULT", mode="visit",
                                actor=actor, date="2025-01-20", confidence=0.8))
    if quote:
        start = raw.index(quote)
        doc.quotes.append(Quote(start, start + len(quote), text=quote,
                                speaker=Participant(name_en="Mohammad Bagheri", kb_id="Q1")))
    return doc


def visit_doc(raw: str | None = None, day: str = "2025-01-20") -> Doc:
    """Bagheri and Karachi; an event and a quote when ``raw`` has their words."""
    raw = raw or f"{BAGHERI} در سفر به {KARACHI} گفت «همکاری ادامه دارد»."
    event, quote = "در سفر", "همکاری ادامه دارد"
    return make_doc(raw, title="سفر باقری به پاکستان", published=f"{day}T09:53:26+03:30",
                    entities=((BAGHERI, "PER", "Q1"), (KARACHI, "LOC", "Q2")),
                    event=event if event in raw else None, quote=quote if quote in raw else None)


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:  # SQLite, and PostgreSQL when configured
        yield opened


def pragma(path: Path, name: str) -> Any:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


# opening and migrations

def test_a_new_store_is_in_wal_mode_with_migrations_recorded(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.db") as store:
        assert isinstance(store, SQLiteStore)
        conn = store._conn
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        rows = conn.execute("SELECT name, applied_at FROM migrations").fetchall()
    assert pragma(tmp_path / "k.db", "journal_mode") == "wal"
    assert [name for name, _ in rows] == [m.name for m in MIGRATIONS]
    assert all(at.endswith("+00:00") for _, at in rows)


def test_a_second_open_applies_no_migration(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.db") as first:
        assert isinstance(first, SQLiteStore)
        assert first.migrated == [m.name for m in MIGRATIONS]
        first.add(visit_doc())
    with sqlite3.connect(tmp_path / "k.db") as conn:
        before = conn.execute("SELECT * FROM migrations").fetchall()
    with open_store(tmp_path / "k.db") as second:
        assert isinstance(second, SQLiteStore)
        assert second.migrated == []
        assert second.stats()["articles"] == 1
    with sqlite3.connect(tmp_path / "k.db") as conn:
        assert conn.execute("SELECT * FROM migrations").fetchall() == before


def test_a_store_from_a_newer_khabar_is_refused(tmp_path: Path) -> None:
    open_store(tmp_path / "k.db").close()
    with sqlite3.connect(tmp_path / "k.db") as conn:
        conn.execute("INSERT INTO migrations VALUES ('9999_future', '2030-01-01')")
    with pytest.raises(StoreError, match="newer khabar"):
        open_store(tmp_path / "k.db")


@pytest.mark.parametrize(
    ("target", "message"),
    [
        # psycopg installed: the server is unreachable, and the message says what to check
        ("postgresql://user@127.0.0.1:1/db", "cannot connect to PostgreSQL"),
        ("postgres://127.0.0.1:1/db", "cannot connect to PostgreSQL"),
        ("mysql://host/db", "unknown store URL"),
    ],
)
def test_unsupported_targets_say_what_to_do(target: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(target)


def test_unusable_files_raise_store_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot"):
        open_store(junk)
    with pytest.raises(StoreError, match="folder exists"):
        open_store(tmp_path / "missing" / "k.db")


def test_no_target_uses_the_store_path_setting(tmp_path: Path) -> None:
    chosen = tmp_path / "from-settings.db"
    with open_store(settings=Settings({"store.path": str(chosen)})) as store:
        store.add(visit_doc())
    assert chosen.exists()
    with open_store(f"sqlite:///{chosen}") as store:
        assert store.stats()["articles"] == 1


# adding

def test_adding_is_idempotent_and_logged(store: Store) -> None:
    doc = visit_doc()
    first = store.add(doc, source_path="in/a.txt")
    again = store.add(doc, source_path="in/a-copy.txt")
    as_record = store.add(to_record(doc))
    assert (first, again, as_record) == ("added", "duplicate", "duplicate")
    assert first.id == doc.id == content_id(doc.raw)
    stats = store.stats()
    assert (stats["articles"], stats["entities"], stats["events"], stats["quotes"]) == (1, 2, 1, 1)
    log = store.ingest_log()
    assert [(e.status, e.path, e.article_id) for e in log] == [
        ("duplicate", None, doc.id),
        ("duplicate", "in/a-copy.txt", doc.id),
        ("ok", "in/a.txt", doc.id),
    ]


def test_a_stored_article_reads_back(store: Store) -> None:
    doc = visit_doc()
    doc.meta["path"] = "in/a.txt"
    store.add(doc)
    record = store.get(doc.id)
    assert record is not None and record["story"]
    assert {k: v for k, v in record.items() if k != "story"} == to_record(doc)
    assert store.raw(doc.id) == doc.raw
    assert store.has(doc.id) and not store.has("0" * 16)
    assert store.get("0" * 16) is None
    [row] = list(store.articles())
    assert (row.id, row.lang, row.outlet, row.source_path) == (doc.id, "fa", "ایرنا", "in/a.txt")
    assert (row.n_entities, row.n_events, row.n_quotes) == (2, 1, 1)
    assert row.story == record["story"]


def test_articles_filter_and_page(store: Store) -> None:
    for n in range(5):
        store.add(make_doc(f"خبر شماره {n}", lang="fa" if n % 2 else "ar",
                           published=f"2025-01-2{n}T10:00:00+00:00"))
    assert [r.published[:10] for r in store.articles(lang="ar")] == [  # type: ignore[index]
        "2025-01-24", "2025-01-22", "2025-01-20"]
    assert len(list(store.articles(limit=2, offset=4))) == 1
    assert store.stats()["articles_by_lang"] == {"ar": 3, "fa": 2}


def test_log_error_records_an_unreadable_input(store: Store) -> None:
    store.log_error("in/bad.bin", "binary content; convert it to text first")
    [entry] = store.ingest_log(status="error")
    assert (entry.path, entry.article_id) == ("in/bad.bin", None)
    assert entry.reason is not None and "binary" in entry.reason
    assert store.stats()["ingest_errors"] == 1


# failures never corrupt the store

def _broken(change: dict[str, Any]) -> dict[str, Any]:
    record = to_record(visit_doc(f"{BAGHERI} و {KARACHI}، خبری دیگر."))
    record.update(change)
    return record


BROKEN_RECORDS = [
    pytest.param({"text": None}, id="text not a string"),
    pytest.param({"id": ""}, id="empty id"),
    pytest.param({"published": "yesterday"}, id="published not ISO"),
    pytest.param({"published": "2025-01-20T10:00:00"}, id="published without offset"),
    pytest.param({"entities": [{"type": "PER", "text": "x", "start": 0, "end": 1}]},
                 id="entity text differs from its span"),
    pytest.param({"events": [{"type": "CONSULT", "start": 5, "end": 9999}]},
                 id="event span outside the text"),
    pytest.param({"quotes": [{"text": "x", "start": "0", "end": 1}]}, id="string offset"),
    pytest.param({"outlet": "IRNA"}, id="outlet not an object"),
    pytest.param({"problems": [float("nan")]}, id="NaN is not JSON"),
]


@pytest.mark.parametrize("change", BROKEN_RECORDS)
def test_a_broken_record_is_refused_and_the_store_stays_intact(
    store: Store, change: dict[str, Any]
) -> None:
    kept = store.add(visit_doc())
    with pytest.raises(ContractError, match=r"OUTPUT\.md"):
        store.add(_broken(change))
    assert store.integrity() == "ok"
    assert store.has(kept.id) and store.stats()["articles"] == 1
    assert [e.status for e in store.ingest_log()] == ["ok"]


def test_a_record_without_required_fields_is_refused(store: Store) -> None:
    with pytest.raises(ContractError, match="lacks"):
        store.add({"id": "abc", "text": "x"})
    with pytest.raises(ContractError, match="Doc or a contract record"):
        store.add("just a string")  # type: ignore[arg-type]


@pytest.mark.sqlite_only  # reaches into the SQLite file
def test_a_database_failure_midway_rolls_back_the_whole_article(
    store: Store, tmp_path: Path
) -> None:
    kept = store.add(visit_doc())
    with sqlite3.connect(tmp_path / "k.db") as conn:  # a real failure after the article row
        conn.execute("CREATE TRIGGER boom BEFORE INSERT ON quotes"
                     " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    doomed = visit_doc(f"{BAGHERI} دوباره به {KARACHI} رفت و گفت «همکاری ادامه دارد».")
    with pytest.raises(StoreError, match="disk on fire"):
        store.add(doomed)
    assert not store.has(doomed.id) and store.has(kept.id)
    assert store.stats()["entities"] == 2
    assert [h.id for h in store.search("دوباره")] == []
    assert store.integrity() == "ok"
    with sqlite3.connect(tmp_path / "k.db") as conn:
        conn.execute("DROP TRIGGER boom")
    assert store.add(doomed) == "added"


def test_add_many_rolls_back_only_the_bad_article(store: Store) -> None:
    good = [visit_doc(), make_doc("خبری دیگر از تهران")]
    bad = _broken({"id": "bad1", "published": "yesterday"})
    results = store.add_many([good[0], bad, good[1], good[0]])
    assert list(results) == ["added", "error", "added", "duplicate"]
    assert results[1].id == "bad1" and "OUTPUT.md" in (results[1].reason or "")
    assert store.stats()["articles"] == 2
    errors = store.ingest_log(status="error")
    assert [(e.article_id, e.path) for e in errors] == [("bad1", None)]


@pytest.mark.sqlite_only  # reaches into the SQLite file
def test_a_failure_that_ends_the_transaction_fails_the_batch_cleanly(
    store: Store, tmp_path: Path
) -> None:
    kept = store.add(make_doc("خبری از پیش"))
    with sqlite3.connect(tmp_path / "k.db") as conn:  # RAISE(ROLLBACK) ends the whole batch
        conn.execute("CREATE TRIGGER boom BEFORE INSERT ON quotes"
                     " BEGIN SELECT RAISE(ROLLBACK, 'disk on fire'); END")
    with pytest.raises(StoreError, match="batch was rolled back"):
        store.add_many([make_doc("خبری تازه"), visit_doc()])
    assert store.stats()["articles"] == 1 and store.has(kept.id)
    assert store.integrity() == "ok"
    assert store.add(make_doc("خبری تازه")) == "added"


# export and import

def _dump(store: Store) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in store.export_records())


def test_export_import_export_gives_the_same_json(store: Store, tmp_path: Path) -> None:
    store.add_many([visit_doc(), visit_doc(f"{BAGHERI} و {KARACHI} بار دیگر", "2025-01-21"),
                    make_doc("ولا خبر", lang="ar", published=None)])
    first = _dump(store)
    ids = [json.loads(line)["id"] for line in first.splitlines()]
    assert ids == sorted(ids)
    assert all("story" in json.loads(line) for line in first.splitlines())
    with open_store(tmp_path / "copy.db") as copy:
        assert copy.import_records(json.loads(line) for line in first.splitlines()) == 3
        assert _dump(copy) == first
        assert copy.stories() == store.stories()


def test_imported_story_ids_are_kept(store: Store) -> None:
    record = to_record(visit_doc())
    record["story"] = "story-from-elsewhere"
    store.import_records([record])
    assert store.get(record["id"])["story"] == "story-from-elsewhere"  # type: ignore[index]
    [story] = store.stories()
    assert (story.id, story.n_articles, story.langs) == ("story-from-elsewhere", 1, ("fa",))


def test_csv_exports(store: Store) -> None:
    import io

    store.add_many([visit_doc(), make_doc('عنوان با "گیومه"، و ویرگول', title='"تیتر", دوم')])
    out = io.StringIO()
    assert write_articles_csv(store.export_records(), out) == 2
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(ARTICLE_COLUMNS)
    events = io.StringIO()
    assert write_events_csv(store.export_records(), events) == 1
    assert "Mohammad Bagheri" in events.getvalue() and "در سفر" in events.getvalue()


LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكة۰۱۲ "


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    text = draw(st.text(LETTERS, min_size=1, max_size=60))

    def span(draw: st.DrawFn) -> tuple[int, int]:
        start = draw(st.integers(0, len(text)))
        return start, draw(st.integers(start, len(text)))

    entities = []
    for _ in range(draw(st.integers(0, 3))):
        start, end = span(draw)
        entities.append({"type": draw(st.sampled_from(["PER", "ORG", "LOC"])),
                         "text": text[start:end], "start": start, "end": end,
                         "kb_id": draw(st.none() | st.sampled_from(["Q1", "Q2"])),
                         "name_en": None, "country": None, "role": None})
    # references (session 25): pronouns and role phrases resolved to a person, apart
    references = []
    for _ in range(draw(st.integers(0, 2))):
        start, end = span(draw)
        references.append({"type": "PER", "text": text[start:end], "start": start,
                           "end": end, "kb_id": draw(st.none() | st.just("Q1")),
                           "name_en": None, "country": None, "role": None,
                           "source": draw(st.sampled_from(["pronoun", "role"]))})
    events = [{"type": "CONSULT", "mode": None, "start": s, "end": e,
               "confidence": draw(st.floats(0, 1)), "actor": None, "target": None}
              for s, e in (span(draw) for _ in range(draw(st.integers(0, 2))))]
    published = draw(st.none() | st.datetimes().map(lambda d: d.isoformat() + "+03:30"))
    return {"id": content_id(text), "lang": draw(st.sampled_from([None, "fa", "ar"])),
            "title": draw(st.none() | st.text(LETTERS, max_size=20)), "published": published,
            "outlet": None, "url": None, "text": text, "entities": entities,
            "references": references, "events": events, "quotes": [],
            "extra": {"kept": draw(st.integers())}}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records(), max_size=6, unique_by=lambda r: r["id"]))
def test_the_store_round_trips_any_records(generated: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with open_store(Path(folder) / "a.db") as first:
            assert set(first.add_many(generated)) <= {"added"}
            exported = list(first.export_records())
            dumped = _dump(first)
        by_id = {r["id"]: r for r in generated}
        for record in exported:  # what comes out is what went in, plus the story
            assert record.pop("story")
            assert record == by_id[record["id"]]
        with open_store(Path(folder) / "b.db") as second:
            second.import_records(json.loads(line) for line in dumped.splitlines())
            assert _dump(second) == dumped


# stories (the decision is khabar.stories.cluster's; the store feeds it neighbours)

def test_every_article_gets_a_story_and_the_summaries_add_up(store: Store) -> None:
    store.add_many([visit_doc(), make_doc("ولا خبر", lang="ar", published=None),
                    make_doc("خبری بی‌ربط", published="2025-03-01T08:00:00+03:30")])
    records = list(store.export_records())
    assert all(r["story"] for r in records)
    stories = store.stories()
    assert sum(s.n_articles for s in stories) == 3
    assert {s.id for s in stories} == {r["story"] for r in records}
    assert stories[0].last_day == "2025-03-01"  # most recent first
    assert store.stats()["stories"] == len(stories)


def test_near_copies_on_the_same_day_share_a_story(store: Store) -> None:
    first = store.add(visit_doc())
    second = store.add(visit_doc(f"{BAGHERI} در سفر به {KARACHI} گفت «همکاری ادامه دارد» ."))
    story = store.get(first.id)["story"]  # type: ignore[index]
    assert store.get(second.id)["story"] == story  # type: ignore[index]
    [row] = [s for s in store.stories() if s.id == story]
    assert (row.n_articles, row.first_day, row.last_day) == (2, "2025-01-20", "2025-01-20")
    assert row.titles == {"fa": "سفر باقری به پاکستان"}


def test_articles_outside_the_window_are_not_neighbours(store: Store) -> None:
    window = Settings()["stories.window_days"]
    first = store.add(visit_doc())
    later = store.add(visit_doc(f"{BAGHERI} در سفر به {KARACHI} گفت «همکاری ادامه دارد» !",
                                day=f"2025-01-{20 + window + 5}"))
    assert store.get(first.id)["story"] != store.get(later.id)["story"]  # type: ignore[index]


def test_assign_story_is_stable_and_refuses_unknown_ids(store: Store) -> None:
    first = store.add(visit_doc())
    second = store.add(visit_doc(f"{BAGHERI} در سفر به {KARACHI} گفت «همکاری ادامه دارد» ."))
    story = store.get(second.id)["story"]  # type: ignore[index]
    assert store.assign_story(second.id) == story
    assert store.assign_story(first.id) == store.get(first.id)["story"]  # type: ignore[index]
    assert sum(s.n_articles for s in store.stories()) == 2
    with pytest.raises(StoreError, match="add it first"):
        store.assign_story("0" * 16)


def test_undated_near_copies_share_a_story(store: Store) -> None:
    text = f"{BAGHERI} در سفر به {KARACHI} گفت «همکاری ادامه دارد»."
    first = store.add(make_doc(text, published=None))
    second = store.add(make_doc(text + " ", published=None))
    assert store.get(first.id)["story"] == store.get(second.id)["story"]  # type: ignore[index]


def test_new_articles_join_imported_stories(store: Store) -> None:
    record = to_record(visit_doc())
    record["story"] = "story-imported"
    store.import_records([record])
    copy = store.add(visit_doc(f"{BAGHERI} در سفر به {KARACHI} گفت «همکاری ادامه دارد» ."))
    assert store.get(copy.id)["story"] == "story-imported"  # type: ignore[index]
    assert [(s.id, s.n_articles) for s in store.stories()] == [("story-imported", 2)]


@pytest.mark.sqlite_only  # reaches into the SQLite file
def test_a_docs_fingerprint_is_kept_for_later_clustering(store: Store, tmp_path: Path) -> None:
    doc = visit_doc()
    doc.fingerprint = list(range(64))
    store.add(doc)
    with sqlite3.connect(tmp_path / "k.db") as conn:
        [stored] = conn.execute("SELECT fingerprint FROM articles").fetchone()
    assert json.loads(stored) == doc.fingerprint
