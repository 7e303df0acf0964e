"""The header lines' entities in the store and the web UI (review of 0fe6bc7, session 20
(2026-12-06), engineer review_b): an imported record is checked like its headline
entities are (``store.records._check_side_entities``), and the article page lists them,
as the body's text, which alone is highlighted, does not hold them."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import khabar
from khabar.errors import ContractError
from khabar.export.contract import to_record
from khabar.store import open_store
from khabar.store.records import check_record

MASTHEAD = ("عين اليوم – القاهرة\n"
            "تعقد لجنة مبادرة السلام العربية غداً اجتماعاً طارئاً على مستوى وزراء الخارجية "
            "برئاسة وزير الخارجية المصري سامح شكري في مقر الجامعة العربية بالقاهرة.\n")


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    found = to_record(khabar.process(MASTHEAD, meta={"title": "اجتماع طارئ غداً"}))
    assert found["header"] == "عين اليوم – القاهرة" and found["header_entities"]
    return found


def test_the_record_as_exported_passes(record: dict[str, Any]) -> None:
    check_record(record)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["header_entities"][0].update(text="القاهرة"), "header_entities"),
        (lambda r: r["header_entities"][0].update(end=99), "header_entities"),
        (lambda r: r["header_entities"][0].pop("start"), "header_entities"),
        (lambda r: r.update(header_entities="عين اليوم"), "header_entities"),
        (lambda r: r.update(header=None), "header_entities"),
        (lambda r: r.update(header=["عين اليوم – القاهرة"]), "header"),
    ],
)
def test_an_imported_record_whose_header_entities_are_not_its_header_fails(
        record: dict[str, Any], change: Any, message: str) -> None:
    broken = copy.deepcopy(record)
    change(broken)
    with pytest.raises(ContractError, match=message):
        check_record(broken)


def test_the_article_page_lists_the_header_entities(record: dict[str, Any], tmp_path) -> None:
    pytest.importorskip("fastapi", reason="the web extra is not installed (make install)")
    from fastapi.testclient import TestClient

    from khabar.web.app import create_app

    db = str(tmp_path / "k.db")
    with open_store(db) as store:
        store.add(khabar.process(MASTHEAD, meta={"title": "اجتماع طارئ غداً"}))
    with TestClient(create_app(db)) as client:
        page = client.get(f"/articles/{record['id']}").text
    assert 'id="header-entities"' in page
    listed = page[page.index('id="header-entities"'):]
    listed = listed[:listed.index("</ul>")]
    assert "عين اليوم" in listed and "Cairo" in listed
