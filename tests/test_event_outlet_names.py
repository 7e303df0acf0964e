"""A country named right after a media word is the outlet's name, which reports the act and
does not do it ("خبرگزاری فرانسه" is AFP, "روزنامه ایران" a paper). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Event
from khabar.events.stage import find_events


def accusations(text: str) -> list[Event]:
    doc = simple_doc(text, "fa", published="2025-01-20T09:53:26+03:30", with_entities=True)
    return [e for e in find_events(doc) if e.type == "ACCUSE"]


@pytest.mark.parametrize(("text", "outlet"), [
    ("گزارش خبرگزاری فرانسه حاکیست: این گروه حمله به غیرنظامیان را محکوم می‌کند.", "فرانسه"),
    ("بنا بر گزارش تلویزیون سوریه، این گروه حمله به غیرنظامیان را محکوم کرد.", "سوریه"),
], ids=["news-agency", "television"])
def test_the_country_in_an_outlets_name_does_not_act(text: str, outlet: str) -> None:
    # With the outlet's country not taken, the act names no one and is not recorded
    # (participant_words.partyless); taken, it would be, with the country as its actor.
    found = accusations(text)
    assert all(e.actor is None or e.actor.text != outlet for e in found)


def test_the_country_after_the_outlet_acts() -> None:
    found = accusations("به نوشته روزنامه ایران، فرانسه حمله به غیرنظامیان را محکوم کرد.")
    assert found and found[0].actor is not None and found[0].actor.text == "فرانسه"


def test_a_country_alone_still_acts() -> None:
    found = accusations("فرانسه حمله به غیرنظامیان را محکوم کرد.")
    assert found and found[0].actor is not None and found[0].actor.text == "فرانسه"
