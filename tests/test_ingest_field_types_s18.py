"""Session 18 (2026-12-06), issue 8: a JSONL field of the wrong JSON type (a title 123,
a date 20250101, a url object) was ignored with no word; the record's ``problems`` now
says which field, what it held, and that it was ignored."""

from __future__ import annotations

from pathlib import Path

from khabar.doc import Doc
from khabar.ingest import read_inputs
from khabar.ingest.fields import wrong_type_notes
from khabar.pipeline import Pipeline

TYPED = Path(__file__).resolve().parent / "fixtures" / "bad" / "typed_fields.jsonl"


def _docs() -> list[Doc]:
    return [item for item in read_inputs([str(TYPED)]) if isinstance(item, Doc)]


def test_each_field_of_the_wrong_type_is_noted_in_problems() -> None:
    doc = next(d for d in _docs() if d.meta["path"].endswith(":2"))  # title 123, date …
    result = Pipeline(stages=["khabar.clean.lines.v1"])(doc)
    notes = [p for p in result.problems if p.startswith("ingest:")]
    assert notes == [
        "ingest: the field 'title' is a number (123), not a string; ignored "
        "(give it as a JSON string)",
        "ingest: the field 'date' is a number (20250101), not a string; ignored "
        "(give it as a JSON string)",
        "ingest: the field 'url' is an object ({\"href\": \"x\"}), not a string; ignored "
        "(give it as a JSON string)",
        "ingest: the field 'source' is a number (7), not a string; ignored "
        "(give it as a JSON string)",
    ]
    assert result.title != "123"


def test_string_and_missing_fields_give_no_note() -> None:
    for doc in _docs():
        if not doc.meta["path"].endswith(":2"):
            assert wrong_type_notes(doc.meta) == [], doc.meta["path"]
    assert wrong_type_notes({"title": "عنوان", "date": None, "lang": 5, "id": 5}) == []


def test_lists_booleans_and_long_values_are_named() -> None:
    notes = wrong_type_notes({"title": ["a", "b"], "date": True, "url": {"k": "x" * 80},
                              "source_name": "x" * 80})
    assert notes[0].startswith("ingest: the field 'title' is a list ([\"a\", \"b\"])")
    assert notes[1].startswith("ingest: the field 'date' is a boolean (true)")
    assert notes[2].startswith("ingest: the field 'url' is an object ({\"k\": \"xxx")
    assert "x" * 40 not in notes[2] and "…)" in notes[2]
    assert len(notes) == 3
