"""Batch ingest: inputs through the pipeline into a store, recording every failure.

Policy: a file that cannot be read, a document a stage chokes on, or an unexpected
error in one document is logged in the store with its reason; the batch goes on.
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from khabar.doc import Doc
from khabar.ingest import IngestFailure, read_inputs
from khabar.pipeline import Pipeline
from khabar.store.base import Store


@dataclass
class IngestSummary:
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def ingest(
    paths: Iterable[str],
    store: Store,
    pipeline: Pipeline,
    on_item: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Read, analyse and store every input; returns what happened to each."""
    summary = IngestSummary()
    max_bytes = pipeline.settings["ingest.max_file_bytes"]
    for item in read_inputs(paths, max_bytes=max_bytes):
        status = _ingest_one(item, store, pipeline, summary)
        summary.counts[status] += 1
        if on_item is not None:
            on_item(status)
    return summary


def _ingest_one(item: Doc | IngestFailure, store: Store, pipeline: Pipeline,
                summary: IngestSummary) -> str:
    if isinstance(item, IngestFailure):
        store.log_error(item.path, item.reason)
        summary.errors.append((item.path, item.reason))
        return "error"
    path = str(item.meta.get("path", "<input>"))
    if store.has(item.id):
        return store.add(item, raw=item.raw, source_path=path)
    try:
        doc = pipeline(item)
        status = store.add(doc, raw=doc.raw, source_path=path)
    except Exception as error:
        reason = f"internal error: {type(error).__name__}: {error}"
        store.log_error(path, reason + "\n" + traceback.format_exc(limit=3))
        summary.errors.append((path, reason))
        return "error"
    summary.problems.extend((path, problem) for problem in doc.problems)
    return status
