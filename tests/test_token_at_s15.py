"""``khabar.text.tokens.token_at``: the token starting at an offset (session 15, hygiene).

One helper for what entity and event rules wrote out in place (``bisect_left`` over the
words' starts, then a check that the word found starts there)."""

from __future__ import annotations

import pytest

from khabar.entities.words import words
from khabar.text.tokens import token_at, tokenize

TEXT = "وقال وزير الخارجية، «نعم»."


@pytest.mark.parametrize(("offset", "expected"), [
    (0, 0),            # the first word
    (5, 1),            # «وزير»
    (6, None),         # inside «وزير»: no token starts there
    (18, 3),           # the comma right after «الخارجية»
    (len(TEXT), None),  # past the last token
    (-1, None),        # before the text
])
def test_the_token_starting_at_an_offset(offset: int, expected: int | None) -> None:
    assert token_at(words(TEXT), offset) == expected
    assert token_at(tokenize(TEXT), offset) == expected


def test_given_starts_give_the_same_index() -> None:
    tokens = words(TEXT)
    starts = [w.start for w in tokens]
    assert [token_at(tokens, i, starts) for i in range(len(TEXT) + 1)] == [
        token_at(tokens, i) for i in range(len(TEXT) + 1)]


def test_no_tokens() -> None:
    assert token_at([], 0) is None
