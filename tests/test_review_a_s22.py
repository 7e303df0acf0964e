"""Session 22's review (review_a, 2026-12-07): the words held by the entities found so far
are counted by one helper (``text.tokens.held_tokens``), not by a copy in each Persian rule
(its test of credits on one line is in test_entity_persian_credits_s22.py). Sentences written
for these tests."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.text.tokens import held_tokens


def test_held_tokens_are_the_words_an_entity_starts_over() -> None:
    text = "فیلم «جیم جارموش» در جشنواره است."
    tokens = words(text)
    start = text.index("جیم")
    name = Entity(start, start + len("جیم جارموش"), type="PER", text="جیم جارموش")
    inside = Entity(start + 1, start + 3, type="PER", text="یم")  # starts inside a word
    assert held_tokens(tokens, [name]) == {2, 3}
    assert held_tokens(tokens, [inside]) == set()
    assert held_tokens(tokens, []) == set() == held_tokens([], [name])
    assert held_tokens(tokens, [name], [w.start for w in tokens]) == {2, 3}
