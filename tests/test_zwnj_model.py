"""The learned decision for spaces between two words the corpus never wrote
(``khabar.normalize.zwnj_model``) and its training (``khabar.train.zwnj_model``).
Words and texts written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from khabar.errors import ResourceError
from khabar.normalize import zwnj_model, zwnj_pairs
from khabar.normalize.zwnj import clear_caches, repair_text
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.normalize.zwnj_model import decides, pair_model
from khabar.normalize.zwnj_pairs import decided_joins, join_pair, rule_joins_pair
from khabar.train.zwnj_model import _own_counts, best_threshold, examples, fit, resources_at

ZWNJ = "\u200c"


@pytest.fixture
def without_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The repair as it is where no weights ship: the rule decides every pair."""
    monkeypatch.setattr(zwnj_pairs, "pair_model", lambda: None)
    clear_caches()
    yield
    monkeypatch.undo()
    clear_caches()


def test_the_model_ships() -> None:
    assert pair_model() is not None


@pytest.mark.parametrize(
    ("left", "right", "decided", "why"),
    [
        ("زرتاک", "ها", True, "an unknown stem before a suffix: never written, a cue of form"),
        ("استارتاپ", "ها", True, "the same with a loanword"),
        ("می", "شود", False, "written both ways in the corpus: its counts decide, by the rule"),
        ("بیش", "از", False, "spaced by the corpus: counts"),
        ("کتاب", "خوب", False, "no cue of form: nothing for the model to weigh"),
        ("می", "12", False, "a digit: no ZWNJ stands beside one"),
    ],
)
def test_which_pairs_the_model_decides(left: str, right: str, decided: bool, why: str) -> None:
    assert decides((left, right), lexicon()) is decided, why


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        ("زرتاک ها", f"زرتاک{ZWNJ}ها", "Fars joins a plural to a stem it never wrote"),
        ("استارتاپ ها", f"استارتاپ{ZWNJ}ها", "the same after a loanword"),
    ],
)
def test_unknown_stems_take_the_plural(text: str, expected: str, why: str) -> None:
    clear_caches()
    assert repair_text(text, "fa") == expected, why


@pytest.mark.usefixtures("without_model")
def test_the_rule_alone_leaves_unknown_stems() -> None:
    """What the model changes: the rule joins a suffix only after a known word."""
    assert repair_text("زرتاک ها", "fa") == "زرتاک ها"


def test_counted_pairs_keep_the_rule() -> None:
    lex = lexicon()
    for pair in [("می", "شود"), ("بیش", "از"), ("کتاب", "ها")]:
        assert lex.pairs.get(pair), pair
        assert join_pair(*pair, lex) is rule_joins_pair(*pair, lex), pair


def test_the_habit_is_read_from_the_rule() -> None:
    """``decided_joins`` gives the joins and, apart, the rule's: a writer's habit (which
    keeps its glued words) is read from the second, so the deleted copy's repair is the
    rule's whatever the model joins."""
    clear_caches()
    joined, by_rule = decided_joins({("زرتاک", "ها"), ("می", "شود")}, lexicon())
    assert joined == {("زرتاک", "ها"), ("می", "شود")}
    assert by_rule == {("می", "شود")}


def test_an_articles_own_counts() -> None:
    forms, letters, runs = _own_counts(f"کتاب{ZWNJ}ها و کتاب ها\nکتابها")
    assert forms[f"کتاب{ZWNJ}ها"] == 1 and forms["کتابها"] == 1
    assert letters["کتابها"] == 2  # both spellings of the same letters
    assert runs["کتاب ها"] == 1 and runs[f"کتاب{ZWNJ}ها و"] == 1


def test_examples_are_labelled_by_the_original() -> None:
    lex = lexicon()
    joined, labels, _ = examples([f"زرتاک{ZWNJ}ها را دیدم"], lex)
    assert len(labels) == 1 and labels[0] == 1.0
    spaced, labels, _ = examples(["زرتاک ها را دیدم"], lex)
    assert len(labels) == 1 and labels[0] == 0.0
    # the features see the damaged copy; only the article's own sightings, left out of
    # the word weights, differ ("ها" is a word of its own only in the second)
    right = zwnj_model.FEATURES.index("log_right")
    assert np.array_equal(np.delete(joined, right, 1), np.delete(spaced, right, 1))


