"""Session 27, engineer speed1 (issue 8): the same answers from less work."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from khabar.clean.patterns import key_of
from khabar.normalize.fold import fold_table


def _eager_key(text: str) -> tuple[str, tuple[int, ...]]:
    """A line's key as it was read before the letters came from ``str.translate``: every
    character's folded letters, each with the character's index."""
    table = fold_table()
    letters, where = "", []
    for index, ch in enumerate(text):
        kept = "".join(c for c in table.get(ch, ch).lower() if c.isalpha())
        letters += kept
        where += [index] * len(kept)
    return letters, tuple(where)


def test_a_key_lists_its_letters_places_only_when_asked() -> None:
    # most keys are compared by their letters alone (a line with the phrase list)
    key = key_of("انتهای پیام/ 271")
    assert key.letters == "انتهايپيام"
    assert key._where is None
    assert key.where == (0, 1, 2, 3, 4, 5, 7, 8, 9, 10)
    assert key._where == key.where


_LINE_CHARACTERS = st.sampled_from(
    "انتهایپیامكيةؤإأآ ‌‍ـًٌٍَُِّْ۱۲٣4Ab-:/()ﻻﷲ\u00a0İßé")


@given(st.text(_LINE_CHARACTERS, max_size=40))
def test_a_key_is_what_reading_every_character_gives(text: str) -> None:
    key = key_of(text)
    assert (key.letters, key.where) == _eager_key(text)

