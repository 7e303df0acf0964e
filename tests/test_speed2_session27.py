"""Language ID's letter model, made faster without changing a value (issue 8, session 27
(2026-12-07), engineer speed2): a row's cells are parsed once per distinct cell, and the
back-off chain reads each (place, column) pair without rebuilding its list per letter."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar import langid_models as m


class _Rows(dict[str, "m.Row | None"]):
    """A letter table that has its rows parsed already (an n-gram it lacks is None)."""

    def __missing__(self, gram: str) -> None:
        return None


_TABLE = _Rows({"a": (-1.0, None, -2.0), "b": (-3.0, -3.0, None), "ab": (-0.5, None, None),
               "ba": (None, -0.25, -0.75), "aba": (-0.125, -0.5, None),
               "c": (None, None, -4.0)})


def _chain_letter_by_letter(word: str, columns: list[int]) -> list[float]:
    """The chain as written before: each letter's pending places listed anew."""
    sums = [0.0] * len(columns)
    for end in range(1, len(word) + 1):
        pending = list(range(len(columns)))
        penalty = 0.0
        for start in range(max(0, end - m.LETTER_ORDER), end):
            row = _TABLE[word[start:end]]
            if row is not None:
                missing = []
                for at in pending:
                    value = row[columns[at]]
                    if value is None:
                        missing.append(at)
                    else:
                        sums[at] += value + penalty
                pending = missing
                if not pending:
                    break
            penalty += m.BACKOFF
        for at in pending:
            sums[at] += m.UNSEEN_LETTER + penalty
    return sums


def test_cells_are_parsed_once_per_distinct_cell() -> None:
    """Two rows with the same cell share its value (one parse); the values are as the
    cells say: the integer over 100, ``None`` for an empty cell."""
    table = m.LetterModel({"ab": "-50\t\t-125", "bc": "-50\t-7\t"})
    assert table["ab"] == (-0.5, None, -1.25)
    assert table["bc"] == (-0.5, -0.07, None)
    assert table["ab"][0] is table["bc"][0]
    assert table["zz"] is None


@settings(max_examples=200, deadline=None)
@given(word=st.text(alphabet="abcd", max_size=12),
       columns=st.lists(st.integers(0, 2), min_size=1, max_size=3, unique=True))
def test_the_chain_sums_as_before(word: str, columns: list[int]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(m, "letter_model", lambda: _TABLE)
        assert m._chain(word, columns) == _chain_letter_by_letter(word, columns)