def test_every_sighting_is_an_example() -> None:
    """Each space is an example (the bench scores every gap), and a pair with no counts
    leaves nothing for the rule to score."""
    lex = lexicon()
    assert not lex.pairs.get(("زرتاک", "ها"))
    _, labels, rest = examples(["زرتاک ها و زرتاک ها"], lex)
    assert len(labels) == 2
    assert rest[0] == rest[1] == 0  # no counted pair: the rule scored nothing


def test_fit_and_threshold_separate_a_simple_set() -> None:
    matrix = np.array([[1.0, 0.0], [1.0, 0.0], [1.0, 1.0], [1.0, 1.0], [1.0, 1.0]])
    labels = np.array([0.0, 0.0, 1.0, 1.0, 0.0])
    weights = fit(matrix, labels)
    assert weights[1] > 0
    scores = matrix @ weights
    threshold = best_threshold(scores, labels, (0, 0, 0))
    assert list(scores > threshold) == [False, False, True, True, True]


def test_a_model_file_without_every_weight_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "normalize" / "zwnj"
    folder.mkdir(parents=True)
    (folder / "pair_model.tsv").write_text("bias\t1.0\nthreshold\t0.0\n", encoding="utf-8")
    with resources_at(tmp_path), pytest.raises(ResourceError):
        zwnj_model.pair_model()


def test_the_models_joins_do_not_change_the_habit() -> None:
    """Two plurals the model joins and the rule would not (so they are no sign of a writer
    who types joiners apart) beside one glued word: the glued word is still repaired."""
    clear_caches()
    text = "زرتاک ها و استارتاپ ها و همکاریهای"
    assert repair_text(text, "fa") == (
        f"زرتاک{ZWNJ}ها و استارتاپ{ZWNJ}ها و همکاری{ZWNJ}های"
    )


def test_an_articles_own_sighting_is_left_out() -> None:
    """A pair the corpus wrote once, joined, is unseen to the article that wrote it: an
    example for the model, not a counted pair for the rule (what a new text would see)."""
    lex = lexicon()
    assert lex.pairs[("انجمن", "ها")] == (1, 0)
    _, labels, rest = examples([f"انجمن{ZWNJ}ها"], lex)
    assert list(labels) == [1.0]
    assert rest == (0, 0, 0)


def test_a_pair_that_overlaps_itself_is_read_off_its_words() -> None:
    """"های ها" overlaps "های های": every neighbouring pair is joined in one repair, so a
    second changes nothing (Hypothesis found "های های ها" joined once more the second time,
    once the model joined the word the first join made with the last)."""
    clear_caches()
    once = repair_text("های های ها", "fa")
    assert once == f"های{ZWNJ}های{ZWNJ}ها"
    assert repair_text(once, "fa") == once


def test_a_habit_read_again_after_the_repair_is_the_same() -> None:
    """A glued word kept for its writer's habit stays kept the second time: a suffix the
    first repair joined beside another ZWNJ ("همکاری‌های‌ها") still counts as joined
    (Hypothesis found "میشود" repaired only by the second repair)."""
    clear_caches()
    once = repair_text(f"میشود همکاری{ZWNJ}های ها", "fa")
    assert once == f"میشود همکاری{ZWNJ}های{ZWNJ}ها"
    assert repair_text(once, "fa") == once


@pytest.mark.parametrize("text", ["در اوایل ماه می سال 2009", "انتخابات ماه می آینده",
                                  "نمی از آن"])
def test_the_prefix_before_a_common_word_that_is_no_verb_stays_apart(text: str) -> None:
    """«می» is also the month of May: before a word the corpus weighs as common and no verb
    the model does not join it (the review found «ماه می سال 2009» made «می‌سال» and the
    date lost); a verb after it still joins."""
    clear_caches()
    assert repair_text(text, "fa") == text
    assert repair_text("این پروژه می تواند", "fa") == f"این پروژه می{ZWNJ}تواند"


def test_a_common_word_written_with_a_zwnj_is_as_common() -> None:
    """Hypothesis found «می اسلامآباد» repaired to «می اسلام‌آباد», then by a second repair
    to «می‌اسلام‌آباد»: the word's weight was looked up with its ZWNJ, which no key of
    ``Lexicon.weight`` holds, so the common word became unseen and the model joined it."""
    clear_caches()
    once = repair_text("می اسلامآباد", "fa")
    assert once == f"می اسلام{ZWNJ}آباد"
    assert repair_text(once, "fa") == once
    assert not decides(("می", f"اسلام{ZWNJ}آباد"), lexicon())
