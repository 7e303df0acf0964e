"""speaker_heads.tsv names each row's language (8e3eac8, session 13 (2026-12-05)); a row
naming none of the languages the rules read is an error of the file, said at load time
(review, session 13: no test held the check)."""

from __future__ import annotations

import pytest

from khabar.events import quote_words


def test_head_rows_refuse_an_unknown_language(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = (("وكالة", "body", "ar"), ("خبرگزاری", "body", "fa,ur"))
    monkeypatch.setattr(quote_words, "load_tsv", lambda name: rows)
    with pytest.raises(ValueError, match="خبرگزاری"):
        quote_words.head_rows()


def test_head_rows_read_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = (("وكالة", "body", "ar"), ("مسؤول", "source", "ar,fa"))
    monkeypatch.setattr(quote_words, "load_tsv", lambda name: rows)
    assert quote_words.head_rows() == [("وكالة", "body", frozenset({"ar"})),
                                       ("مسؤول", "source", frozenset({"ar", "fa"}))]
