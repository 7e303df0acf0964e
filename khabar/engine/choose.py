"""The engine ``khabar ingest --engine`` names, opened and closed around a batch."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from khabar.batch import Engine, pool_engine
from khabar.engine.local import workers_for
from khabar.settings import Settings


@contextmanager
def choose_engine(name: str, scheduler: str | None, settings: Settings) -> Iterator[Engine]:
    """``local``: a process pool of ``ingest.workers``; ``dask``: a Dask cluster (the one
    at ``scheduler``, else a local one of ``ingest.workers`` processes for the batch)."""
    workers = workers_for(settings["ingest.workers"])
    if name == "dask":
        from khabar.engine.dask import dask_engine

        with dask_engine(scheduler, workers) as engine:
            yield engine
        return
    yield pool_engine(workers)
