"""The phrases a name may begin with that are no part of it: titles and honorifics
(``link.strip_titles``), the markers of a former holder (``former.strip_markers``)."""

from __future__ import annotations

from typing import Any

from khabar.entities.gazetteer import PhraseIndex, words


def strip_leading(name: str, index: PhraseIndex[Any]) -> str:
    """The name without the phrases of ``index`` it begins with, one after another; its
    last word always stays ("سيد عاصم منير" -> "عاصم منير" with the titles)."""
    tokens = words(name)
    i = 0
    while i < len(tokens) - 1:
        match = index.match_at(name, tokens, i)
        if match is None or match.last + 1 >= len(tokens):
            break
        i = match.last + 1
    return name[tokens[i].start:] if tokens else name
