"""Sentence splitting: offsets into the text, never empty, quotes and numbers kept whole."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.doc import Doc
from khabar.pipeline import Pipeline
from khabar.text.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


CASES = [
    ("وی گفت: سلام. او رفت.", ["وی گفت: سلام.", "او رفت."], "two Persian sentences"),
    ("آیا آمد؟ بله!", ["آیا آمد؟", "بله!"], "Arabic question mark and exclamation"),
    ("قال: نعم. ثم غادر.", ["قال: نعم.", "ثم غادر."], "two Arabic sentences"),
    ("یہ ٹھیک ہے۔ وہ گیا۔", ["یہ ٹھیک ہے۔", "وہ گیا۔"], "Urdu full stop"),
    ("عنوان بی‌نقطه\nجمله دوم.", ["عنوان بی‌نقطه", "جمله دوم."], "a line is a sentence"),
    ("تورم 1.5 درصد شد.", ["تورم 1.5 درصد شد."], "no split inside a decimal"),
    ("تورم ۲٫۵ درصد و نرخ 12/5 شد.", ["تورم ۲٫۵ درصد و نرخ 12/5 شد."], "Persian decimal, slash"),
    (
        "او گفت: «ما آماده‌ایم. دشمن بداند.» سپس رفت.",
        ["او گفت: «ما آماده‌ایم. دشمن بداند.»", "سپس رفت."],
        "a short «…» quote stays whole; the quote's own end closes the sentence",
    ),
    ("قال «نعم.» ثم غادر.", ["قال «نعم.»", "ثم غادر."], "quote ending a sentence"),
    ("مقام (ج.ا.ا.) گفت.", ["مقام (ج.ا.ا.) گفت."], "Persian initials with dots"),
    ("د. محمد قال ذلك.", ["د. محمد قال ذلك."], "Arabic title abbreviation (Dr.)"),
    ("Dr. Smith met U.S. officials. They left.", ["Dr. Smith met U.S. officials.", "They left."],
     "English abbreviations and initials"),
    ("Gen. Bagheri arrived. He spoke.", ["Gen. Bagheri arrived.", "He spoke."], "listed title"),
    ("see www.irna.ir for more", ["see www.irna.ir for more"], "dots inside a URL"),
    ("تمام شد.وی گفت", ["تمام شد.", "وی گفت"], "Persian sentences glued without a space"),
    ("چرا؟! نمی‌دانم...", ["چرا؟!", "نمی‌دانم..."], "runs of marks end together"),
    ("  سلام.   ", ["سلام."], "spaces are stripped from spans"),
    ("سلام. .", ["سلام. ."], "a punctuation-only piece joins the sentence before"),
    ("", [], "no text, no sentence"),
    ("\n \n", [], "blank lines give no sentence"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), CASES)
def test_split(text: str, expected: list[str], reason: str) -> None:
    assert sentences(text) == expected, reason


def test_long_quote_is_split() -> None:
    """Only short quotes are kept whole: a quoted speech of many sentences is split."""
    speech = " ".join(["این جمله‌ای طولانی در یک نقل قول بسیار طولانی است."] * 8)
    assert len(sentences(f"او گفت: «{speech}»")) == 8


TEXT = st.lists(
    st.sampled_from([*"اب cd12.؟!«»()\n\u200c ", "شد.", "1.5", "U.S."]), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_spans_are_ordered_stripped_and_nonempty(text: str) -> None:
    previous_end = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        assert "\n" not in piece
        previous_end = end


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_spans_cover_every_word(text: str) -> None:
    """Nothing but spaces falls between sentences."""
    covered = set()
    for start, end in split_sentences(text):
        covered.update(range(start, end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_stage_assigns_sentences() -> None:
    stages = ["khabar.clean.lines.v1", "khabar.text.sentences.v1"]
    doc = Pipeline(stages=stages)(Doc(raw="یک. دو.\n\nسه"))
    assert [doc.text[s:e] for s, e in doc.sentences] == ["یک.", "دو.", "سه"]
