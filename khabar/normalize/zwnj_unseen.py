"""An unseen glued word that ends in a piece the corpus joins in words it has never seen
("طبیبزاده" -> "طبیب‌زاده", "منتجبنیا" -> "منتجب‌نیا", "سهرابمحله" -> "سهراب‌محله"), for
ZWNJ repair (``khabar.normalize.zwnj_morph``): the last reading, where no suffix, verb,
ending, piece after a known word or learned cut explains the word.

Surnames and place names are made of a rare first part and a piece; the first part is too
rare to count as a word, so the readings that need two known words leave them glued.
``unseen_pieces.tsv`` (written by ``khabar train zwnj``, ``khabar.train.zwnj_unseen``)
says, for each piece, how often the training text joins and glues the words it ends that
the rest of the text never wrote. A piece joined in at least ``MIN_JOINED`` such
occurrences and at least ``MIN_RATE`` of them splits an unseen word that ends in it, after
a first part of ``MIN_HEAD`` letters or more ending in a letter that joins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from khabar.errors import ResourceError
from khabar.normalize.zwnj_lexicon import NON_JOINING, ZWNJ, Lexicon
from khabar.resources import load_tsv

RATES_FILE = "normalize/zwnj/unseen_pieces.tsv"
#: A piece splits unseen words where the training text joined at least this many
#: occurrences of unseen words ending in it ...
MIN_JOINED = 4
#: ... and at least this share of them (inner dev splits of ``bench/zwnj_dev.py``,
#: session 17 (2026-12-06): SOURCE.md).
MIN_RATE = 0.8
#: The shortest first part a piece is cut from ("نیا" is not cut from "دنیا").
MIN_HEAD = 3


@cache
def joined_pieces() -> frozenset[str]:
    """The pieces that split an unseen word (none where no table ships)."""
    try:
        return joinable(load_tsv(RATES_FILE))
    except ResourceError:
        return frozenset()


def joinable(rows: Iterable[Sequence[str]]) -> frozenset[str]:
    """The pieces of ``(piece, joined, glued)`` rows that pass both bars."""
    return frozenset(
        row[0] for row in rows
        if len(row) >= 3 and int(row[1]) >= MIN_JOINED
        and int(row[1]) >= MIN_RATE * (int(row[1]) + int(row[2]))
    )


def unseen_piece_split(word: str, lex: Lexicon) -> str | None:
    """The word with a ZWNJ before the longest joined piece it ends in, or None."""
    pieces = joined_pieces()
    for cut in range(MIN_HEAD, len(word) - 1):
        tail = word[cut:]
        if tail in pieces and word[cut - 1] not in NON_JOINING:
            head = word[:cut]
            return lex.rewrite.get(head, head) + ZWNJ + tail
    return None
