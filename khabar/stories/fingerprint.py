"""Text fingerprints: one-permutation MinHash over folded word 3-shingles, for near-duplicates.

Each shingle is hashed once (blake2b, deterministic across processes and machines, never
Python's salted ``hash``); the top bits of the hash pick one of ``NUM_HASHES`` bins and
each bin keeps its smallest value (one-permutation hashing, Li, Owen & Zhang 2012). A bin
no shingle fell into borrows the value of the next filled bin to its right, shifted by the
distance ("rotation" densification, Shrivastava & Li 2014), so two fingerprints still agree
on a share of positions that estimates the Jaccard similarity of the two shingle sets. This
costs one hash per shingle instead of one per shingle and permutation (64×), which made the
fingerprint about 8% of pipeline time.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from operator import eq

from khabar.doc import Doc
from khabar.normalize.fold import fold
from khabar.registry import stage
from khabar.settings import Settings

NUM_HASHES = 64
SHINGLE = 3
_BIN_BITS = 6  # 2**6 == NUM_HASHES bins
_VALUE_BITS = 64 - _BIN_BITS
_VALUE_MASK = (1 << _VALUE_BITS) - 1
_ROTATION_STEP = (1 << _VALUE_BITS) // (NUM_HASHES + 1)
"""Shift per bin of distance for a borrowed value, so a borrowed value never equals one
the bin could have held itself in another text, except by chance."""
_EMPTY = -1
_WORD = re.compile(r"[^\W_][\w\u200c\u200d]*")
"""A word of the folded text (the fold already removed harakat and tatweel)."""


def _hash64(data: str) -> int:
    """A shingle's 64-bit hash (``minhash`` does the same inline, on encoded shingles)."""
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8"), digest_size=8).digest(), "big")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Folded word n-grams of a text (one shingle of fewer words for a short text).
    The whole text is folded once, then split, which is much cheaper than folding each token."""
    tokens = _WORD.findall(fold(text))
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _densify(bins: list[int]) -> list[int]:
    """Fill each empty bin from the next filled bin to its right (circularly)."""
    if _EMPTY not in bins:
        return bins
    filled = [i for i, value in enumerate(bins) if value != _EMPTY]
    out = list(bins)
    for i, value in enumerate(bins):
        if value != _EMPTY:
            continue
        source = next((j for j in filled if j > i), filled[0])
        distance = (source - i) % NUM_HASHES
        out[i] = (bins[source] + distance * _ROTATION_STEP) & _VALUE_MASK
    return out


def encoded_shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """``shingles`` as the UTF-8 bytes ``_hash64`` hashes: each word is encoded once, not
    once in each of the ``size`` shingles it is part of (the same bytes, issue 8)."""
    return set(_encoded_grams(text, size))


def _encoded_grams(text: str, size: int = SHINGLE) -> list[bytes]:
    """``encoded_shingles`` in the text's order, a shingle as often as it occurs."""
    tokens = list(map(str.encode, _WORD.findall(fold(text))))  # UTF-8
    if len(tokens) < size:
        return [b" ".join(tokens)] if tokens else []
    # the k-th words of all shingles are one slice: the shingles are joined by map in C,
    # not one slice each (issue 8)
    shingles = len(tokens) - size + 1
    return list(map(b" ".join, zip(*(tokens[k:k + shingles] for k in range(size)),
                                   strict=True)))


def minhash(text: str) -> list[int]:
    """The MinHash signature of a text; empty for a text without words."""
    # a shingle met again is hashed again rather than dropped through a set first: it
    # leaves each bin's smallest value as it was, and costs less than the set (issue 8)
    grams = _encoded_grams(text)
    if not grams:
        return []
    bins = [_EMPTY] * NUM_HASHES
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    for gram in grams:
        # ``_hash64`` inlined: a call less for each of a text's thousands of shingles
        hashed = from_bytes(blake2b(gram, digest_size=8).digest(), "big")
        slot, value = hashed >> _VALUE_BITS, hashed & _VALUE_MASK
        if bins[slot] == _EMPTY or value < bins[slot]:
            bins[slot] = value
    return _densify(bins)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures (0 when unknown)."""
    if not a or len(a) != len(b):
        return 0.0
    # map(eq) counts in C: the store compares each new article with up to 200 neighbours.
    return sum(map(eq, a, b)) / len(a)


def is_near_duplicate(a: Sequence[int], b: Sequence[int], threshold: float) -> bool:
    """Whether two signatures are copies of one text (setting ``stories.near_duplicate``)."""
    return similarity(a, b) >= threshold


@stage("khabar.stories.fingerprint.v2", requires=("text",), assigns=("fingerprint", "embedding"))
def make_fingerprint(settings: Settings) -> Callable[[Doc], Doc]:
    """A MinHash fingerprint of the text, for near-duplicates and story clustering (and the
    headline-and-lead vector when ``stories.embedding`` is on)."""
    vectors = settings["stories.embedding"]

    def fingerprint(doc: Doc) -> Doc:
        doc.fingerprint = minhash(doc.text)
        if vectors:  # here, in the analysis workers, not in the one process storing
            from khabar.stories import embed

            doc.embedding = embed.embed([embed.lead_text({"title": doc.title,
                                                          "text": doc.text})])[0]
        return doc

    return fingerprint
