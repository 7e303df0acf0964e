"""The story memos keep what the store still compares, not every article seen (session 14
(2026-12-06), issue 8): a long ingest held the headlines and key sets of tens of thousands
of articles no window reaches any more (``khabar.stories.memo``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from khabar.store.assign import CACHE_SIZE
from khabar.stories.headline_words import title_words
from khabar.stories.memo import MEMO_SIZE
from khabar.stories.names import skeleton_key
from khabar.stories.weights import total_weight

LETTERS = "بتثجحخدذرسشصضطظعغفقكلمنهي"


def _names(count: int) -> Iterator[str]:
    """``count`` distinct words of Arabic letters."""
    for n in range(count):
        word = ""
        while True:
            n, digit = divmod(n, len(LETTERS))
            word += LETTERS[digit]
            if not n:
                break
        yield "ا" + word + "ا"


CALLS: list[tuple[Callable[..., Any], Callable[[str], tuple[Any, ...]]]] = [
    (title_words, lambda name: (f"{name} يلتقي وزير الخارجية",)),
    (skeleton_key, lambda name: (f"per:{name}",)),
    (total_weight, lambda name: (frozenset({f"per:{name}", "event:CONSULT"}),)),
]


@pytest.mark.parametrize(("memo", "arguments"), CALLS)
def test_a_memo_holds_a_window_not_the_whole_run(memo: Any, arguments: Any) -> None:
    memo.cache_clear()
    names = list(_names(MEMO_SIZE + 1000))
    for name in names:
        memo(*arguments(name))
    assert memo.cache_info().currsize <= MEMO_SIZE
    assert MEMO_SIZE >= 2 * CACHE_SIZE  # the store's cached candidates stay memoized
    memo.cache_clear()
