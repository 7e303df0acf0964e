"""A word the corpus wrote once, glued (``khabar.normalize.zwnj_morph._once_reading``),
session 14 (2026-12-06), issue 3 (the deleted copy). Words chosen from the shipped
lexicon's once-seen glued forms; the phrases around them written for these tests."""

from __future__ import annotations

import pytest

from khabar.normalize.zwnj import clear_caches, repair_text
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.normalize.zwnj_morph import ONCE_STEM_WEIGHT, ONCE_WEIGHT, analyse

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("word", "expected", "why"),
    [
        ("پرچمها", f"پرچم{ZWNJ}ها", "a common stem and the plural ها"),
        ("قلبها", f"قلب{ZWNJ}ها", "the same"),
        ("هدفها", f"هدف{ZWNJ}ها", "the same"),
        ("سیاسیترین", f"سیاسی{ZWNJ}ترین", "the superlative after a joining letter"),
        ("میخرد", f"می{ZWNJ}خرد", "می + a present stem: the verb list decides"),
        ("بردهای", "بردهای", "ای after ه is left out: برد‌های (wins) or برده‌ای"),
        ("چهام", "چهام", "the same: ام after ه"),
    ],
)
def test_one_glued_sighting_does_not_outweigh_the_morphology(
    word: str, expected: str, why: str
) -> None:
    lex = lexicon()
    # the premise: the corpus wrote the word once, glued, and never with a ZWNJ
    assert word in lex.seen and word not in lex.rewrite
    assert lex.weight[word] <= ONCE_WEIGHT
    assert (analyse(word, lex) or word) == expected, why


def test_a_rare_stem_is_no_evidence() -> None:
    lex = lexicon()
    rare = next(  # a once-seen plural whose stem the corpus barely knows stays glued
        word for word in sorted(lex.seen)
        if lex.weight.get(word, 0) <= ONCE_WEIGHT and word.endswith("ها") and len(word) > 4
        and word not in lex.rewrite and 3 <= lex.weight.get(word[:-2], 0) < ONCE_STEM_WEIGHT
        and word[-3] not in "اآدذرزژوه"
    )
    assert analyse(rare, lex) is None


def test_a_twice_seen_glued_word_stays() -> None:
    lex = lexicon()
    # "آنها": the corpus glues it far more often than it writes "آن‌ها"
    assert lex.weight["آنها"] > ONCE_WEIGHT
    assert analyse("آنها", lex) is None


def test_in_running_text_and_idempotent() -> None:
    clear_caches()
    text = "پرچمها و قلبها برای سیاسیترین هدفها"
    once = repair_text(text, "fa")
    assert once == f"پرچم{ZWNJ}ها و قلب{ZWNJ}ها برای سیاسی{ZWNJ}ترین هدف{ZWNJ}ها"
    assert repair_text(once, "fa") == once
