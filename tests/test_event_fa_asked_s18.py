"""Issue 6, session 18 (2026-12-06): a request in the subjunctive («اگر X از Y بخواهد») is read
by persian_asked like any form of «خواستن». «بخواهد» was no form of it, so the addressee phrase
found no «از» before the verb and the events stage failed on the whole article (a Hamshahri
article lost all its events so). Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.events.persian_asked import ASKING
from khabar.events.stage import find_events
from khabar.normalize.fold import fold

PUBLISHED = "2025-01-20T09:53:26+03:30"


@pytest.mark.parametrize("word", ["بخواهد", "بخواهند", "خواست", "می‌خواهد", "نمی‌خواهیم"])
def test_forms_of_asking(word: str) -> None:
    assert ASKING.match(fold(word))


@pytest.mark.parametrize("word", ["بخش", "بخشید"])
def test_other_words(word: str) -> None:
    assert not ASKING.match(fold(word))


@pytest.mark.parametrize("text", [
    "اگر وزیر از مردم بخواهد، آنان آرام می‌شوند.",
    "به طور مثال اگر فردی قبل یا بعد از اصلاح بخواهد سرش شست‌وشو شود، قیمت فوق تغییر می‌کند.",
])
def test_a_subjunctive_request_does_not_stop_the_stage(text: str) -> None:
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    find_events(doc, 4)  # raised ValueError before
