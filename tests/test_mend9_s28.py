"""Session 28 (2026-12-07), engineer mend9: names shared across modules are public where
they belong."""

from __future__ import annotations

from khabar.entities import persian_acronyms, persian_named_after
from khabar.entities.persian_described_bodies import described_heads, described_table, in_chain
from khabar.entities.words import Word, fold_word


def _word(text: str) -> Word:
    return Word(0, len(text), text, fold_word(text))


def test_described_bodies_share_public_names() -> None:
    assert "سازمان" in described_heads()
    assert described_heads() == described_table()["head"]
    assert in_chain(_word("ثبت"))
    assert not in_chain(_word("سازمان"))
    for module in (persian_acronyms, persian_named_after):
        assert module.in_chain is in_chain
        assert module.described_heads is described_heads

