"""Session 27 (2026-12-07), mend7: one piece of code where two places held the same logic.
Output-identical (600-article contract dumps byte-identical, bench/mend7_session27_results.json).

- ``text.sentences.sentence_index`` is the search for the sentence holding a position that
  ``antecedents``, ``arabic_posts``, ``stated_acts_fa`` and ``performatives`` wrote inline.
"""

from __future__ import annotations

import pytest

from khabar.events import antecedents, arabic_posts, performatives, stated_acts_fa
from khabar.text import sentences as text_sentences
from khabar.text.sentences import sentence_index


@pytest.mark.parametrize("position", [0, 5, 19, 20, 21, 59, 60, 61, 200])
def test_sentence_index_holds_the_position(position: int) -> None:
    spans = [(0, 19), (20, 59), (61, 90)]
    before = [i for i, (start, _) in enumerate(spans) if start <= position]
    assert sentence_index(spans, position) == (before[-1] if before else -1)
    assert sentence_index([(10, 19)], 3) == -1  # before the first sentence
    assert sentence_index([], 3) == -1


def test_the_event_modules_find_a_sentence_with_the_one_search() -> None:
    for module in (antecedents, arabic_posts, stated_acts_fa, performatives):
        assert module.sentence_index is text_sentences.sentence_index
