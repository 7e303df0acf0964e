"""bench/zwnj_standard.py (session 26, 2026-12-07, zwnj_std, issue 3): each gap of a
sentence is read as the page shows it and aligned to the standard spelling by letters."""

from __future__ import annotations

from pathlib import Path

from bench_modules import bench_module

zs = bench_module("zwnj_standard")
NONE, SPACE, JOINER = zs.NONE, zs.SPACE, zs.JOINER
ZWNJ = "\u200c"
FIXTURE = Path(__file__).parent / "fixtures" / "zwnj_standard_tiny.tsv"


def test_a_zwnj_counts_only_where_the_page_shows_it() -> None:
    letters, marks = zs.gap_marks(f"می{ZWNJ}شود کار{ZWNJ}ها تازه{ZWNJ} است")
    assert letters == "میشودکارهاتازهاست"
    assert marks[2] == JOINER  # می‌شود
    assert marks[8] == NONE  # after "ر" a ZWNJ is nothing
    assert marks[14] == SPACE  # a ZWNJ beside a space is a space


def test_unsure_gaps_and_folded_letters() -> None:
    letters, marks = zs.gap_marks("رقابت?های 22?گانه مي\u00a0شود")
    assert letters == "رقابتهای22گانهمیشود"
    assert marks[5] == zs.UNSURE
    assert marks[10] == zs.UNSURE_SPACING  # after a digit no ZWNJ would show
    assert marks[16] == SPACE  # a no-break space is a space


def test_alignment_skips_only_the_gaps_whose_letters_changed() -> None:
    gold_letters, _ = zs.gap_marks(f"او می{ZWNJ}شود...")
    out = zs.aligned(gold_letters, f"او می{ZWNJ}شود…")
    assert out[:6] == [NONE, NONE, SPACE, NONE, JOINER, NONE]
    assert out[6:] == [NONE, None, None, None]  # "..." typed as "…"


def test_marks_found_again_inside_an_article() -> None:
    _, marks = zs.gap_marks(f"کتاب{ZWNJ}ها")
    found = zs.marks_in(f"سطر اول\nو کتاب{ZWNJ}ها را", "کتابها")
    assert found is not None and found[1:] == marks[1:]
    assert zs.marks_in("هیچ", "کتابها") is None


def test_scores_of_the_tiny_fixture() -> None:
    sentences = zs.read_set(FIXTURE)
    assert [s.source for s in sentences] == ["fars", "hamshahri"]
    assert zs.counts(sentences)["zwnj_in_standard"] == 2
    assert zs.counts(sentences)["unsure_gaps"] == 2
    perfect = {s.raw: zs.typed(s.standard) for s in sentences}
    scores = zs.score_copies(sentences, {"as_written": lambda t: t,
                                         "perfect": lambda t: perfect.get(t, t)})
    assert scores["spaced"]["as_written"]["fn"] == 2
    assert scores["original"]["as_written"]["tp"] == 0  # the no-break space reads as a space
    assert scores["original"]["perfect"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0,
                                             "tp": 2, "fp": 0, "fn": 0}
