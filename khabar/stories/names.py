"""Script-neutral keys for persons the knowledge base does not know.

A linked person's key is a KB id, the same in every script; an unlinked one's is the
folded name as the article spells it, and Persian and Arabic spell foreign names apart
(«فرومن» / «فرومان» Froman, «كاپلو» / «كابيلو» Capello, «سنيوره» / «السنيوره» Siniora).
Across languages such a key could never be shared. Its skeleton (``sk:`` + the name's
consonants, ``khabar.normalize.skeleton``) can. Only pairs of different
languages compare skeletons (``cluster.overlap``): within one language the names
themselves meet, and the skeleton would count them twice.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.normalize.skeleton import MIN_SKELETON, skeleton
from khabar.stories.memo import MEMO_SIZE

SKELETON = "sk:"


@lru_cache(maxsize=MEMO_SIZE)
def skeleton_key(key: str) -> str | None:
    """``sk:<skeleton>`` for an unlinked person's key (``per:<folded name>``); None for a
    KB id, another kind of key, or a skeleton too short to tell persons apart. Cached: the
    store rebuilds the keys of each neighbour it loads."""
    if not key.startswith("per:") or key.isascii():
        return None
    found = skeleton(key.removeprefix("per:"))
    return SKELETON + found if len(found) >= MIN_SKELETON else None
