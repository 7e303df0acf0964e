"""Speed shortcuts of session 13 (2026-12-05), issue 8: each gives what the plain loop it
replaced gives. The plain loops are written out here as the reference."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.entities.gazetteer import Word, words
from khabar.entities.persian_rules import (
    _key,
    _longest_name,
    _outlet_names,
    _outlet_prefixes,
    name_runs,
)
from khabar.entities.persian_tidy import is_word
from khabar.meta.outlets import outlets

# -- listed names: only words whose key starts a name are looked at ----------------------


def runs_word_by_word(text: str, tokens: Sequence[Word], limit: int, names: set[str],
                      prefixes: frozenset[str]) -> list[tuple[int, int]]:
    """``name_runs`` as it was: a loop over every token."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        word, single = tokens[i], tokens[i].text
        key = (word.folded if len(single) > 1 or single.isalnum()
               else _key(text, tokens, i, i + 1))
        if not (is_word(word) and key in prefixes):
            i += 1
            continue
        end = _longest_name(text, tokens, i, limit, names, prefixes)
        if end is None:
            i += 1
        else:
            found.append((i, end))
            i = end
    return found


OUTLETS = sorted(name for outlet in outlets().by_id.values() for name in outlet.names
                 if not name.isascii())[:60]
"""Outlet names as written (several words, some with a ZWNJ)."""
PIECES = ["خبرگزاری", "ایرنا", "فارس", "تسنیم", "ـ", "-", "،", "«", "»", ".", "\u200c", "و",
          "گفت", "به", "گزارش", "5", "a", "ی", "ها"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + OUTLETS), max_size=25),
       st.lists(st.sampled_from(["", " "]), min_size=25, max_size=25))
def test_name_runs_find_what_the_word_by_word_loop_finds(pieces: list[str],
                                                         gaps: list[str]) -> None:
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    tokens = words(text)
    names, prefixes = set(_outlet_names()), _outlet_prefixes()
    for limit in (1, 3, 6):
        assert name_runs(text, tokens, limit, names, prefixes) == \
            runs_word_by_word(text, tokens, limit, names, prefixes)
