"""Session 17 (2026-12-06): outlet and source names are shown as the repaired text shows
them («دفاع‌پرس», not the scraped «دفاعپرس»), and their raw offsets still give the
scraped characters (``khabar.meta.source_names``)."""

from __future__ import annotations

from pathlib import Path

import khabar
from khabar.doc import Doc, Source
from khabar.export.contract import from_record, to_record
from khabar.meta.source_names import shown, text_span
from khabar.offsets import apply_edits

Z = "\u200c"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
GLUED = "دفاعپرس"


def _example(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _round_trips(doc: Doc, source: Source) -> None:
    assert source.raw_start is not None and source.raw_end is not None
    assert doc.raw[source.raw_start:source.raw_end] == GLUED
    span = text_span(doc, source.raw_start, source.raw_end)
    assert span is not None and doc.text[span[0]:span[1]] == source.name
    assert doc.raw_span(*span) == (source.raw_start, source.raw_end)


def test_body_formula_shows_the_repaired_name_and_keeps_raw_offsets():
    doc = khabar.process("سرلشکر باقری گفت همکاری ادامه دارد.\n"
                         f"به گزارش {GLUED}، این دیدار برگزار شد.\n")
    assert f"دفاع{Z}پرس" in doc.text
    [source] = doc.sources
    assert (source.name, source.relation, source.outlet_id) == (
        f"دفاع{Z}پرس", "reported_by", "defapress")
    _round_trips(doc, source)


def test_example_article_source_and_contract_round_trip():
    doc = khabar.process(_example("000"))
    defa = [s for s in doc.sources if s.name_en == "Defa Press"]
    assert [s.name for s in defa] == [f"دفاع{Z}پرس"]
    _round_trips(doc, defa[0])
    again = from_record(to_record(doc))
    assert [(s.name, s.raw_start, s.raw_end) for s in again.sources] == [
        (s.name, s.raw_start, s.raw_end) for s in doc.sources]


def test_name_outside_the_text_is_repaired_on_its_own():
    raw = f"وزیر گفت همکاری ادامه دارد.\nمنبع: {GLUED}\n"
    doc = Doc(raw=raw, lang="fa")
    cut = raw.index("منبع")
    doc.set_text(*apply_edits(doc.text, [(cut, len(raw), "")]))
    start = raw.index(GLUED)
    source = Source(GLUED, "source", "Defa Press", start, start + len(GLUED), "defapress")
    assert text_span(doc, source.raw_start or 0, source.raw_end or 0) is None
    named = shown(doc, source)
    assert (named.name, named.raw_start, named.raw_end) == (
        f"دفاع{Z}پرس", source.raw_start, source.raw_end)


def test_ingest_hint_outlet_is_repaired_and_unknown_names_kept():
    doc = khabar.process("وزیر گفت همکاری ادامه دارد.", meta={"source_name": GLUED})
    assert doc.outlet is not None and doc.outlet.name == f"دفاع{Z}پرس"
    plain = Doc(raw="x", lang="en")
    assert shown(plain, Source("Reuters", "outlet")).name == "Reuters"
