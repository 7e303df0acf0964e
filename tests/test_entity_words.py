"""The matchers' words: a range of the last document tokenized whole is cut from its
words, and must be exactly what tokenizing the range alone gives, for any range."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.entities import words as words_module
from khabar.entities.words import SHORT_TEXT, Word, phrase_key, words
from khabar.normalize.fold import fold
from khabar.text.tokens import tokenize

ALPHABET = "ابپتسکگیهو ۲٫5.,:«»،\u200c\u0640\u064e-\nAb"
LEAD = "همکاری‌های ایران و پاکستان ۲٫۵ درصد، " * 8


def tokenized(text: str, start: int, end: int) -> list[Word]:
    return [Word(t.start, t.end, t.text, fold(t.text)) for t in tokenize(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120), st.integers(0, 500), st.integers(0, 500))
def test_a_range_of_the_document_is_what_tokenizing_it_gives(tail: str, a: int, b: int) -> None:
    text = LEAD + tail
    assert len(text) > SHORT_TEXT
    assert words(text) == tokenized(text, 0, len(text))
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert words(text, start, end) == tokenized(text, start, end)


def test_a_range_that_cuts_a_word_is_tokenized_alone() -> None:
    text = LEAD + "گفت‌وگو"
    words(text)
    start = text.index("پاکستان") + 2
    assert words(text, start, start + 6)[0].text == "کستان"
    assert words(text, 0, 4)[0].text == "همکا"


def test_ranges_of_the_document_are_cut_from_its_words(monkeypatch) -> None:
    text = LEAD + "سرلشکر باقری گفت."
    whole = words(text)
    monkeypatch.setattr(words_module, "_tokenized", None)  # any tokenizing now fails
    first = words(text, 0, whole[3].end)
    assert first == whole[:4]
    assert words(text, whole[-3].start, len(text)) == whole[-3:]


def test_the_returned_list_is_the_callers_own() -> None:
    text = LEAD + "سرلشکر باقری"
    words(text).clear()
    assert words(text, 0, len(text)) == tokenized(text, 0, len(text))
    name = "سید عاصم منیر"
    words(name).append(words(name)[0])
    assert len(words(name)) == 3


def test_phrase_key_joins_folded_words_without_punctuation() -> None:
    assert phrase_key("اسلام‌آباد") == phrase_key("اسلام آباد") == phrase_key("اسلامآباد")
    assert phrase_key("U.S.") == "us"
