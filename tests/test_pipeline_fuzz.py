"""Hypothesis on the whole pipeline: arbitrary Unicode in, a valid contract record out.

The normal suite tries a few dozen texts; the slow test (CI) tries a thousand.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.doc import Doc
from khabar.export.contract import to_record
from khabar.pipeline import Pipeline
from khabar.store.records import check_record

PIPELINE = Pipeline()
# Arabic-script letters, marks and digits, ZWNJ/ZWJ, direction controls, punctuation,
# newlines, and anything else Unicode has: news text and what breaks it.
SCRIPT = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
SPECIAL = st.sampled_from(
    list("\u200c\u200d\u200f\u202e\u202c\u2066\u2069\ufeff\n\r\t .،؛:«»\"'()-0123456789"))
TEXTS = st.lists(st.one_of(SCRIPT, SCRIPT, SPECIAL, st.characters()), max_size=300).map("".join)
WORDS = st.lists(st.sampled_from(["سرلشکر", "محمد", "باقری", "در", "تهران", "گفت", "«", "»",
                                  "التقى", "اللواء", "باقري", "۱۴۰۳", "بهمن", "دیدار", "کرد",
                                  ".", "\n", "قال", ":", "2025", "يناير"]),
                 max_size=60).map(" ".join)


def check_contract(raw: str) -> None:
    doc = PIPELINE(Doc(raw=raw))
    record = to_record(doc)
    check_record(record)
    json.dumps(record, ensure_ascii=False)
    text = record["text"]
    for kind in ("entities", "quotes", "dates"):
        for span in record.get(kind, []):
            assert 0 <= span["start"] <= span["end"] <= len(text), (kind, span)
            assert text[span["start"]:span["end"]] == span["text"], (kind, span)
            if "raw_start" in span:
                assert 0 <= span["raw_start"] <= span["raw_end"] <= len(raw), (kind, span)
    for event in record["events"]:
        assert 0 <= event["start"] <= event["end"] <= len(text)
    if record["published"] is not None:
        assert datetime.fromisoformat(record["published"]).utcoffset() is not None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TEXTS, WORDS))
def test_any_text_gives_a_valid_record(raw: str) -> None:
    check_contract(raw)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TEXTS, WORDS))
def test_a_thousand_texts_give_valid_records(raw: str) -> None:
    check_contract(raw)
