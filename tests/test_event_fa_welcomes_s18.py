"""Issue 6, session 18 (2026-12-06): «از X استقبال کرد» with X a thing (a decision, a plan, an
act: welcomed_things_fa.tsv) is welcoming it, PLOVER's SUPPORT; with X a person it stays a
reception (CONSULT). Read as a hosting, the welcome had no guest and was dropped.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    return [(e.type, e.actor.text if e.actor else None) for e in find_events(doc, 4)]


@pytest.mark.parametrize(("text", "actor"), [
    ("روسیه از حملات هوایی انگلیس در سوریه استقبال کرد.", "روسیه"),
    ("برزیل از قطعنامه 2231 شورای امنیت استقبال کرد.", "برزیل"),
    # a determiner before the head
    ("برزیل از این تصمیم شورای امنیت استقبال کرد.", "برزیل"),
])
def test_welcoming_a_thing_is_support(text: str, actor: str) -> None:
    assert ("SUPPORT", actor) in _events(text)


def test_receiving_a_person_stays_a_reception() -> None:
    events = _events("پوتین در مسکو از رئیس‌جمهور ایران استقبال کرد.")
    assert [kind for kind, _ in events] == ["CONSULT"]
