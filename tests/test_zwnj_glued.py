"""The learned split of unseen glued words (``khabar.normalize.zwnj_glued``) and its
training (``khabar.train.zwnj_glued``). Words and texts written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from khabar.errors import ResourceError
from khabar.normalize import zwnj_glued, zwnj_morph
from khabar.normalize.zwnj import clear_caches, repair_text
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.train.zwnj_glued import examples
from khabar.train.zwnj_model import resources_at

ZWNJ = "\u200c"


@pytest.fixture
def without_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The repair where no weights ship: two common words are split, nothing else."""
    monkeypatch.setattr(zwnj_morph, "glued_model", lambda: None)
    clear_caches()
    yield
    monkeypatch.undo()
    clear_caches()


def test_the_model_ships() -> None:
    assert zwnj_glued.glued_model() is not None


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        ("ورزشمحور", f"ورزش{ZWNJ}محور", "two common words, one way to cut them"),
        ("عدالتمحور", f"عدالت{ZWNJ}محور", "the same tail after another common word"),
        ("رحمانیپناه", "رحمانیپناه", "a surname: two rarer words after ی, likelier glued"),
        ("سلطانیمنش", "سلطانیمنش", "a surname: rarer still"),
        ("یکمن", "یکمن", "four letters: two two-letter words cut almost anything"),
    ],
)
def test_the_learned_cut(text: str, expected: str, why: str) -> None:
    clear_caches()
    assert repair_text(text, "fa") == expected, why


@pytest.mark.usefixtures("without_model")
def test_without_the_model_two_common_words_are_split() -> None:
    assert repair_text("کارشناسمحور", "fa") == f"کارشناس{ZWNJ}محور"
    assert repair_text("رحمانیپناه", "fa") == "رحمانیپناه"  # پناه is not common enough


def test_examples_are_the_cuts_of_words_only_the_article_writes() -> None:
    lex = lexicon()
    assert lex.weight.get("ورزشمحور", 0) == 0
    _, labels = examples([f"رویکرد ورزش{ZWNJ}محور"], lex)
    assert list(labels) == [1.0]
    _, labels = examples(["رویکرد ورزشمحور"], lex)
    assert list(labels) == [0.0]
    # a word the corpus writes is no example, nor a می verb
    _, labels = examples(["کتاب میشود"], lex)
    assert len(labels) == 0


def test_examples_follow_the_order_of_the_text() -> None:
    # a set's order changes with the hash seed, and with it the fit's sums in their last
    # bits: the same corpus must give the same rows in the same order in every run
    # (with seven words, a set keeps their order by chance about once in 5,000 runs)
    lex = lexicon()
    words = ["ورزشمحور", "عدالتمحور", "کارشناسمحور", "مردممحور", "فرهنگمحور",
             "امنیتمحور", "پژوهشمحور"]
    matrix, _ = examples([" ".join(words)], lex)
    one_by_one = np.vstack([examples([word], lex)[0] for word in words])
    assert matrix.shape == one_by_one.shape == (len(words), one_by_one.shape[1])
    assert (matrix == one_by_one).all()


def test_a_model_file_without_every_weight_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "normalize" / "zwnj"
    folder.mkdir(parents=True)
    (folder / "glued_model.tsv").write_text("bias\t1.0\nthreshold\t0.0\n", encoding="utf-8")
    with resources_at(tmp_path), pytest.raises(ResourceError):
        zwnj_glued.glued_model()
