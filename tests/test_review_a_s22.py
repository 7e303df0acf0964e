"""Session 22's review (review_a, 2026-12-07): a credit word and the quotation marks of the
name it credits stand on one line (``persian_credits``, commit 5ccf895), and the words held
by the entities found so far are counted by one helper (``text.tokens.held_tokens``), not
by a copy in each Persian rule. Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_credits import credited_persons
from khabar.text.tokens import held_tokens


def persons(text: str) -> list[str]:
    return [e.text for e in credited_persons(text, words(text), []) if e.type == "PER"]


@pytest.mark.parametrize(("text", "names"), [
    ("فیلم تبر ساخته «گوستا گاوراس» در جشنواره است.", ["گوستا گاوراس"]),
    # the line ends on the participle: the quoted name opens another line
    ("فیلم تبر ساخته\n«گوستا گاوراس» در جشنواره است.", []),
])
def test_a_quoted_credit_stays_on_its_line(text: str, names: list[str]) -> None:
    assert persons(text) == names


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
