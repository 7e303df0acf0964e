"""The place a report says it was filed from (``khabar.entities.datelines``, unified in
session 13 (2026-12-05)): both forms read by ``dateline_country`` itself, not only through
the event rules that fall back on other readings (review of session 13). Sentences written
for these tests."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Doc
from khabar.entities.datelines import dashed_place, dateline_country, filed_from

BEIRUT: dict[str, tuple[str, str | None]] = {
    "بیروت": ("geonames:276781", "LBN"), "بيروت": ("geonames:276781", "LBN")}


def _located(doc: Doc) -> Doc:
    """``doc`` with its places given coordinates, as the gazetteer gives a city."""
    for e in doc.entities:
        if e.type == "LOC":
            e.lat, e.lon = 33.9, 35.5
    return doc


def test_a_persian_report_filed_from_a_city_is_of_its_country() -> None:
    """«به گزارش ... از بیروت،»: the city closing the attribution gives its country, even
    where the report names no other place of that country."""
    doc = _located(doc_with("به گزارش خبرگزاری فارس از بیروت، وزیر خارجه از نخست وزیر "
                            "انتقاد کرد.", "fa", [("بیروت", "LOC")], BEIRUT))
    assert filed_from(doc, doc.entities) == "LBN"
    assert dateline_country(doc) == "LBN"


def test_a_city_inside_the_attribution_that_does_not_close_it_is_no_dateline() -> None:
    """A place before the attribution's last phrase, or one with no «از» before it, is not
    where the report was filed."""
    doc = _located(doc_with("به گزارش خبرگزاری فارس بیروت امروز آرام بود، وزیر خارجه "
                            "انتقاد کرد.", "fa", [("بیروت", "LOC")], BEIRUT))
    assert dateline_country(doc) is None


def test_the_persian_attribution_is_read_in_persian_reports_only() -> None:
    doc = _located(doc_with("به گزارش خبرگزاری فارس از بیروت، وزیر خارجه انتقاد کرد.",
                            "ar", [("بیروت", "LOC")], BEIRUT))
    assert filed_from(doc, doc.entities) is None


def test_a_dashed_dateline_gives_its_place_country() -> None:
    doc = doc_with("بيروت - رويترز: قال وزير الخارجية إن المحادثات مستمرة.", "ar",
                   [("بيروت", "LOC")], BEIRUT)
    assert dashed_place(doc, doc.entities) == "LBN"
    assert dateline_country(doc) == "LBN"
    plain = doc_with("قال وزير الخارجية في بيروت إن المحادثات مستمرة.", "ar",
                     [("بيروت", "LOC")], BEIRUT)
    assert dateline_country(plain) is None
