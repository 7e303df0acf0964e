"""An unseen glued word that ends in a piece the corpus joins in the words it has never
seen (``khabar.normalize.zwnj_unseen``, ``khabar.train.zwnj_unseen``), session 17
(2026-12-06), issue 3 (the deleted copy). The names below were made up for these tests:
surnames and a place name of a rare first part and a piece."""

from __future__ import annotations

from collections import Counter

import pytest

from khabar.normalize import zwnj_morph, zwnj_unseen
from khabar.normalize.zwnj import clear_caches, repair_text
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.normalize.zwnj_morph import analyse
from khabar.normalize.zwnj_unseen import joinable, joined_pieces, unseen_piece_split
from khabar.train.zwnj_unseen import unseen_piece_counts

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("word", "expected", "why"),
    [
        ("طاهرخانیزاده", f"طاهرخانی{ZWNJ}زاده", "a surname: a rare first part and زاده"),
        ("گودرزینیا", f"گودرزی{ZWNJ}نیا", "the same with نیا"),
        ("کلیشادیسرا", f"کلیشادی{ZWNJ}سرا", "a place name: a rare first part and سرا"),
    ],
)
def test_an_unseen_word_is_split_before_a_joined_piece(
    word: str, expected: str, why: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lex = lexicon()
    assert word not in lex.known and word not in lex.rewrite  # the premise: unseen
    assert analyse(word, lex) == expected, why
    # without the table every other reading leaves the word glued
    monkeypatch.setattr(zwnj_morph, "unseen_piece_split", lambda word, lex: None)
    assert analyse(word, lex) is None


def test_the_shipped_pieces_are_the_productive_ones() -> None:
    pieces = joined_pieces()
    assert {"زاده", "نژاد", "نیا", "محله", "آبادی"} <= pieces
    # suffixes are the suffix rules' (suffixes.tsv), never in the table
    assert not pieces & {"ها", "های", "هایی", "ترین", "تر", "ای", "اند", "ی"}


@pytest.mark.parametrize(
    ("word", "why"),
    [
        ("نیکوسرا", "و does not join: no ZWNJ after it"),
        ("کزاده", "a first part of one letter"),
        ("منیا", "a first part of two letters"),
    ],
)
def test_no_split(word: str, why: str) -> None:
    assert unseen_piece_split(word, lexicon()) is None, why


def test_known_words_are_left_alone() -> None:
    lex = lexicon()
    for word in ("خودروسازی", "دنیا", "بازیگران"):
        assert word in lex.known
        assert analyse(word, lex) is None


def test_in_running_text_and_idempotent() -> None:
    clear_caches()
    text = "آقای طاهرخانیزاده و خانم گودرزینیا در کلیشادیسرا"
    once = repair_text(text, "fa")
    assert once == (f"آقای طاهرخانی{ZWNJ}زاده و خانم گودرزی{ZWNJ}نیا در "
                    f"کلیشادی{ZWNJ}سرا")
    assert repair_text(once, "fa") == once


def test_counts_are_of_words_unseen_in_the_other_parts() -> None:
    z = ZWNJ
    parts = [
        Counter({f"دارا{z}زاده": 1, f"ب{z}زاده": 1, f"پپپ{z}زاده": 1, "تتتزاده": 1}),
        Counter({f"ثثث{z}زاده": 2, "تتتزاده": 1}),
        Counter({f"ججج{z}زاده": 1, "چچچزاده": 1, "کتاب": 3}),
    ]
    rows = {piece: (joined, glued) for piece, joined, glued in
            unseen_piece_counts(parts, set(), {"ها"})}
    # تتتزاده is written in two parts (seen by the other), so it is not counted; دارا
    # ends in a letter that does not join, ب is too short a first part; پپپ, ثثث (twice)
    # and ججج are joined, چچچ glued
    assert rows["زاده"] == (4, 1)


def test_a_listed_word_is_not_unseen() -> None:
    parts = [Counter({f"ممم{ZWNJ}زاده": 1}), Counter({"ننن": 1}), Counter({"سسس": 1})]
    rows = unseen_piece_counts(parts, {f"ممم{ZWNJ}زاده"}, set())
    assert all(piece != "زاده" or joined == 0 for piece, joined, _ in rows)


def test_thresholds() -> None:
    rows = [("زاده", "8", "2"), ("پور", "3", "0"), ("گر", "8", "3")]
    # 8 of 10 joined passes; 3 joined is too few; 8 of 11 is under the rate
    assert joinable(rows) == frozenset({"زاده"})
    assert zwnj_unseen.MIN_JOINED == 4 and zwnj_unseen.MIN_RATE == 0.8
