"""Issue 5 (session 25, 2026-12-07): the exported ``entities`` hold names only; the pronouns
and role phrases resolved to a person go to ``references`` (OUTPUT.md), and every way out
agrees: the contract's round trip, the stores, ``stats``, entity pages, CSV."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

import khabar
from khabar.doc import Doc, Entity, Source
from khabar.export.contract import from_record, names_apart, to_record
from khabar.export.csv import write_articles_csv
from khabar.store import Store, open_store
from khabar.store.queries import Filters
from khabar.web.highlight import marks_of

SAID = "سرلشکر محمد باقری گفت: همکاری‌ها ادامه دارد.\nوی افزود: مرزها امن است."
BAGHERI, PRONOUN, KEY = "محمد باقری", "وی", "per:mohammad-bagheri"


def person_and_pronoun() -> Doc:
    """A Doc with a name and a pronoun resolved to it, set by hand (as coref leaves them)."""
    raw = f"{BAGHERI} به کراچی رفت. {PRONOUN} گفت همکاری ادامه دارد."
    doc = Doc(raw=raw, lang="fa", title="سفر باقری", published="2025-01-20T09:53:26+03:30")
    doc.outlet = Source("ایرنا", "outlet", "IRNA")
    name_at, pronoun_at = raw.index(BAGHERI), raw.index(PRONOUN)
    doc.entities = [
        Entity(name_at, name_at + len(BAGHERI), type="PER", text=BAGHERI, key=KEY,
               name_en="Mohammad Bagheri", source="title"),
        Entity(pronoun_at, pronoun_at + len(PRONOUN), type="PER", text=PRONOUN, key=KEY,
               name_en="Mohammad Bagheri", source="pronoun"),
    ]
    return doc


def older_record() -> dict[str, Any]:
    """A record as exported before session 25: the pronoun among the entities."""
    record = to_record(person_and_pronoun())
    record["entities"] = [*record["entities"], *record.pop("references")]
    return record


# the contract

def test_a_pronoun_resolved_to_a_person_is_exported_as_a_reference_not_an_entity() -> None:
    record = to_record(khabar.process(SAID))
    assert [e["text"] for e in record["entities"]] == [BAGHERI]
    assert [(e["text"], e["source"], e["key"]) for e in record["references"]] == [
        (PRONOUN, "pronoun", KEY)]
    reference = record["references"][0]
    assert record["text"][reference["start"]:reference["end"]] == PRONOUN


def test_export_reimport_export_keeps_the_references() -> None:
    record = json.loads(json.dumps(to_record(khabar.process(SAID)), ensure_ascii=False))
    assert [e["text"] for e in record["references"]] == [PRONOUN]
    again = to_record(from_record(record))
    assert json.dumps(again, ensure_ascii=False) == json.dumps(record, ensure_ascii=False)
    assert [e.text for e in from_record(record).entities] == [BAGHERI, PRONOUN]


def test_an_older_record_has_its_references_moved_out_of_its_entities() -> None:
    moved = names_apart(older_record())
    assert moved == to_record(person_and_pronoun())
    assert names_apart(moved) == moved  # a record of this contract comes back equal


# the stores (SQLite, and PostgreSQL when KHABAR_TEST_POSTGRES is set)

@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:
        yield opened


def test_a_store_gives_back_the_record_with_its_references(store: Store) -> None:
    doc = person_and_pronoun()
    store.add(doc)
    stored = store.get(doc.id)
    assert stored is not None and stored.pop("story")
    assert stored == to_record(doc)
    dumped = [json.dumps(r, ensure_ascii=False) for r in store.export_records()]
    assert [json.loads(line)["references"][0]["text"] for line in dumped] == [PRONOUN]


def test_stats_count_names_as_entities_and_references_apart(store: Store) -> None:
    store.add(person_and_pronoun())
    stats = store.stats()
    assert stats["entities"] == 1 and stats["entities_by_type"] == {"PER": 1}
    assert stats["references"] == 1


def test_an_older_record_imported_is_stored_with_names_only(store: Store) -> None:
    store.import_records([older_record()])
    assert store.stats()["entities"] == 1
    [stored] = store.export_records()
    assert [e["text"] for e in stored["references"]] == [PRONOUN]


def test_entity_pages_list_a_person_under_its_names_not_a_pronoun(store: Store) -> None:
    doc = person_and_pronoun()
    store.add(doc)
    [listed] = store.entity_list(entity_type="PER", limit=10)
    assert (listed["key"], listed["mentions"], listed["text"]) == (KEY, 1, BAGHERI)
    page = store.entity(KEY)
    assert page is not None and [m["text"] for m in page["mentions"]] == [BAGHERI]
    # the actor network still ties a span of «وی» to the person
    spans = store.entity_spans([doc.id])[doc.id]
    assert [(text, key) for _s, _e, key, _t, text, _n in spans] == [
        (BAGHERI, KEY), (PRONOUN, KEY)]


def test_a_role_phrase_alone_still_tells_the_role_and_finds_the_article(store: Store) -> None:
    """A body naming the person by a role phrase only («رئیس ستاد», resolved by the KB's
    sole holder): no name listed, but the entity filter and the roles still see it."""
    doc = person_and_pronoun()
    role_at = doc.raw.index("کراچی")
    doc.entities[1].role = "رئیس ستاد"
    doc.entities.append(Entity(role_at, role_at + 5, type="PER", text="کراچی", key="per:x",
                               role="کراچی", source="role"))
    doc.entities.sort(key=lambda e: e.start)
    store.add(doc)
    assert store.entity("per:x") is None  # named nowhere: no entity page
    assert [row.id for row, _ in store.article_page(Filters(entity="per:x"), 10)] == [doc.id]
    page = store.entity(KEY)
    assert page is not None and [r["role"] for r in page["roles"]] == ["رئیس ستاد"]


# the other ways out

def test_csv_counts_names_only_even_of_an_older_record() -> None:
    out = io.StringIO()
    write_articles_csv([older_record()], out)
    assert out.getvalue().splitlines()[1].split(",")[6] == "1"


def test_the_article_page_still_marks_a_reference_linked_to_its_person() -> None:
    record = to_record(person_and_pronoun())
    assert [(m.label, m.key) for m in marks_of(record) if m.kind == "entity"] == [
        ("Mohammad Bagheri", KEY), ("Mohammad Bagheri", KEY)]
