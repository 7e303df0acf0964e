"""Script-neutral keys for persons the knowledge base does not know.

A linked person's key is a KB id, the same in every script; an unlinked one's is the
folded name as the article spells it, and Persian and Arabic spell foreign names apart
(«فرومن» / «فرومان» Froman, «كاپلو» / «كابيلو» Capello, «سنيوره» / «السنيوره» Siniora).
Across languages such a key could never be shared. Its skeleton (``sk:`` + the name's
consonants, ``resources/stories/name_skeleton.tsv``) can: the letters one script writes
for vowels and the other leaves out are dropped, Persian letters become the Arabic ones
foreign names are written with, and the Arabic article goes. Only pairs of different
languages compare skeletons (``cluster.overlap``): within one language the names
themselves meet, and the skeleton would count them twice.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.resources import load_tsv

SKELETON = "sk:"
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


def skeleton(name: str) -> str:
    """The consonants of a folded name, doubled letters once («كامورانيزي» -> «كمرنز»)."""
    prefixes, letters = _table()
    for prefix in prefixes:
        if name.startswith(prefix) and len(name) - len(prefix) >= MIN_SKELETON:
            name = name[len(prefix):]
            break
    kept = "".join(c for c in name.translate(letters) if c.isalpha())
    return _DOUBLED.sub(r"\1", kept)


@lru_cache(maxsize=65536)
def skeleton_key(key: str) -> str | None:
    """``sk:<skeleton>`` for an unlinked person's key (``per:<folded name>``); None for a
    KB id, another kind of key, or a skeleton too short to tell persons apart. Cached: the
    store rebuilds the keys of each neighbour it loads."""
    if not key.startswith("per:") or key.isascii():
        return None
    found = skeleton(key.removeprefix("per:"))
    return SKELETON + found if len(found) >= MIN_SKELETON else None
