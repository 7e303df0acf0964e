"""Text fingerprints: MinHash over folded word 3-shingles, for near-duplicate detection.

The hashes are deterministic across processes and machines (blake2b and a fixed family
of affine maps, never Python's salted ``hash``), so fingerprints can be stored and
compared later. Two fingerprints agree on a share of positions that estimates the
Jaccard similarity of the two texts' shingle sets.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from functools import lru_cache

from khabar.doc import Doc
from khabar.normalize.fold import fold
from khabar.registry import stage
from khabar.settings import Settings
from khabar.text.tokens import tokenize

NUM_HASHES = 64
SHINGLE = 3
_PRIME = (1 << 61) - 1


def _hash64(data: str) -> int:
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8"), digest_size=8).digest(), "big")


@lru_cache(maxsize=1)
def _coefficients() -> tuple[tuple[int, int], ...]:
    """A fixed family of affine maps (a, b), derived from their index."""
    return tuple(
        (_hash64(f"khabar-minhash-a-{i}") % (_PRIME - 1) + 1, _hash64(f"khabar-minhash-b-{i}")
         % _PRIME)
        for i in range(NUM_HASHES)
    )


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Folded word n-grams of a text (one shingle of fewer words for a short text)."""
    tokens = [fold(t.text) for t in tokenize(text) if t.text[0].isalnum()]
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def minhash(text: str) -> list[int]:
    """The MinHash signature of a text; empty for a text without words."""
    hashed = [_hash64(s) for s in shingles(text)]
    if not hashed:
        return []
    return [min((a * h + b) % _PRIME for h in hashed) for a, b in _coefficients()]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures (0 when unknown)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def is_near_duplicate(a: Sequence[int], b: Sequence[int], threshold: float) -> bool:
    """Whether two signatures are copies of one text (setting ``stories.near_duplicate``)."""
    return similarity(a, b) >= threshold


@stage("khabar.stories.fingerprint.v1", requires=("text",), assigns=("fingerprint",))
def make_fingerprint(settings: Settings) -> Callable[[Doc], Doc]:
    """A MinHash fingerprint of the text, for near-duplicates and story clustering."""

    def fingerprint(doc: Doc) -> Doc:
        doc.fingerprint = minhash(doc.text)
        return doc

    return fingerprint
