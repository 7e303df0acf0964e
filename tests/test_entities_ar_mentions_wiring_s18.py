"""The Arabic rules of session 18 run in ``arabic_mentions``, the entity stage's call, not only
when called alone: a person ends before a «و» glued to a common word there too
(``arabic_listed_conjunction.cut_joined_phrases``, 3f3ea3b, whose tests call the function
directly, so removing the call from ``arabic_mentions`` left every test passing).
Review of session 18 (2026-12-06), engineer review_a. Sentences written for this test."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_mentions import arabic_mentions
from khabar.entities.words import words


@pytest.mark.parametrize(("text", "name", "found"), [
    ("ثم توجه للمدرب الذي تحدث مع نور وشرح له وجهة نظره.", "نور وشرح", "نور"),
    ("قاد البرازيلي ماركينهو والعاجي ديديه ياكونان الفريق.", "ماركينهو والعاجي", "ماركينهو"),
])
def test_arabic_mentions_ends_a_person_before_a_joining_waw(text: str, name: str,
                                                            found: str) -> None:
    start = text.index(name)
    kept = [Entity(start, start + len(name), type="PER", text=name, key="per:x", source="crf")]
    out = [e for e in arabic_mentions(text, words(text), kept) if e.type == "PER"]
    assert [e.text for e in out] == [found]
    assert all(text[e.start:e.end] == e.text for e in out)
