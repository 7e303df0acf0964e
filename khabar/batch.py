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

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from khabar.doc import Doc
from khabar.engine.analyse import Failed
from khabar.engine.local import analyse_in_pool, analyse_in_process
from khabar.engine.recycle import Job, in_shares
from khabar.ingest import IngestFailure, read_inputs
from khabar.pipeline import Pipeline
from khabar.store.base import Added
from khabar.store.records import Analysed


class Sink(Protocol):
    """Where a batch goes: a ``Store``, or Parquet shards (``khabar.export.parquet``)."""

    def has(self, article_id: str) -> bool: ...

    # a Doc; a ``Store`` also takes ``Analysed`` records (``store_results``)
    def add(self, item: Any, *, raw: str | None = None,
            source_path: str | None = None) -> Added: ...

    def log_error(self, path: str, reason: str) -> None: ...

#: An engine analyses docs and yields the results in the same order.
Engine = Callable[[Iterable[Doc], Pipeline], Iterator[Doc | Failed]]


@dataclass
class IngestSummary:
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    shares: list[dict[str, float]] = field(default_factory=list)
    """One entry per fresh process that stored a share (``ingest.recycle_articles``):
    its items, CPU seconds and peak memory."""

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
    recycle: Job | None = None,
) -> IngestSummary:
    """Read, analyse and store every input; returns what happened to each."""
    max_bytes = pipeline.settings["ingest.max_file_bytes"]
    return ingest_items(read_inputs(paths, max_bytes=max_bytes), store, pipeline, on_item,
                        engine, recycle)


def ingest_items(
    items: Iterable[Doc | IngestFailure],
    store: Sink,
    pipeline: Pipeline,
    on_item: Callable[[str], None] | None = None,
    engine: Engine = analyse_in_process,
    recycle: Job | None = None,
) -> IngestSummary:
    """Analyse and store read documents, logging the failures among them, in order.

    With ``recycle`` (how a fresh process does the same, e.g. ``IngestJob``) and the
    setting ``ingest.recycle_articles`` above 0, this process handles the first that many
    items and a fresh process each following share (``khabar.engine.recycle``)."""

    def here(items: Iterable[Doc | IngestFailure], on_item: Callable[[str], None] | None
             ) -> IngestSummary:
        return _ingest_here(items, store, pipeline, on_item, engine)

    share = pipeline.settings["ingest.recycle_articles"] if recycle is not None else 0
    return in_shares(items, share, here, recycle, on_item)


def _ingest_here(
    items: Iterable[Doc | IngestFailure],
    store: Sink,
    pipeline: Pipeline,
    on_item: Callable[[str], None] | None,
    engine: Engine,
) -> IngestSummary:
    summary = IngestSummary()
    waiting: deque[IngestFailure | Doc | None] = deque()  # None: the next analysed doc

    def to_analyse() -> Iterator[Doc]:
        for item in items:
            if isinstance(item, IngestFailure) or store.has(item.id):
                waiting.append(item)
            else:
                waiting.append(None)
                yield item

    writer = _Writer(store, summary, on_item, pipeline.settings["ingest.batch_articles"],
                     pipeline.settings["ingest.batch_seconds"])

    def flush_passed_through() -> None:
        while waiting and waiting[0] is not None:
            writer.put(False, waiting.popleft())

    try:
        for result in engine(to_analyse(), pipeline):
            flush_passed_through()
            waiting.popleft()
            writer.put(True, result)
        flush_passed_through()
    finally:  # what was analysed before a failure is kept
        writer.flush()
    return summary


def store_results(results: Iterable[Doc | Analysed], store: Sink, settings: Mapping[str, Any],
                  on_item: Callable[[str], None] | None = None) -> IngestSummary:
    """Store results analysed elsewhere (``Analysed`` records, e.g. Parquet shards' or a
    benchmark's), in order, grouped into transactions exactly as ``ingest`` groups them."""
    summary = IngestSummary()
    writer = _Writer(store, summary, on_item, settings["ingest.batch_articles"],
                     settings["ingest.batch_seconds"])
    try:
        for result in results:
            writer.put(True, result)
    finally:
        writer.flush()
    return summary


#: The longest a group keeps the store's write lock: far below the 5 s other writers
#: (``khabar serve``'s uploads, another ingest) wait for it, even on a loaded machine.
HOLD_SECONDS = 0.5

#: A result waiting to be stored: (analysed?, the item).
_Pending = tuple[bool, IngestFailure | Doc | Analysed | Failed | None]


