"""Issue 6, session 18 (2026-12-06): a Persian present copula («هستند», «نیست», «می‌باشد»)
closes its clause as any finite verb does, so the clause after its «و» has a subject of its
own (persian_clauses.coordinated_start). Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


@pytest.mark.parametrize("text", [
    # the first clause ends in «هستند»: its «ایران» is no subject of «متهم کرده است»
    "دو کشور بر سر برنامه هسته‌ای ایران در ستیز هستند و آمریکا ایران را متهم کرده است.",
    # «نیست» likewise
    "برنامه هسته‌ای ایران صلح‌آمیز نیست و آمریکا ایران را متهم کرده است.",
])
def test_the_clause_after_a_copula_has_its_own_subject(text: str) -> None:
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    events = [e for e in find_events(doc, 4) if e.type == "ACCUSE"]
    assert events and events[0].actor is not None and events[0].target is not None
    assert (events[0].actor.text, events[0].target.text) == ("آمریکا", "ایران")


def test_a_shared_subject_is_kept() -> None:
    """No bare name after the «و»: the clauses share the subject named first."""
    text = "وزیر خارجه آمریکا در تهران است و ایران را متهم کرد."
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    events = [e for e in find_events(doc, 4) if e.type == "ACCUSE"]
    assert events and events[0].actor is not None
    assert events[0].actor.text != "ایران"
