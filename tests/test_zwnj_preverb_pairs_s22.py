"""A preverb and a verb prefix ("برمی", "درنمی") typed a space before a verb form take a
ZWNJ there, as می/نمی alone do (``zwnj_lexicon.preverb_prefixes``,
``zwnj_pairs.form_suggests_join``), session 22 (2026-12-07), issue 3 (the spaced copy):
the twin of the deleted copy's preverb rule (d4a511a, "درنمیآید" -> "درنمی‌آید"). The
pairs below are ones the shipped lexicon has never counted, so only the rule joins them."""

from __future__ import annotations

import pytest

from khabar.normalize.zwnj import clear_caches, repair_text
from khabar.normalize.zwnj_lexicon import lexicon, preverb_prefixes
from khabar.normalize.zwnj_pairs import cue_class, join_pair

ZWNJ = "\u200c"


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    clear_caches()


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        ("صدایی درنمی آید", f"صدایی درنمی{ZWNJ}آید", "در + نمی before a present form"),
        ("آنها بازمی گردند", f"آنها بازمی{ZWNJ}گردند", "باز + می before a present form"),
        ("او برنمی گشت", f"او برنمی{ZWNJ}گشت", "بر + نمی before a past form"),
    ],
)
def test_a_preverb_prefix_joins_the_verb_typed_after_it(text: str, expected: str, why: str
                                                        ) -> None:
    lex = lexicon()
    left, right = text.split(" ")[1:3]
    assert (left, right) not in lex.pairs  # the premise: the corpus never wrote the pair
    assert cue_class(left, right, lex) == "form", why
    assert join_pair(left, right, lex), why
    assert repair_text(text, "fa") == expected, why


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("درمی کتاب را", "a preverb prefix before a word that is no verb form"),
        ("برنمی سال", "nor before a noun"),
    ],
)
def test_a_preverb_prefix_before_no_verb_stays_apart(text: str, why: str) -> None:
    assert repair_text(text, "fa") == text, why


def test_the_preverb_prefixes_are_each_preverb_with_each_verb_prefix() -> None:
    prefixes = preverb_prefixes()
    assert {"برمی", "برنمی", "درمی", "درنمی", "بازمی", "فرامی"} <= prefixes
    assert "می" not in prefixes and "نمی" not in prefixes
    # a preverb prefix is looked at beside its neighbours at all (a cue word on the left)
    assert prefixes <= lexicon().left_cues


def test_repairing_twice_changes_nothing() -> None:
    once = repair_text("آنها بازمی گردند و صدایی درنمی آید", "fa")
    assert repair_text(once, "fa") == once
