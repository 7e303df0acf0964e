"""The unseen-piece split also spells the stem of a suffixed word (khabar.normalize.zwnj_morph,
no depth guard; session 17 (2026-12-06), engineer fixes, review_a's finding). The names were
made up for the unseen-piece tests (tests/test_zwnj_unseen_s17.py)."""

from __future__ import annotations

import pytest

from khabar.normalize.zwnj_lexicon import lexicon
from khabar.normalize.zwnj_morph import analyse

ZWNJ = "\u200c"


@pytest.mark.parametrize(("word", "expected"), [
    ("طاهرخانیزادهها", f"طاهرخانی{ZWNJ}زاده{ZWNJ}ها"),
    ("طاهرخانیزادهای", f"طاهرخانی{ZWNJ}زاده{ZWNJ}ای"),
])
def test_a_suffixed_unseen_word_is_split_before_its_piece_too(word: str,
                                                               expected: str) -> None:
    assert analyse(word, lexicon()) == expected
