"""The fold: one canonical form of Arabic-script text for search and matching.

Folding merges spelling variants that readers treat as the same word: ي/ی, ك/ک, hamza
carriers, teh marbuta, harakat, tatweel, ZWNJ and Persian/Arabic-Indic/Latin digits,
and lower-cases Latin. It is lossy on purpose and never shown to users; the table
is data (``resources/normalize/fold.tsv``). The same fold runs at index and query time.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.offsets import OffsetMap, translate_chars
from khabar.resources import load_tsv


def _char(cell: str) -> str:
    return "".join(chr(int(part[2:], 16)) if part.startswith("U+") else part
                   for part in cell.split()) if cell else ""


@lru_cache(maxsize=1)
def fold_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in load_tsv("normalize/fold.tsv"):
        table[_char(row[0])] = _char(row[1]) if len(row) > 1 else ""
    return table


@lru_cache(maxsize=1)
def _translation() -> dict[int, str]:
    return {ord(source): target for source, target in fold_table().items()}


def fold(text: str) -> str:
    """Fold text for matching; idempotent."""
    return text.translate(_translation()).lower()


def fold_with_map(text: str) -> tuple[str, OffsetMap]:
    """Fold text and keep the map back to the original, e.g. for highlighting hits."""
    folded, offsets = translate_chars(text, fold_table())
    return folded.lower(), offsets
