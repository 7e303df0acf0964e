"""A space inside an inflected compound (``khabar.normalize.zwnj_inflected``), session 13
(2026-12-05), issue 3 (the spaced copy). Phrases written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.normalize.charmap import normalize_text
from khabar.normalize.zwnj import clear_caches, repair_text
from khabar.normalize.zwnj_inflected import _inflected, inflected_pairs
from khabar.normalize.zwnj_lexicon import lexicon

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        ("دانش آموزانی که", f"دانش{ZWNJ}آموزانی که", "دانش‌آموزان + the indefinite ی"),
        ("تصمیم گیرندگان", f"تصمیم{ZWNJ}گیرندگان", "تصمیم‌گیرنده + ان: گان for the ه"),
        ("مصرف کنندگانی", f"مصرف{ZWNJ}کنندگانی", "مصرف‌کنندگان + ی"),
        ("نقش دارند", "نقش دارند", "ند after a space is the verb: 'they have a role'"),
        ("عهده دارند", "عهده دارند", "the same: a compound verb stays apart"),
        ("به سران کشورها", "به سران کشورها", "a two-letter first word governs the noun after"),
        ("آن زمانی که", "آن زمانی که", "the same: آن‌زمان is a compound, آن زمانی a phrase"),
    ],
)
def test_an_inflected_compound_typed_with_a_space(text: str, expected: str, why: str) -> None:
    clear_caches()
    assert repair_text(text, "fa") == expected, why


def test_the_pairs_come_from_the_lexicon_spellings() -> None:
    lex = lexicon()
    table = inflected_pairs(lex)
    assert lex.rewrite["تصمیمگیرنده"] == f"تصمیم{ZWNJ}گیرنده"
    assert ("تصمیم", "گیرندگان") not in lex.pairs  # the corpus never wrote the pair
    assert ("تصمیم", "گیرندگان") in table.pairs
    assert "تصمیم" in table.lefts["گیرندگان"]
    # a pair the corpus has written is the counts' to decide, not this rule's
    assert not table.pairs & set(lex.pairs)
    assert inflected_pairs(lex) is table  # built once per lexicon


def test_the_endings_are_glued_as_grammar_glues_them() -> None:
    forms = _inflected("نشان")
    assert {"نشانان", "نشانی", "نشانات"} <= set(forms)
    assert "نشانند" not in forms and "نشانست" not in forms  # verbs, not compounds
    forms = _inflected("گیرنده")
    assert {"گیرندگان", "گیرندگی"} <= set(forms)  # the silent ه becomes گ
    assert "گیرندهی" not in forms and "گیرندهان" not in forms


def test_a_join_beside_it_is_read_with_the_word_it_makes() -> None:
    # once "بهره خواری" is joined, می before it stands before "بهره‌خواری": the first
    # repair must decide that pair as the second will (``zwnj._chained_spaces``)
    clear_caches()
    once = repair_text("می بهره خواری", "fa")
    assert repair_text(once, "fa") == once


def test_the_join_is_kept_by_a_second_repair() -> None:
    clear_caches()
    once = repair_text("گزارش دانش آموزانی ها و تصمیم گیرندگان های شهر", "fa")
    assert f"دانش{ZWNJ}آموزانی" in once
    assert repair_text(once, "fa") == once


#: Words that make inflected compounds typed with a space, and what may stand beside them.
PIECES = st.sampled_from(
    ["دانش", "آموزانی", "آموزان", "تصمیم", "گیرندگان", "گیرنده", "ها", "های", "ای", "می",
     "شود", "که", "نقش", "دارند", ZWNJ, " ", " ", " ", "\n", "،"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join))
def test_repair_with_inflected_compounds_is_idempotent(text: str) -> None:
    text = normalize_text(text, "fa")
    once = repair_text(text, "fa")
    assert repair_text(once, "fa") == once
    assert once.replace(ZWNJ, " ").replace(" ", "") == text.replace(ZWNJ, "").replace(" ", "")
