"""Entities of an Arabic article's masthead, dateline and byline lines
(``khabar.entities.header.v1``, session 20 (2026-12-06), issue 5): cleaning sets the lines
aside as the header, the stage reads them alone; offsets into ``header``, mapped to raw,
exported, imported and stored, and the body's entities untouched."""

from __future__ import annotations

import json
from typing import cast

import pytest

import khabar
from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import words
from khabar.entities.header_lines import line_entities, writer_beside
from khabar.export.contract import from_record, to_record
from khabar.kb.entries import KnowledgeBase
from khabar.pipeline import Pipeline
from khabar.settings import Settings
from khabar.store import open_store

BODY = ("تعقد لجنة مبادرة السلام العربية غداً اجتماعاً طارئاً على مستوى وزراء الخارجية "
        "برئاسة وزير الخارجية المصري سامح شكري، بصفة بلاده الرئيس الحالي للقمة العربية، "
        "ومشاركة الرئيس الفلسطيني محمود عباس في مقر الجامعة العربية بالقاهرة.\n")


def _process(header: str) -> Doc:
    return khabar.process(f" {header}\n {BODY}", meta={"title": "اجتماع طارئ غداً"})


@pytest.fixture(scope="module")
def masthead() -> Doc:
    return _process("عين اليوم – القاهرة")


def _found(doc: Doc) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in doc.header_entities}


def test_the_outlet_and_the_place_of_a_masthead_are_entities(masthead: Doc) -> None:
    assert masthead.header_text == "عين اليوم – القاهرة"
    assert _found(masthead) == {("ORG", "عين اليوم"), ("LOC", "القاهرة")}
    place = next(e for e in masthead.header_entities if e.type == "LOC")
    assert (place.kb_id, place.country) == ("geonames:360630", "EGY")


def test_header_entities_index_the_header_and_map_to_raw(masthead: Doc) -> None:
    assert masthead.header_text is not None and masthead.header_map is not None
    for e in masthead.header_entities:
        assert masthead.header_text[e.start:e.end] == e.text
        start, end = masthead.header_map.span(e.start, e.end)
        assert masthead.raw[start:end] == e.text


def test_the_body_keeps_its_own_text_and_entities(masthead: Doc) -> None:
    """The masthead stays out of ``text``; the body's entities are those read without
    the header stage."""
    assert "عين اليوم" not in masthead.text
    names = [n for n in Settings()["pipeline.stages"] if n != "khabar.entities.header.v1"]
    without = khabar.process(masthead.raw, meta=dict(masthead.meta),
                             pipeline=Pipeline(stages=names))
    assert without.header_entities == [] and without.header_text is None
    assert [(e.type, e.start, e.end) for e in without.entities] == [
        (e.type, e.start, e.end) for e in masthead.entities]


def test_the_writer_beside_a_place_is_a_person() -> None:
    """The tagger reads «أميرة» alone; the byline's other side is a place, so the name
    side is the writer."""
    doc = _process("أميرة المولد – الطائف")
    assert _found(doc) == {("PER", "أميرة المولد"), ("LOC", "الطائف")}
    line = "القاهرة - محمد خليل"
    writer = writer_beside(line, words(line))
    assert writer is not None and (writer.text, writer.source) == ("محمد خليل", "byline")


def test_no_writer_when_no_side_is_a_place_or_an_outlet() -> None:
    line = "تقرير خاص – متابعات"
    assert writer_beside(line, words(line)) is None


def test_a_place_inside_a_writers_name_is_no_place() -> None:
    doc = _process("لجين الأحمدي – عين اليوم")
    assert ("LOC", "الأحمدي") not in _found(doc)
    assert ("ORG", "عين اليوم") in _found(doc)


def test_the_agency_and_place_of_a_dated_dateline() -> None:
    doc = _process("روما 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس")
    assert _found(doc) == {("LOC", "روما"), ("ORG", "واس")}


def test_persian_header_lines_are_not_read() -> None:
    raw = ("خبرگزاری فارس - اقتصادی\nدوشنبه 1 بهمن 1403 - 09:53:26\n"
           "به گزارش خبرگزاری فارس، وزیر اقتصاد امروز در جلسه هیئت دولت گزارشی از وضعیت "
           "بازار ارائه کرد و خواستار همکاری همه دستگاه‌ها شد.\n")
    doc = khabar.process(raw)
    assert doc.header_entities == [] and doc.header_text is None