class _Writer:
    """Stores results in input order, grouped into transactions (see the module doc)."""

    def __init__(self, store: Sink, summary: IngestSummary,
                 on_item: Callable[[str], None] | None, size: int, seconds: float) -> None:
        self.store, self.summary, self.on_item = store, summary, on_item
        self.group: Callable[[], AbstractContextManager[None]] | None = getattr(
            store, "batch", None)
        self.size = max(1, size) if self.group is not None else 1
        self.seconds = seconds
        self.pending: list[_Pending] = []
        self.since = 0.0

    def put(self, analysed: bool,
            item: IngestFailure | Doc | Analysed | Failed | None) -> None:
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append((analysed, item))
        if len(self.pending) >= self.size or time.monotonic() - self.since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        pending, self.pending = self.pending, []
        while pending:
            taken = self._write_group(pending) if self.group and len(pending) > 1 else 0
            if taken <= 0:  # no group, or it failed and was rolled back: each alone
                taken = -taken or len(pending)
                self._record(_store_one(entry, self.store, self.summary)
                             for entry in pending[:taken])
            pending = pending[taken:]

    def _write_group(self, pending: list[_Pending]) -> int:
        """Writes a prefix of ``pending`` in one transaction, closed after
        ``HOLD_SECONDS`` so that other writers never wait long for the lock. Returns how
        many it stored, or minus how many it tried when it failed (all rolled back)."""
        assert self.group is not None
        grouped, statuses = IngestSummary(), []
        opened = time.monotonic()
        try:
            with self.group():
                for entry in pending:
                    statuses.append(_store_grouped(entry, self.store, grouped))
                    if time.monotonic() - opened >= HOLD_SECONDS:
                        break
        except Exception:
            return -(len(statuses) + 1)
        self.summary.errors += grouped.errors
        self.summary.problems += grouped.problems
        self._record(statuses)
        return len(statuses)

    def _record(self, statuses: Iterable[str]) -> None:
        for status in statuses:
            self.summary.counts[status] += 1
            if self.on_item is not None:
                self.on_item(status)


def _store_one(entry: _Pending, store: Sink, summary: IngestSummary) -> str:
    analysed, item = entry
    if analysed:
        assert isinstance(item, Doc | Analysed | Failed)
        return _store_analysed(item, store, summary)
    assert not isinstance(item, Failed | Analysed)
    return _store_unanalysed(item, store, summary)


def _logged_error(store: Sink, summary: IngestSummary, path: str, reason: str) -> str:
    """The status of an input that failed (unreadable, unanalysable or refused by the store),
    its reason logged in the store and in the summary."""
    store.log_error(path, reason)
    summary.errors.append((path, reason))
    return "error"


def _store_grouped(entry: _Pending, store: Sink, summary: IngestSummary) -> str:
    """``_store_one`` inside a group: a failure to store raises (the group is redone)."""
    analysed, item = entry
    if isinstance(item, IngestFailure | Failed):
        return _logged_error(store, summary, item.path, item.reason)
    assert isinstance(item, Doc | Analysed)
    status = store.add(item, raw=item.raw, source_path=_path(item))
    if analysed:
        summary.problems.extend((_path(item), problem) for problem in _problems(item))
    return status


def _path(item: Doc | Analysed) -> str:
    if isinstance(item, Analysed):
        return item.path or "<input>"
    return str(item.meta.get("path", "<input>"))


def _problems(item: Doc | Analysed) -> list[str]:
    return item.problems if isinstance(item, Doc) else []


def _store_unanalysed(item: IngestFailure | Doc | None, store: Sink,
                      summary: IngestSummary) -> str:
    """An unreadable input (logged as an error) or one already stored (a duplicate)."""
    if isinstance(item, IngestFailure):
        return _logged_error(store, summary, item.path, item.reason)
    assert isinstance(item, Doc)
    return store.add(item, raw=item.raw, source_path=str(item.meta.get("path", "<input>")))


def _store_analysed(result: Doc | Analysed | Failed, store: Sink,
                    summary: IngestSummary) -> str:
    if isinstance(result, Failed):
        return _logged_error(store, summary, result.path, result.reason)
    path = _path(result)
    try:
        status = store.add(result, raw=result.raw, source_path=path)
    except Exception as error:  # a record the store refuses: logged, the batch goes on
        reason = f"could not store: {type(error).__name__}: {error}"
        return _logged_error(store, summary, path, reason)
    summary.problems.extend((path, problem) for problem in _problems(result))
    return status
