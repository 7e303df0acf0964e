"""Organisation names that tell no one body without their owner (session 25 (2026-12-07)).

«کتابخانه مرکزی» (a central library), «دانشگاه علوم پزشکی», «مرکز بهداشت», «اداره
آگاهی»: the Persian press mostly writes these with an owner after them («کتابخانه مرکزی
دانشگاه ...», «مرکز بهداشت استان ...»), as every university, city and province has one.
Read alone, with no KB id, two reports that name one do not name one body, and as a story
key it chained a Hamshahri serial of university profiles into one story
(bench/data/story-pairs-fa25.tsv). The names are listed in
``resources/stories/owned_org_names_fa.txt``, built from the corpus by
``khabar.train.owned_org_names_fa``: phrases opening with a body's head that an owner
follows in at least a third of their mentions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from khabar.normalize.fold import fold
from khabar.resources import load_lines

WORD = re.compile(r"[^\W\d_][\w\u200c]*")
"""A word of a name, as ``khabar.train.owned_org_names_fa`` counts it too."""


@lru_cache(maxsize=1)
def owned_names() -> frozenset[str]:
    """The folded names of ``resources/stories/owned_org_names_fa.txt``."""
    return frozenset(load_lines("stories/owned_org_names_fa.txt"))


def unlinked_org(entity: Mapping[str, Any]) -> bool:
    """Whether a mention is an organisation with a name and no KB id: its key is its
    spelling, which may tell no one body (``needs_owner``, ``counted_names``)."""
    return entity.get("type") == "ORG" and not entity.get("kb_id") and bool(entity.get("text"))


def needs_owner(entity: Mapping[str, Any]) -> bool:
    """Whether a mention is an unlinked organisation whose whole name is a listed one:
    no story key (``cluster.record_keys``). A name with more words («کتابخانه مرکزی
    دانشگاه تهران») or a KB id keeps its key."""
    return unlinked_org(entity) and " ".join(WORD.findall(fold(entity["text"]))) in owned_names()
