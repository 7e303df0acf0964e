"""A bare person of an Arabic report with a dashed dateline («ماجد الرفاعي- سبق- جدة:») is
of the dateline place's country (events/arguments.with_country reads
entities/datelines.dateline_country, which reads both dateline forms since f04412d,
session 13 (2026-12-05)). Both sides: the rule gives the country; a place named only in
the body gives none, and a person named with his own country keeps it. Session 14
(2026-12-06), issue 5. Sentences written for these tests; entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Doc, Event
from khabar.events.stage import find_events

JEDDAH: dict[str, tuple[str, str | None]] = {"جدة": ("geonames:105343", "SAU")}


def _events(text: str, entities: list[tuple[str, str]]) -> list[Event]:
    doc: Doc = doc_with(text, "ar", entities, JEDDAH)
    for entity in doc.entities:
        if entity.type == "LOC":  # a place the gazetteer resolved
            entity.lat, entity.lon = 21.5, 39.2
    return [e for e in find_events(doc) if e.type == "ACCUSE"]


def test_a_bare_person_of_a_dashed_dateline_report_is_of_its_country() -> None:
    [event] = _events("ماجد الرفاعي- سبق- جدة: انتقد أحمد الغامدي وزارة الصحة بسبب تأخر "
                      "المواعيد.", [("جدة", "LOC"), ("أحمد الغامدي", "PER"),
                                    ("وزارة الصحة", "ORG")])
    assert event.actor is not None and event.actor.text == "أحمد الغامدي"
    assert event.actor.country == "SAU"


def test_a_place_named_in_the_body_is_no_dateline() -> None:
    [event] = _events("انتقد أحمد الغامدي في جدة وزارة الصحة بسبب تأخر المواعيد.",
                      [("أحمد الغامدي", "PER"), ("جدة", "LOC"), ("وزارة الصحة", "ORG")])
    assert event.actor is not None and event.actor.country is None


def test_a_person_named_with_his_country_keeps_it() -> None:
    """The rule's risk is a foreigner named bare in a report datelined at home; one
    named with his nationality is read from it first."""
    [event] = _events("ماجد الرفاعي- سبق- جدة: انتقد المدرب البرازيلي ماركوس باكيتا وزارة "
                      "الرياضة بسبب الملاعب.", [("جدة", "LOC"), ("ماركوس باكيتا", "PER"),
                                                ("وزارة الرياضة", "ORG")])
    assert event.actor is not None and event.actor.country == "BRA"
