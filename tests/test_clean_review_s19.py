"""Review of session 19 (2026-12-06), engineer review_a: the stacked print header
(khabar/clean/header._stacked, 7c9f073) is taken only where running text follows the
short lines; tests/test_clean_header_stack.py passed with that guard removed. Short lines
followed by a short sentence (a list, verse, a one-line note) are no header. Sentences
written for this test."""

from __future__ import annotations

from khabar.clean import clean

PARAGRAPH = (
    "گروه اجتماعی: مدیرکل دفتر سلامت وزارت بهداشت دیروز در نشست خبری گفت که طرح تازه "
    "واکسیناسیون کودکان از هفته آینده در همه استان‌های کشور اجرا می‌شود و خانواده‌ها "
    "می‌توانند به مراکز بهداشت نزدیک خانه خود مراجعه کنند."
)


def test_short_lines_over_a_short_sentence_are_no_stacked_header() -> None:
    raw = f"واکسن رایگان کودکان\nبرای همه استان‌ها\nطرح اجرا شد.\n{PARAGRAPH}\n"
    result = clean(raw)
    assert result.title is None
    assert result.header == []
    assert result.text == raw.rstrip("\n")
