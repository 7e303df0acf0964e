"""Analysis in this process, or in a local pool of processes, results in input order.

The pool is bounded: at most ``AHEAD`` documents per worker are in flight, so streaming
a large corpus keeps memory flat. Workers are forked where the platform allows it, so
they inherit the already-built pipeline instead of loading every resource again.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from khabar.doc import Doc
from khabar.engine.analyse import Failed, analyse
from khabar.pipeline import Pipeline

AHEAD = 8
#: The collector's thresholds once a process has settled (``gc.set_threshold``): ten
#: times Python's (700, 10, 10) for the youngest generation, so its passes, and the full
#: passes they lead to, run a tenth as often over what the documents allocate.
SETTLED_THRESHOLD = (7000, 10, 10)
R = TypeVar("R")
_pipeline: Pipeline | None = None  # each worker's, set by _start
_settled = False  # whether this process has frozen what its first document loaded


def workers_for(setting: int) -> int:
    """The number of processes a setting of ``ingest.workers`` means (0: one per core)."""
    return setting if setting > 0 else (os.cpu_count() or 1)


def settle_resources() -> None:
    """Freeze what this process holds after its first document, once.

    The first document loads the models, gazetteers and place tables, which live as long
    as the process; frozen (``gc.freeze``), the collector stops walking their millions
    of objects on every full pass, which took 1-1.6 s of CPU per 200 articles.
    Later garbage is still collected, at ``SETTLED_THRESHOLD``: with the resources
    frozen, Python's defaults set off a full pass every few documents (about 1 s of CPU
    per 400 articles, session 19).
    """
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()
        gc.set_threshold(*SETTLED_THRESHOLD)


def settling(function: Callable[[Doc], R], doc: Doc) -> R:
    """``function(doc)``, then ``settle_resources``. A process's first document runs with
    the collector off: it loads the models and tables, and the full passes their loading
    set off (six per process) walked them all and found nothing to free, 0.15-0.25 s of
    CPU; ``settle_resources`` collects right after it."""
    if _settled:
        return function(doc)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return function(doc)
    finally:
        if enabled:
            gc.enable()
        settle_resources()


def analyse_settling(doc: Doc, pipeline: Pipeline) -> Doc | Failed:
    """``analyse`` (see ``settling``)."""
    return settling(lambda d: analyse(d, pipeline), doc)


def analyse_in_process(docs: Iterable[Doc], pipeline: Pipeline) -> Iterator[Doc | Failed]:
    for doc in docs:
        yield analyse_settling(doc, pipeline)


def _start(values: dict[str, object], stages: list[str]) -> None:
    """A forked worker already holds the parent's pipeline; a spawned one builds it."""
    global _pipeline
    if _pipeline is None:
        _pipeline = build_pipeline(values, stages)


def build_pipeline(values: dict[str, object], stages: list[str]) -> Pipeline:
    from khabar.settings import Settings

    return Pipeline(Settings(values), stages)


def _work(doc: Doc) -> Doc | Failed:
    assert _pipeline is not None, "the worker was started without a pipeline"
    return analyse_settling(doc, _pipeline)


def analyse_in_pool(docs: Iterable[Doc], pipeline: Pipeline,
                    workers: int) -> Iterator[Doc | Failed]:
    """Like ``analyse_in_process``, over ``workers`` processes; same results, same order."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    global _pipeline
    _pipeline = pipeline  # what forked workers inherit (the pipeline itself cannot pickle)
    initargs = (dict(pipeline.settings), pipeline.names)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start,
                             initargs=initargs) as pool:
        pending: deque[tuple[Doc, Future[Doc | Failed]]] = deque()
        for doc in docs:
            pending.append((doc, pool.submit(_work, doc)))
            if len(pending) >= AHEAD * workers:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())


def _result(doc: Doc, future: Future[Doc | Failed]) -> Doc | Failed:
    try:
        return future.result()
    except Exception as error:  # a worker died (e.g. killed for memory): record, go on
        path = str(doc.meta.get("path", "<input>"))
        return Failed(path, f"the worker analysing it failed: {type(error).__name__}: {error}")
