"""Batch ingest: inputs through the pipeline into a store, recording every failure.

Policy: a file that cannot be read, a document a stage chokes on, a document over its
time budget (``ingest.max_seconds_per_doc``) or an unexpected error in one document is
logged in the store with its reason; the batch goes on.

Analysis may run elsewhere (``engine``: a local process pool, Dask), but the store is
written here, one transaction per article, in input order: the stored result is the
same whatever the engine, and a batch killed at any moment resumes where it stopped
(articles already stored are recognised by their content id and not analysed again).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from khabar.doc import Doc
from khabar.engine.analyse import Failed
from khabar.engine.local import analyse_in_pool, analyse_in_process
from khabar.ingest import IngestFailure, read_inputs
from khabar.pipeline import Pipeline
from khabar.store.base import Added


class Sink(Protocol):
    """Where a batch goes: a ``Store``, or Parquet shards (``khabar.export.parquet``)."""

    def has(self, article_id: str) -> bool: ...

    def add(self, item: Doc, *, raw: str | None = None,
            source_path: str | None = None) -> Added: ...

    def log_error(self, path: str, reason: str) -> None: ...

#: An engine analyses docs and yields the results in the same order.
Engine = Callable[[Iterable[Doc], Pipeline], Iterator[Doc | Failed]]


@dataclass
class IngestSummary:
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def pool_engine(workers: int) -> Engine:
    """A local process pool of ``workers`` (1: this process)."""
    if workers <= 1:
        return analyse_in_process
    return lambda docs, pipeline: analyse_in_pool(docs, pipeline, workers)


def ingest(
    paths: Iterable[str],
    store: Sink,
    pipeline: Pipeline,
    on_item: Callable[[str], None] | None = None,
    engine: Engine = analyse_in_process,
) -> IngestSummary:
    """Read, analyse and store every input; returns what happened to each."""
    max_bytes = pipeline.settings["ingest.max_file_bytes"]
    return ingest_items(read_inputs(paths, max_bytes=max_bytes), store, pipeline, on_item,
                        engine)


def ingest_items(
    items: Iterable[Doc | IngestFailure],
    store: Sink,
    pipeline: Pipeline,
    on_item: Callable[[str], None] | None = None,
    engine: Engine = analyse_in_process,
) -> IngestSummary:
    """Analyse and store read documents, logging the failures among them, in order."""
    summary = IngestSummary()
    waiting: deque[IngestFailure | Doc | None] = deque()  # None: the next analysed doc

    def to_analyse() -> Iterator[Doc]:
        for item in items:
            if isinstance(item, IngestFailure) or store.has(item.id):
                waiting.append(item)
            else:
                waiting.append(None)
                yield item

    def record(status: str) -> None:
        summary.counts[status] += 1
        if on_item is not None:
            on_item(status)

    def flush_passed_through() -> None:
        while waiting and waiting[0] is not None:
            record(_store_unanalysed(waiting.popleft(), store, summary))

    for result in engine(to_analyse(), pipeline):
        flush_passed_through()
        waiting.popleft()
        record(_store_analysed(result, store, summary))
    flush_passed_through()
    return summary


def _store_unanalysed(item: IngestFailure | Doc | None, store: Sink,
                      summary: IngestSummary) -> str:
    """An unreadable input (logged as an error) or one already stored (a duplicate)."""
    if isinstance(item, IngestFailure):
        store.log_error(item.path, item.reason)
        summary.errors.append((item.path, item.reason))
        return "error"
    assert isinstance(item, Doc)
    return store.add(item, raw=item.raw, source_path=str(item.meta.get("path", "<input>")))


def _store_analysed(result: Doc | Failed, store: Sink, summary: IngestSummary) -> str:
    if isinstance(result, Failed):
        store.log_error(result.path, result.reason)
        summary.errors.append((result.path, result.reason))
        return "error"
    path = str(result.meta.get("path", "<input>"))
    try:
        status = store.add(result, raw=result.raw, source_path=path)
    except Exception as error:  # a record the store refuses: logged, the batch goes on
        reason = f"could not store: {type(error).__name__}: {error}"
        store.log_error(path, reason)
        summary.errors.append((path, reason))
        return "error"
    summary.problems.extend((path, problem) for problem in result.problems)
    return status
