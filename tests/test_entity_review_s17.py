"""Guards of this session's entity rules that no test held (found by mutation in a worktree:
each guard removed, the rule's own tests still passed). Review, session 17 (2026-12-06),
engineer review_a. Sentences written for these tests; entities built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_untagged_names import is_rule_given_name
from khabar.entities.persian_word_persons import common_words, drop_word_persons
from khabar.entities.words import fold_word, words
from khabar.kb.entries import load_kb


def person(text: str, name: str, source: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="PER", text=name, key=f"per:{name}",
                  source=source)


def kept(text: str, name: str, source: str) -> list[str]:
    return [e.text for e in drop_word_persons(text, [person(text, name, source)], load_kb())]


@pytest.mark.parametrize("text, source", [
    ("دکتر غواص گفت.", "title"),  # a title before the word vouches for the name
    ("«غواص» گفت.", "quoted"),  # so does a name in marks
    ("غواص گفت.", "pronoun"),  # references are left
    ("غواص گفت.", "role"),
])
def test_a_vouched_person_or_a_reference_that_is_a_common_word_is_left(text: str,
                                                                        source: str) -> None:
    assert fold_word("غواص") in common_words()  # 'diver': dropped as a crf person
    assert kept(text, "غواص", "crf") == []  # the same word from the tagger is dropped
    assert kept(text, "غواص", source) == ["غواص"]


def test_a_given_name_that_is_a_common_word_is_left() -> None:
    text = "کمال گفت که می‌آید."  # «کمال» 'perfection', and a given name of the lists
    assert fold_word("کمال") in common_words() and is_rule_given_name(words("کمال")[0])
    assert kept(text, "کمال", "crf") == ["کمال"]


def test_only_a_person_of_the_tagger_confirms_a_common_given_name_pair() -> None:
    """arabic_common_given (f1b9b2e): a body or place the tagger reads over «جو …» is no
    person's evidence; with the type check removed the rule's own tests still passed."""
    from khabar.entities.arabic_common_given import confirm_common_given

    text = "يمارسون حياتهم في جو يسوده الأمن والاستقرار."
    start = text.index("جو يسوده")
    pair = Entity(start, start + 8, type="PER", text="جو يسوده", key="per:جو-يسوده",
                  source="given_name")
    body = Entity(start, start + 8, type="ORG", text="جو يسوده", key="org:جو-يسوده",
                  source="crf")
    assert confirm_common_given(words(text), [pair], [body]) == []
    assert confirm_common_given(words(text), [pair], [Entity(
        start, start + 8, type="PER", text="جو يسوده", source="crf")]) == [pair]
