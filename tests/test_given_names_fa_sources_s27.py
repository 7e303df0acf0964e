"""The third block of given_names_more_fa.txt (issue 5, session 27 (2026-12-07), engineer
names_fa): the given names of the knowledge base's persons and of given_names_ar.txt, less
Persian common words and the hand-removed particles and surnames."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from khabar.entities.persian_untagged_names import is_rule_given_name
from khabar.entities.words import words
from khabar.train.given_names_fa import arman_counts, source_block


def test_arab_given_names_listed() -> None:
    # Arab persons in Persian news: the surname rule needs their given names.
    for name in ("عبدالمجید", "عبدالفتاح", "مقتدی"):
        assert is_rule_given_name(words(name)[0]), name


def test_source_block_filters() -> None:
    block = source_block({k: Counter() for k in ("first", "last", "out", "pers")}, [])
    assert "عبدالفتاح" in block and "مقتدی" in block
    # a Persian common word («زیاد» 'much'), a family name written first (Ban Ki-moon),
    # a particle and a compound surname's first half stay out
    for refused in ("زياد", "بان", "ابو", "آملی"):
        assert refused not in block, refused


def test_counts_leave_out_dev(tmp_path: Path) -> None:
    sentences = [f"نام{i} B-pers\nخانواده I-pers\n" for i in range(10)]
    arman = tmp_path / "train.txt"
    arman.write_text("\n".join(sentences), encoding="utf-8")
    every = arman_counts(arman)
    train = arman_counts(arman, dev_every=10)
    assert every["first"]["نام9"] == 1 and train["first"]["نام9"] == 0
    assert train["first"]["نام8"] == 1
