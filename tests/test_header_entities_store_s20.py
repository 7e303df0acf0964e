"""The header lines' entities in the store (session 20 (2026-12-06), engineer header_store,
issues 5 and 8): kept in their own table ``header_entities`` (migration
``0011_header_entities``) as the headline's are in ``title_entities``, so the entity page
of an outlet or writer named only in a dateline or byline lists those lines; on both
backends."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Doc, Entity
from khabar.store import open_store

BODY = ("تعقد لجنة مبادرة السلام العربية غداً اجتماعاً طارئاً على مستوى وزراء الخارجية "
        "برئاسة وزير الخارجية المصري سامح شكري في مقر الجامعة العربية بالقاهرة.\n")


def _process(header: str) -> Doc:
    return khabar.process(f" {header}\n {BODY}", meta={"title": "اجتماع طارئ غداً"})


@pytest.fixture(scope="module")
def byline() -> Doc:
    return _process("حنان الحامدي – عين اليوم")


def _header_key(doc: Doc, text: str) -> str:
    key = next(e.key for e in doc.header_entities if e.text == text)
    assert key and key not in {e.key for e in doc.entities}  # named in the header only
    return key


def test_a_writer_named_only_in_the_byline_has_a_page_listing_it(
        byline: Doc, store_target: str) -> None:
    writer = _header_key(byline, "حنان الحامدي")
    with open_store(store_target) as store:
        store.add(byline)
        found = store.entity(writer)
    assert found is not None
    assert (found["type"], found["mentions"], found["headlines"]) == ("PER", [], [])
    assert [(d["text"], d["article"]["id"]) for d in found["datelines"]] == [
        ("حنان الحامدي", byline.id)]
    assert found["names"] == [{"lang": "ar", "text": "حنان الحامدي", "mentions": 1}]


def test_a_body_entity_also_in_the_dateline_lists_it_beside_its_mentions(
        store_target: str) -> None:
    doc = _process("عين اليوم – القاهرة")
    cairo = next(e.key for e in doc.header_entities if e.text == "القاهرة")
    with open_store(store_target) as store:
        store.add(doc)
        found = store.entity(cairo or "")
    assert found is not None and found["mentions"]
    assert [d["text"] for d in found["datelines"]] == ["القاهرة"]


def test_replacing_an_article_replaces_its_header_rows(byline: Doc, store_target: str) -> None:
    writer = _header_key(byline, "حنان الحامدي")
    with open_store(store_target) as store:
        store.add(byline)
        store.replace(byline.id, byline)
        found = store.entity(writer)
        assert found is not None and len(found["datelines"]) == 1
        other = Doc(raw="نص الخبر عن الاجتماع.", lang="ar", title="اجتماع")
        other.header_text = "عين اليوم"
        other.header_entities = [Entity(0, 9, type="ORG", text="عين اليوم", key="org:test-only")]
        store.add(other)
        assert store.entity("org:test-only") is not None
        store.replace(other.id, Doc(raw=other.raw, lang="ar", title="اجتماع"))
        assert store.entity("org:test-only") is None  # its row went with the old analysis


def test_an_older_store_gains_the_table_and_reprocessing_fills_it(
        byline: Doc, store_target: str) -> None:
    writer = _header_key(byline, "حنان الحامدي")
    with open_store(store_target) as store:
        assert "0011_header_entities" in store.migrated  # type: ignore[attr-defined]
        store.add(byline)
        # as a store written before the table was: the record holds them, no row does
        store._conn.execute("DELETE FROM header_entities")  # type: ignore[attr-defined]
        assert store.entity(writer) is None
        store.replace(byline.id, byline)  # what ``khabar reprocess`` does per article
        found = store.entity(writer)
    assert found is not None and [d["text"] for d in found["datelines"]] == ["حنان الحامدي"]


def test_the_entity_page_lists_the_datelines_naming_it(byline: Doc, tmp_path) -> None:
    pytest.importorskip("fastapi", reason="the web extra is not installed (make install)")
    from fastapi.testclient import TestClient

    from khabar.web.app import create_app

    writer = _header_key(byline, "حنان الحامدي")
    db = str(tmp_path / "k.db")
    with open_store(db) as store:
        store.add(byline)
    with TestClient(create_app(db)) as client:
        page = client.get(f"/entities/{writer}").text
        api = client.get(f"/api/entities/{writer}").json()
    assert 'id="datelines"' in page and "In datelines, bylines and credits" in page
    listed = page[page.index('id="datelines"'):]
    assert "حنان الحامدي" in listed[:listed.index("</ol>")]
    assert [d["text"] for d in api["datelines"]] == ["حنان الحامدي"]
