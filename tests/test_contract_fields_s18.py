"""The contract's named fields are present, null when unknown (session 18, 2026-12-06,
issue 8): OUTPUT.md gives an event's actor and target ``name_en``, ``kb_id`` and
``country``, and tools read them by name. An actor the knowledge base does not know
(no country) lost its ``country`` key, so ``actor["country"]`` raised KeyError in 53 of
150 events of 300 shared articles."""

from __future__ import annotations

import json

from khabar.doc import Doc, Event, Participant, Quote
from khabar.export.contract import from_record, to_record

TEXT = "التقى الأمير مشعل بن ماجد مع رئيس الجمعية. وقال إن الزيارة ناجحة."


def _doc() -> Doc:
    doc = Doc(raw=TEXT, text=TEXT, lang="ar")
    unknown = Participant(text="مشعل بن ماجد", start=13, end=25, confidence=0.7)
    doc.events = [Event(type="CONSULT", start=0, end=42, actor=unknown,
                        target=Participant(name_en="Saudi Arabia", country="SAU"))]
    doc.quotes = [Quote(text="الزيارة ناجحة", start=51, end=64, speaker=None),
                  Quote(text="الزيارة ناجحة", start=51, end=64, speaker=unknown)]
    return doc


def test_an_unlinked_actor_still_has_every_contract_field() -> None:
    record = to_record(_doc())
    [event] = record["events"]
    for party in (event["actor"], event["target"]):
        assert {"name_en", "kb_id", "country"} <= set(party), party
    assert event["actor"]["country"] is None and event["target"]["country"] == "SAU"
    for quote in record["quotes"]:
        assert {"name_en", "kb_id", "country"} <= set(quote["speaker"]), quote


def test_the_null_fields_survive_a_round_trip() -> None:
    record = json.loads(json.dumps(to_record(_doc())))
    assert to_record(from_record(record)) == record
