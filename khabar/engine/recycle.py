"""A fresh process for every ``ingest.recycle_articles`` input items (issue 8).

The same fixed work runs 1.2-1.56x slower in a process that has stored tens of thousands
of articles than in a fresh one (``bench/scale_aging.py``): nothing it holds grows, the
state of its heap does, and reopening the store, ``gc`` or ``malloc_trim`` give little
of it back (``bench/store_recycle_session16_results.json``). Servers answer this by
replacing a worker every N requests (gunicorn's ``max_requests``); ``in_shares`` does it
for a batch: the first ``share`` items are handled in this process, each following
``share`` in a new *spawned* process (a clean interpreter: a fork would inherit this
heap), one at a time, in input order. That process runs a ``Job`` (``IngestJob``: open
the store, build the pipeline and engine, ``ingest_items``) on the items this process
reads and sends it, reports each item's status as it is stored and its summary at the
end, and exits.

Nothing changes in what is stored or how a crash is survived: each share's process
commits its groups exactly as one process does, the next starts only after it has
exited, and a killed ingest resumes from the store as before.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from multiprocessing.connection import Connection
from queue import SimpleQueue
from typing import TYPE_CHECKING, Any, Protocol

from khabar.errors import KhabarError

if TYPE_CHECKING:
    from khabar.batch import IngestSummary
    from khabar.pipeline import Pipeline

OnItem = Callable[[str], None] | None
_END = object()


class Job(Protocol):
    """What a fresh process runs on its share of the items (picklable: it is sent)."""

    def __call__(self, items: Iterable[Any], on_item: OnItem) -> IngestSummary: ...


class ShareFailed(KhabarError):
    """A share's process failed or died; what it had stored is kept (run it again)."""


def in_shares(items: Iterable[Any], share: int, here: Job, job: Job | None,
              on_item: OnItem = None) -> IngestSummary:
    """``here`` on the first ``share`` items, then ``job`` in a fresh process on each
    following ``share``; the summaries merged in order. ``share`` 0 or no ``job``: all of
    them ``here``, as before recycling existed."""
    if share <= 0 or job is None:
        return here(items, on_item)
    items = iter(items)
    summary = here(islice(items, share), on_item)
    while (first := next(items, _END)) is not _END:
        _in_fresh_process(job, chain([first], islice(items, share - 1)), summary, on_item)
    return summary


def _in_fresh_process(job: Job, items: Iterator[Any], summary: IngestSummary,
                      on_item: OnItem) -> None:
    """``job`` on ``items`` in a spawned process. Its messages are read by a thread as
    they come, so it never waits on this one (which may be waiting to send it more)."""
    context = multiprocessing.get_context("spawn")
    take_items, give_items = context.Pipe(duplex=False)
    take_news, give_news = context.Pipe(duplex=False)
    process = context.Process(target=serve, args=(take_items, give_news, job),
                              name="khabar-ingest-share")
    process.start()
    take_items.close()
    give_news.close()
    news: SimpleQueue[tuple[Any, ...]] = SimpleQueue()
    reader = threading.Thread(target=_read_news, args=(take_news, news), daemon=True)
    reader.start()
    outcome: list[str | None] = []
    try:
        for item in items:
            give_items.send(item)
            while not outcome and not news.empty():
                _take(news.get(), summary, on_item, outcome)
            if outcome:
                break
        give_items.send(None)
    except OSError:  # it stopped reading: its last message says why
        pass
    finally:
        give_items.close()
    while not outcome:
        _take(news.get(), summary, on_item, outcome)
    reader.join()
    take_news.close()
    process.join()
    _check(outcome[0], process.exitcode)


def _check(failure: str | None, exitcode: int | None) -> None:
    if failure is None and not exitcode:
        return
    why = failure or f"it exited with code {exitcode}"
    raise ShareFailed(f"the process storing a share of the input failed ({why}); what it "
                      "stored is kept: run the same command again to resume")


def _read_news(conn: Connection, news: SimpleQueue[tuple[Any, ...]]) -> None:
    """Every message of a share's process, until its last (or its end of the pipe)."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            news.put(("failed", "it ended without a summary"))
            return
        news.put(message)
        if message[0] != "item":
            return


def summary_size(summary: IngestSummary) -> int:
    return sum(summary.counts.values())


def _take(message: tuple[Any, ...], summary: IngestSummary, on_item: OnItem,
          outcome: list[str | None]) -> None:
    """One message from a share's process: an item's status, its summary, or a failure."""
    kind = message[0]
    if kind == "item":
        if on_item is not None:
            on_item(message[1])
    elif kind == "done":
        _, counts, errors, problems, usage = message
        summary.counts.update(counts)
        summary.errors += errors
        summary.problems += problems
        summary.shares.append(usage)
        outcome.append(None)
    else:
        outcome.append(message[1])


def serve(items: Connection, news: Connection, job: Job) -> None:
    """The share's process: ``job`` on the items received until ``None``."""
    try:
        summary = job(_received(items), lambda status: news.send(("item", str(status))))
    except BaseException as error:
        news.send(("failed", f"{type(error).__name__}: {error}"))
        raise SystemExit(1) from error
    news.send(("done", {str(status): n for status, n in summary.counts.items()},
               summary.errors, summary.problems,
               {"items": summary_size(summary), **own_usage()}))
    news.close()


def own_usage() -> dict[str, float]:
    """This process's CPU seconds and peak memory so far (empty where unknown)."""
    try:
        import resource
    except ImportError:  # not on Windows
        return {}
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024)}


def _received(conn: Connection) -> Iterator[Any]:
    """The items sent, until ``None`` (or until the sender is gone: the items received
    are still stored)."""
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        yield item


@dataclass(frozen=True)
class IngestJob:
    """``ingest_items`` on a share: the store at ``target`` opened with ``settings``, the
    pipeline of ``stages``, the engine ``engine`` (``choose_engine``'s names)."""

    target: str
    settings: dict[str, Any]
    stages: list[str]
    engine: str = "local"
    scheduler: str | None = None

    def __call__(self, items: Iterable[Any], on_item: OnItem) -> IngestSummary:
        from khabar.batch import ingest_items
        from khabar.engine.choose import choose_engine
        from khabar.pipeline import Pipeline
        from khabar.settings import Settings
        from khabar.store import open_store

        settings = Settings(self.settings)
        pipeline = Pipeline(settings, self.stages)
        with open_store(self.target, settings) as store, \
                choose_engine(self.engine, self.scheduler, settings) as engine:
            return ingest_items(items, store, pipeline, on_item, engine)


def store_target(store: object) -> str | None:
    """Where a fresh process opens the same store: a SQLite file's path or a PostgreSQL
    URL; None for an in-memory store or another sink (no recycling then)."""
    from khabar.store.sqlite import SQLiteStore

    if isinstance(store, SQLiteStore):
        return None if store.path in ("", ":memory:") or store.path.startswith("file:") \
            else store.path
    url = getattr(store, "url", None)
    return url if type(store).__name__ == "PostgresStore" and isinstance(url, str) else None


def recycle_job(store: object, pipeline: Pipeline, engine: str = "local",
                scheduler: str | None = None) -> IngestJob | None:
    """How a fresh process ingests a share into ``store`` as this one does (None when it
    cannot reopen it: see ``store_target``)."""
    target = store_target(store)
    if target is None:
        return None
    return IngestJob(target, dict(pipeline.settings), list(pipeline.names), engine, scheduler)
