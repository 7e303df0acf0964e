"""The event stage cuts each sentence's words from one pass over the text: the same words
as tokenizing the sentence alone, for any text and any span."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.entities.gazetteer import words
from khabar.events.stage import SentenceWords

ALPHABET = "ابپتسکگیهو ۲٫5.,:«»،\u200c\u0640\u064e-\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_sentence_words_equal_tokenizing_the_span(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert SentenceWords(text)(start, end) == words(text, start, end)
