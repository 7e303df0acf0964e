"""Persian «ما» is the pronoun 'we/our', never a negation: «ما از سوریه می‌خواهیم ...» asks
Syria; Arabic «ما» before a verb negates it («ما زار الوزير»). markers.tsv limits the negation
row to Arabic triggers (events/event_flags.future_negated; session 15 (2026-12-06), issue 6).
Sentences written for these tests; entities given by hand."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "سوریه": ("geonames:163843", "SYR"), "آمریکا": ("geonames:6252001", "USA"),
    "جرج بوش": ("wikidata:Q207", "USA")}


@pytest.mark.parametrize("text", [
    # a performative in the first person plural: the pronoun stands right before «از»
    "جرج بوش رئیس‌جمهور آمریکا گفت: «ما از سوریه می‌خواهیم اعضای حزب بعث را تحویل دهد.»",
    # «رئیس‌جمهور ما» (our president) asks, narrated: the possessive pronoun before «از»
    "جرج بوش رئیس‌جمهور ما از سوریه خواست اعضای حزب بعث را تحویل دهد.",
])
def test_persian_we_does_not_negate_the_act(text: str) -> None:
    names = [(n, t) for n, t in (("جرج بوش", "PER"), ("آمریکا", "LOC"), ("سوریه", "LOC"))
             if n in text]
    events = [e for e in find_events(doc_with(text, "fa", names, KB)) if e.type == "REQUEST"]
    assert events and not any(e.negated for e in events)


def test_persian_negative_verb_still_negates() -> None:
    text = "جرج بوش رئیس‌جمهور آمریکا گفت: «ما از سوریه نمی‌خواهیم اعضای حزب بعث را تحویل دهد.»"
    names = [("جرج بوش", "PER"), ("آمریکا", "LOC"), ("سوریه", "LOC")]
    events = [e for e in find_events(doc_with(text, "fa", names, KB)) if e.type == "REQUEST"]
    assert all(e.negated for e in events)


def test_arabic_ma_still_negates() -> None:
    """The language limit keeps the Arabic negation: «ما التقى»: did not meet."""
    text = "ما التقى جون كيري وليد المعلم في الرياض."
    kb: dict[str, tuple[str, str | None]] = {
        "جون كيري": ("wikidata:Q22316", "USA"), "وليد المعلم": ("wikidata:Q312738", "SYR")}
    doc = doc_with(text, "ar", [("جون كيري", "PER"), ("وليد المعلم", "PER")], kb)
    events = [e for e in find_events(doc) if e.type == "CONSULT"]
    assert events and all(e.negated for e in events)
