"""Letter-by-letter romanization of folded names, for stable ids of persons not in the KB.

Persian and Arabic spellings that fold alike get the same id ("باقری", "باقري" ->
"baqiri"); the table is data (``resources/kb/romanize.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.normalize.fold import fold
from khabar.resources import load_tsv

_NOT_SLUG = re.compile(r"[^a-z0-9']+")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    return {ord(row[0]): (row[1] if len(row) > 1 else "") for row in load_tsv("kb/romanize.tsv")}


def romanize(name: str) -> str:
    """A lower-case Latin slug of a name in any script ("سيد عاصم منير" -> "syd-'asm-mnir")."""
    latin = fold(name).translate(_table())
    return _NOT_SLUG.sub("-", latin).strip("-")


def person_id(name: str) -> str:
    """A stable id for a person outside the KB, from the romanized full name."""
    return f"per:~{romanize(name)}"
