"""``khabar.process``: one article in, one analysed ``Doc`` out."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from khabar.doc import Doc
from khabar.ingest.decode import decode_bytes
from khabar.pipeline import Pipeline
from khabar.settings import Settings


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline with default settings, built once per process."""
    return Pipeline()


def process(
    content: str | bytes,
    *,
    meta: dict[str, Any] | None = None,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
) -> Doc:
    """Analyse one article given as text or bytes (the encoding is detected)."""
    raw = decode_bytes(content, "<input>") if isinstance(content, bytes) else content
    doc = Doc(raw=raw, meta=dict(meta or {}))
    if pipeline is None:
        pipeline = Pipeline(settings) if settings is not None else default_pipeline()
    return pipeline(doc)
