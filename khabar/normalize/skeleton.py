"""The consonant skeleton of a folded name, the same in Persian and Arabic script for the
foreign names the two spell apart («فرومن» / «فرومان», «كاپلو» / «كابيلو»): the letters one
script writes for vowels and the other leaves out are dropped, Persian letters become the
Arabic ones foreign names are written with, and the Arabic article goes
(``resources/stories/name_skeleton.tsv``). Story keys (``khabar.stories.names``) and KB
linking of spelling variants (``khabar.kb.variants``) both read it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.resources import load_tsv

MIN_SKELETON = 3
"""Fewer consonants than this say too little about which person it is."""
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, ...], dict[int, str | None]]:
    """(prefixes, a str.translate table of mapped and dropped letters)."""
    prefixes: list[str] = []
    letters: dict[int, str | None] = {}
    for kind, text, replacement in load_tsv("stories/name_skeleton.tsv"):
        if kind == "prefix":
            prefixes.append(text)
        else:
            letters[ord(text)] = None if kind == "drop" else replacement
    return tuple(sorted(prefixes, key=len, reverse=True)), letters


@lru_cache(maxsize=1)
def letter_map() -> dict[int, str]:
    """The table's Persian letters as Arabic writes foreign names with them (a
    str.translate table; nothing dropped)."""
    return {code: to for code, to in _table()[1].items() if to is not None}


def skeleton(name: str) -> str:
    """The consonants of a folded name, doubled letters once («كامورانيزي» -> «كمرنز»)."""
    prefixes, letters = _table()
    for prefix in prefixes:
        if name.startswith(prefix) and len(name) - len(prefix) >= MIN_SKELETON:
            name = name[len(prefix):]
            break
    kept = "".join(c for c in name.translate(letters) if c.isalpha())
    return _DOUBLED.sub(r"\1", kept)