def test_the_record_carries_the_header_and_comes_back_from_import(masthead: Doc) -> None:
    record = to_record(masthead)
    assert record["header"] == masthead.header_text
    org = next(e for e in record["header_entities"] if e["type"] == "ORG")
    assert record["header"][org["start"]:org["end"]] == "عين اليوم"
    assert masthead.raw[org["raw_start"]:org["raw_end"]] == "عين اليوم"
    again = to_record(from_record(json.loads(json.dumps(record, ensure_ascii=False))))
    assert again == record


def test_a_store_keeps_the_header_entities(masthead: Doc, store_target: str) -> None:
    """SQLite, and PostgreSQL where KHABAR_TEST_POSTGRES names a database."""
    with open_store(store_target) as store:
        store.add(masthead)
        stored = store.get(masthead.id)
        assert stored is not None
        record = to_record(masthead)
        assert stored["header"] == record["header"]
        assert stored["header_entities"] == record["header_entities"]


@pytest.mark.parametrize("line", ["Next Previous القاهرة - محمد خليل",
                                  "Next Previous محمد خليل - القاهرة"])
def test_a_pages_menu_words_before_the_line_are_passed_over(line: str) -> None:
    """Review, session 20: Latin menu words the page left before the byline («Next
    Previous») are no part of its sides."""
    writer = writer_beside(line, words(line))
    assert writer is not None and writer.text == "محمد خليل"


def test_a_line_of_two_dashes_has_no_sides() -> None:
    """Review, session 20: the sides are read only around a line's one dash: no writer,
    and no place dropped for sharing a side."""
    line = "القاهرة - محمد خليل - عين اليوم"
    assert writer_beside(line, words(line)) is None
    line = "القاهرة - لجين الأحمدي - عين اليوم"
    start = line.index("الأحمدي")
    place = Entity(start, start + len("الأحمدي"), type="LOC", text="الأحمدي",
                   source="gazetteer")

    def finder(doc: Doc, kb: KnowledgeBase) -> list[Entity]:
        return [place]

    assert line_entities(line, "ar", cast(KnowledgeBase, None), finder) == [place]


@pytest.mark.parametrize(("source", "kept"), [("crf", "byline"), ("person_list", "person_list")])
def test_the_writer_replaces_only_the_names_the_tagger_or_the_lists_read(source: str,
                                                                        kept: str) -> None:
    """Review, session 20: a name another rule read over the writer's words stays."""
    line = "القاهرة - محمد خليل"
    start = line.index("محمد")
    read = Entity(start, len(line), type="PER", text=line[start:], source=source)

    def finder(doc: Doc, kb: KnowledgeBase) -> list[Entity]:
        return [read]

    found = line_entities(line, "ar", cast(KnowledgeBase, None), finder)
    assert [(e.text, e.source) for e in found] == [("محمد خليل", kept)]


def test_a_byline_under_the_headline_is_read_and_the_headline_is_not() -> None:
    """Review, session 20: cleaning's ``header:byline`` lines are read; the headline is
    the title stage's."""
    headline = "اجتماع طارئ لوزراء الخارجية العرب غدا في القاهرة"
    doc = khabar.process(f"{headline}\nكتب محمد خليل\n{BODY}", meta={"title": headline})
    assert doc.header_text == "كتب محمد خليل"
    assert ("PER", "محمد خليل") in _found(doc)


def test_an_outlet_that_is_part_of_a_side_stays() -> None:
    """Review, session 20: only a place is dropped for sharing its side with other words."""
    line = "وكالة عين اليوم – القاهرة"
    start = line.index("عين اليوم")
    outlet = Entity(start, start + len("عين اليوم"), type="ORG", text="عين اليوم",
                    source="org_list")

    def finder(doc: Doc, kb: KnowledgeBase) -> list[Entity]:
        return [outlet]

    assert line_entities(line, "ar", cast(KnowledgeBase, None), finder) == [outlet]
