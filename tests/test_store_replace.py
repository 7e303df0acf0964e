"""``Store.replace``: a new analysis of a stored article replaces the old one atomically
(parts, index, story membership), on SQLite and PostgreSQL; the ingest log keeps its
history and gains a ``reprocessed`` entry. ``khabar reprocess`` builds on it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from test_store import BAGHERI, KARACHI, make_doc, visit_doc

from khabar.doc import Doc, Entity
from khabar.errors import ContractError, StoreError
from khabar.export.contract import to_record
from khabar.store import Store, open_store


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:
        yield opened


def reanalysed(doc: Doc, **changes: Any) -> Doc:
    """Another analysis of the same raw input: same id, different fields."""
    again = Doc(raw=doc.raw, meta=dict(doc.meta), lang=doc.lang, title=doc.title,
                published=doc.published, url=doc.url, outlet=doc.outlet)
    for name, value in changes.items():
        setattr(again, name, value)
    return again


def consistent(store: Store) -> None:
    """Derived counts agree with the records, and every story summary with its members."""
    assert store.integrity() == "ok"
    exported = list(store.export_records())
    stats = store.stats()
    assert stats["articles"] == len(exported)
    for kind in ("entities", "events", "quotes"):
        assert stats[kind] == sum(len(r[kind]) for r in exported), kind
    members: dict[str, int] = {}
    for record in exported:
        members[record["story"]] = members.get(record["story"], 0) + 1
    assert {s.id: s.n_articles for s in store.stories()} == members


def test_a_new_analysis_replaces_parts_index_and_title(store: Store) -> None:
    doc = visit_doc()
    doc.meta.update(path="in/a.txt", format="txt")
    store.add(doc)
    before = store.articles().__next__()
    again = reanalysed(doc, title="عنوانی تازه", entities=[])
    result = store.replace(doc.id, again)
    assert (result, result.id) == ("reprocessed", doc.id)
    record = store.get(doc.id)
    assert record is not None
    assert (record["title"], record["entities"], record["events"]) == ("عنوانی تازه", [], [])
    assert [h.id for h in store.search("تازه")] == [doc.id]
    assert [h.id for h in store.search("پاکستان")] == []  # the old title is out of the index
    assert store.raw(doc.id) == doc.raw
    [after] = list(store.articles())
    assert (after.ingested_at, after.source_path) == (before.ingested_at, "in/a.txt")
    assert [(e.status, e.article_id) for e in store.ingest_log()] == [
        ("reprocessed", doc.id), ("ok", doc.id)]
    consistent(store)


def test_replacing_with_the_same_analysis_changes_nothing_but_the_log(store: Store) -> None:
    docs = [visit_doc(), visit_doc(f"{BAGHERI} در سفر به {KARACHI} گفت «همکاری ادامه دارد» ."),
            make_doc("ولا خبر", lang="ar", published=None)]
    store.add_many(docs)
    before = list(store.export_records())
    for doc in docs:
        store.replace(doc.id, doc)
    assert list(store.export_records()) == before
    assert store.stats()["ingest"] == {"ok": 3, "reprocessed": 3}
    consistent(store)


def test_an_article_that_changed_leaves_its_story_and_is_assigned_again(store: Store) -> None:
    first = visit_doc()
    copy = visit_doc(f"{BAGHERI} در سفر به {KARACHI} گفت «همکاری ادامه دارد» .")
    store.add_many([first, copy])
    shared = store.get(first.id)["story"]  # type: ignore[index]
    assert store.get(copy.id)["story"] == shared  # type: ignore[index]
    # Re-read with a date far outside the window, no entities, another title: no neighbour.
    moved = reanalysed(copy, published="2026-06-01T09:00:00+03:30", entities=[], events=[],
                       quotes=[], title="گزارشی دیگر")
    store.replace(copy.id, moved)
    assert store.get(copy.id)["story"] != shared  # type: ignore[index]
    [old] = [s for s in store.stories() if s.id == shared]
    assert (old.n_articles, old.last_day) == (1, "2025-01-20")
    consistent(store)


def test_a_story_left_empty_is_removed(store: Store) -> None:
    doc = visit_doc()
    store.add(doc)
    story = store.get(doc.id)["story"]  # type: ignore[index]
    upgraded = make_doc("همان خبر پس از ارتقا", published="2024-01-01T09:00:00+03:30")
    store.replace(doc.id, upgraded)  # a new id: the story doc opened has no member left
    assert [s.id for s in store.stories()] == [store.get(upgraded.id)["story"]]  # type: ignore[index]
    assert story not in {s.id for s in store.stories()}
    assert store.stories()[0].first_day == "2024-01-01"
    consistent(store)


def test_an_unknown_article_is_refused_and_nothing_changes(store: Store) -> None:
    store.add(visit_doc())
    with pytest.raises(StoreError, match="add it first"):
        store.replace("0" * 16, make_doc("خبری تازه"))
    assert store.stats()["articles"] == 1
    assert [e.status for e in store.ingest_log()] == ["ok"]


def test_a_broken_analysis_is_rolled_back_whole(store: Store) -> None:
    doc = visit_doc()
    store.add(doc)
    before = list(store.export_records())
    broken = to_record(doc)
    broken["entities"] = [{"type": "PER", "text": "x", "start": 0, "end": 1}]
    with pytest.raises(ContractError, match=r"OUTPUT\.md"):
        store.replace(doc.id, broken)
    assert list(store.export_records()) == before
    assert [h.id for h in store.search("پاکستان")] == [doc.id]
    consistent(store)


def test_a_new_id_takes_the_old_articles_place(store: Store) -> None:
    old = visit_doc()
    store.add(old, source_path="in/a.txt")
    new = make_doc("متن همان خبر پس از ارتقا", published="2025-01-20T09:53:26+03:30")
    result = store.replace(old.id, new)
    assert result.id == new.id and not store.has(old.id) and store.has(new.id)
    [entry, _] = store.ingest_log()
    assert (entry.status, entry.article_id, entry.path) == ("reprocessed", new.id, "in/a.txt")
    assert entry.reason == f"replaces {old.id}"
    consistent(store)


def test_a_new_id_already_stored_just_removes_the_old_article(store: Store) -> None:
    old, other = visit_doc(), make_doc("خبری که پیش‌تر آمده بود")
    store.add_many([old, other])
    store.replace(old.id, other)
    assert store.ids() == [other.id]
    consistent(store)


def test_stored_input_gives_the_raw_text_and_the_ingest_hints(store: Store) -> None:
    doc = visit_doc()
    doc.meta.update(path="in/a.jsonl:3", format="jsonl", date="2025-01-20", title="عنوان")
    store.add(doc)
    found = store.stored_input(doc.id)
    assert found is not None
    assert (found.raw, found.meta) == (doc.raw, doc.meta)
    assert store.stored_input("0" * 16) is None


def test_an_imported_record_has_no_raw_input_but_its_hints(store: Store) -> None:
    record = to_record(visit_doc())
    store.import_records([record])
    found = store.stored_input(record["id"])
    assert found is not None and found.raw is None
    assert found.meta == {"url": record["url"]}


def test_ids_lists_every_article_sorted(store: Store) -> None:
    docs = [make_doc(f"خبر شماره {n}") for n in range(4)]
    store.add_many(docs)
    assert store.ids() == sorted(doc.id for doc in docs)


def test_a_replaced_entity_list_is_what_the_entity_tables_hold(store: Store) -> None:
    doc = visit_doc()
    store.add(doc)
    start = doc.raw.index(KARACHI)
    only_karachi = [Entity(start, start + len(KARACHI), type="LOC", text=KARACHI, kb_id="Q2",
                           key="Q2", name_en="Karachi")]
    store.replace(doc.id, reanalysed(doc, entities=only_karachi))
    assert store.stats()["entities_by_type"] == {"LOC": 1}
    consistent(store)


# stores written before reprocessing existed

def _old_sqlite_store(path: str) -> None:
    import sqlite3

    from khabar.store import migrations

    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(conn, migrations.MIGRATIONS[:2])
    conn.execute("INSERT INTO ingest_log (path, status, reason, article_id, at)"
                 " VALUES ('in/bad.bin', 'error', 'binary', NULL, '2025-01-01T00:00:00+00:00')")
    conn.close()


def _old_postgres_store(url: str) -> None:
    import psycopg

    from khabar.store import migrations, postgres_schema

    with psycopg.connect(url, autocommit=True) as conn:
        postgres_schema.apply(conn, "2025-01-01T00:00:00+00:00", migrations.MIGRATIONS[:2])
        conn.execute("INSERT INTO ingest_log (path, status, reason, article_id, at)"
                     " VALUES ('in/bad.bin', 'error', 'binary', NULL, '2025-01-01')")


def test_an_older_store_is_migrated_keeping_its_log(store_target: str) -> None:
    if store_target.startswith("postgresql"):
        _old_postgres_store(store_target)
    else:
        _old_sqlite_store(store_target)
    with open_store(store_target) as store:
        from khabar.store.migrations import MIGRATIONS

        later = [m.name for m in MIGRATIONS[2:]]
        assert store.migrated == later  # type: ignore[attr-defined]
        doc = visit_doc()
        store.add(doc)
        store.replace(doc.id, doc)
        log = store.ingest_log()
        assert [(e.status, e.path) for e in log] == [
            ("reprocessed", None), ("ok", None), ("error", "in/bad.bin")]
        assert log[0].id > log[1].id > log[2].id  # ids keep counting after the copy
