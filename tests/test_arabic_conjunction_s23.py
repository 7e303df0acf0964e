"""The Arabic conjunction «و» glued to a word, read by one helper (``text.arabic_conjunction``)
where about a dozen Arabic rules had a hand copy (session 23 (2026-12-07), engineer mend3).
Words written for these tests."""

from __future__ import annotations

import pytest

from khabar.entities.words import Word, words
from khabar.text.arabic_conjunction import after_glued_and, glued_and


def word(text: str) -> Word:
    (found,) = words(text)
    return found


@pytest.mark.parametrize(("text", "min_rest", "rest"), [
    ("والشباب", 0, "الشباب"),
    ("وعمر", 3, "عمر"),
    ("وعمر", 4, None),  # too short a rest for the rule that asks four letters
    ("و", 0, ""),  # the conjunction alone: no letters after it, none asked
    ("و", 1, None),
    ("ؤدي", 0, None),  # «ؤ», the hamza's seat, folds to «و» but joins nothing
    ("الشباب", 0, None),
])
def test_the_rest_after_a_glued_and(text: str, min_rest: int, rest: str | None) -> None:
    assert after_glued_and(word(text), min_rest) == rest
    assert glued_and(word(text), min_rest) is (rest is not None)


def test_the_rest_is_folded() -> None:
    # «وأحمد»: the rest folds as the word does (alef with hamza to bare alef)
    assert after_glued_and(word("وأحمد")) == word("أحمد").folded
