"""Entities named only in a headline or a header line are found by the browsing listings
(session 21 (2026-12-06), lead, issues 5 and 8): the entity list counts them and the
article filter ``entity=`` returns the article, on both backends. Before, both read the
body's table only, so the writer of a byline had a page that no listing led to."""

from __future__ import annotations

import khabar
from khabar.doc import Doc
from khabar.store import open_store
from khabar.store.queries import Filters

BODY = ("تعقد لجنة مبادرة السلام العربية غداً اجتماعاً طارئاً على مستوى وزراء الخارجية "
        "برئاسة وزير الخارجية المصري سامح شكري في مقر الجامعة العربية بالقاهرة.\n")


def _byline_doc() -> tuple[Doc, str]:
    doc = khabar.process(f" حنان الحامدي – عين اليوم\n {BODY}", meta={"title": "اجتماع طارئ غداً"})
    writer = next(e.key for e in doc.header_entities if e.text == "حنان الحامدي")
    assert writer and writer not in {e.key for e in doc.entities}  # named in the byline only
    return doc, writer


def test_the_entity_list_counts_header_and_headline_mentions(store_target: str) -> None:
    doc, writer = _byline_doc()
    with open_store(store_target) as store:
        store.add(doc)
        listed = {item["key"]: item for item in store.entity_list(entity_type=None, limit=500)}
    assert listed[writer]["mentions"] == 1 and listed[writer]["articles"] == 1
    assert listed[writer]["type"] == "PER"
    body_only = {e.key for e in doc.entities if e.key}
    headline_only = {e.key for e in doc.title_entities if e.key} - body_only
    assert headline_only <= set(listed)


def test_the_article_filter_finds_an_entity_named_only_in_the_byline(store_target: str) -> None:
    doc, writer = _byline_doc()
    with open_store(store_target) as store:
        store.add(doc)
        other = khabar.process(BODY, meta={"title": "اجتماع"})
        store.add(other)
        found = [row.id for row, _key in store.article_page(Filters(entity=writer), 10)]
        assert found == [doc.id]
        assert store.article_page(Filters(entity="per:nobody-at-all"), 10) == []
