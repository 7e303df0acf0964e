"""Learned margins for joining a space between two words the corpus has written
(session 20, issue 3, engineer zwnj_spaced): ``khabar.train.zwnj_margins`` and
``zwnj_pairs.rule_joins_pair``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar.errors import ResourceError
from khabar.normalize import zwnj_pairs
from khabar.normalize.zwnj import clear_caches, repair_text
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.normalize.zwnj_pairs import HAND_MARGINS, cue_class, pair_margins, rule_joins_pair
from khabar.train.zwnj_margins import f1_with, learn_margins, margin_table, write_margins
from khabar.train.zwnj_model import resources_at

ZWNJ = "\u200c"


@pytest.fixture
def hand_margins(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The repair as it was where no ``pair_margins.tsv`` ships."""
    monkeypatch.setattr(zwnj_pairs, "pair_margins", lambda: dict(HAND_MARGINS))
    clear_caches()
    yield
    monkeypatch.undo()
    clear_caches()


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("کانون فارغ التحصیلان دانشگاه", f"کانون فارغ{ZWNJ}التحصیلان دانشگاه",
     "joined once in the corpus, never spaced, no cue of form: a plain majority joins"),
    ("کمک به زلزله زدگان بم", f"کمک به زلزله{ZWNJ}زدگان بم", "joined 3 times, spaced once"),
    ("ناقض قطعنامه های شورای امنیت", f"ناقض قطعنامه{ZWNJ}های شورای امنیت",
     "a plural the corpus happened to space 3 times: the suffix's form outweighs it"),
    ("میزان سرعت را اندازه گیری کرد", f"میزان سرعت را اندازه{ZWNJ}گیری کرد",
     "hazm lists it and گیری is a piece: spaced 3 times, joined by its form"),
])
def test_learned_margins_join_what_the_hand_margins_kept_apart(
    text: str, expected: str, why: str
) -> None:
    clear_caches()
    assert repair_text(text, "fa") == expected, why


def test_the_hand_margins_kept_them_apart(hand_margins: None) -> None:
    assert repair_text("کانون فارغ التحصیلان دانشگاه", "fa") == "کانون فارغ التحصیلان دانشگاه"
    assert repair_text("ناقض قطعنامه های شورای", "fa") == "ناقض قطعنامه های شورای"


def test_the_shipped_margins_are_never_above_the_hand_set_ones() -> None:
    """Raised, they would copy Fars's spacing of compounds standard spelling joins."""
    margins = pair_margins()
    assert set(margins) == set(zwnj_pairs.CUE_CLASSES)
    assert all(margins[cue] <= HAND_MARGINS[cue] for cue in margins)
    assert margins != HAND_MARGINS  # a file ships, learned from the corpus


def test_counts_passed_in_are_weighed_by_the_pairs_class() -> None:
    lex = lexicon()
    pair = ("فارغ", "التحصیلان")
    assert cue_class(*pair, lex) == "plain"
    assert rule_joins_pair(*pair, lex, (1, 0))
    assert not rule_joins_pair(*pair, lex, (1, 1))  # a tie stays apart without a cue
    assert cue_class("قطعنامه", "های", lex) == "form"
    assert rule_joins_pair("قطعنامه", "های", lex, (0, 6))


def test_learning_lowers_a_margin_where_the_f1_gains_and_never_raises_one() -> None:
    counted = [("الف", "ب", 1, 0, True)] * 3 + [("الف", "ب", 1, 0, False)]
    counted += [("الف", "ب", 5, 0, True)] * 5
    table = margin_table(counted, lexicon())
    assert table == {("plain", 1): [3, 1], ("plain", 5): [5, 0]}
    # 10 ZWNJs elsewhere missed: joining the d=1 cell is worth its one wrong join
    learned = learn_margins(table, (0, 0, 10))
    assert learned["plain"] == 0.5
    assert f1_with(learned, table, (0, 0, 10)) > f1_with(HAND_MARGINS, table, (0, 0, 10))
    # a class whose every space was a space would be best never joined: the margin stays
    spaced = {("listed", -2): [0, 10], ("listed", 3): [4, 0]}
    assert learn_margins(spaced, (0, 0, 0))["listed"] == HAND_MARGINS["listed"]


def test_a_margins_file_is_read_and_one_lacking_a_class_refused(tmp_path: Path) -> None:
    folder = tmp_path / "normalize" / "zwnj"
    folder.mkdir(parents=True)
    margins = {"listed_form": -4.5, "form": -3.5, "listed": -2.5, "plain": 1.5}
    write_margins(folder / "pair_margins.tsv", margins, "a test")
    with resources_at(tmp_path):
        assert pair_margins() == margins
    (folder / "pair_margins.tsv").write_text("plain\t0.5\n", encoding="utf-8")
    with resources_at(tmp_path), pytest.raises(ResourceError):
        pair_margins()
