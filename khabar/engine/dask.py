"""The Dask engine (the ``dask`` extra): partitions of the input analysed on a cluster.

    khabar ingest corpus/ --engine dask --scheduler tcp://scheduler:8786

Documents are sent in partitions of ``PARTITION`` to the workers, each of which builds
the pipeline once (from the batch's settings) and keeps it; results come back in input
order, at most ``AHEAD`` partitions per worker thread in flight, and are written to the
store by the calling process (one writer: the order, and so the output, is the same as
a single-process run). Without ``--scheduler`` a ``LocalCluster`` of one process per
core is started for the batch. On a real cluster the workers need khabar installed at
the same version (``pip install 'khabar[dask]'``); see docs/scale.md.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from khabar.batch import Engine
from khabar.doc import Doc
from khabar.engine.analyse import Failed
from khabar.engine.local import analyse_settling, build_pipeline
from khabar.errors import KhabarError
from khabar.pipeline import Pipeline

PARTITION = 32
AHEAD = 2
_pipelines: dict[str, Pipeline] = {}  # on each worker: built once per configuration


class DaskError(KhabarError):
    """The Dask engine cannot start or reach its scheduler."""


def analyse_partition(docs: list[Doc], values: dict[str, Any],
                      stages: list[str]) -> list[Doc | Failed]:
    """Runs on a worker: the partition's docs through that worker's pipeline."""
    key = repr((sorted(values.items()), stages))
    if key not in _pipelines:
        _pipelines[key] = build_pipeline(values, stages)
    pipeline = _pipelines[key]
    results: list[Doc | Failed] = []
    for doc in docs:
        results.append(analyse_settling(doc, pipeline))
    return results


def _partitions(docs: Iterable[Doc]) -> Iterator[list[Doc]]:
    chunk: list[Doc] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= PARTITION:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analyse_on(client: Any, docs: Iterable[Doc], pipeline: Pipeline) -> Iterator[Doc | Failed]:
    """Results of the docs analysed on ``client``'s cluster, in input order."""
    values, stages = dict(pipeline.settings), pipeline.names
    threads = max(1, sum(client.nthreads().values()))
    pending: deque[Any] = deque()
    for chunk in _partitions(docs):
        pending.append(client.submit(analyse_partition, chunk, values, stages, pure=False))
        if len(pending) >= AHEAD * threads:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


@contextmanager
def dask_engine(scheduler: str | None, workers: int | None = None) -> Iterator[Engine]:
    """An engine on the cluster at ``scheduler``, else on a LocalCluster for the batch."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as missing:
        raise DaskError(
            f"the Dask engine needs the dask extra ({missing}): pip install 'khabar[dask]'"
        ) from missing
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
            cluster = None
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except OSError as error:
        raise DaskError(f"cannot reach the Dask scheduler {scheduler}: {error}; check the "
                        "address (tcp://host:8786) and that the scheduler runs") from error
    try:
        yield lambda docs, pipeline: analyse_on(client, docs, pipeline)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
