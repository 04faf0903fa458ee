"""Past one machine: run `process_partition` on a Dask cluster (`presskz batch --engine dask`).

    presskz batch /shared/releases -o out.jsonl --engine dask --scheduler tcp://HOST:8786

The workers run the SAME per-partition function as the local engine (batch.process_partition),
so a record does not depend on where it was computed. Inputs are sent as paths: the workers
must see the same files at the same paths (a shared or replicated filesystem); JSONL lines
travel with their bytes. Output is written by this process, in input order, through the same
crash-safe writer, so --resume works as for a local run. Without --scheduler a LocalCluster
with --jobs worker processes is started (useful to try the engine on one machine).

For a Dask bag you already have, map the same function over partitions of `Unit`s:

    bag.map_partitions(presskz.batch.dask_engine.bag_partition, options)
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from presskz.batch.partition import BatchOptions, PipelineLoadError, process_partition
from presskz.batch.inputs import Unit
from presskz.core.extras import require

CONNECT_TIMEOUT = "30s"  # distributed's own default for reaching a scheduler


def bag_partition(units, options: BatchOptions) -> list[tuple[str, str]]:
    """Dask bag adapter: a partition of Units -> its (stream, JSON line) results."""
    return process_partition(list(units), options)


def _client(scheduler: str | None, jobs: int):
    """A distributed Client for the address, or one on a fresh LocalCluster (closed by caller)."""
    distributed = require("distributed", "dask", "dask[distributed]")
    if scheduler:
        try:
            return distributed.Client(scheduler, timeout=CONNECT_TIMEOUT), None
        except (OSError, TimeoutError) as exc:
            raise PipelineLoadError(f"cannot reach the Dask scheduler {scheduler}: "
                                    f"{str(exc).splitlines()[0] if str(exc) else exc!r}") from exc
    cluster = distributed.LocalCluster(n_workers=max(1, jobs), threads_per_worker=1,
                                       processes=True, dashboard_address=None)
    return distributed.Client(cluster), cluster


def run_dask(chunks: Iterator[list[Unit]], options: BatchOptions, scheduler: str | None,
             jobs: int = 1) -> Iterator[list[tuple[str, str]]]:
    """Partition results in input order, computed on the cluster with a bounded window."""
    client, cluster = _client(scheduler, jobs)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        # scatter the options once (the resume set can be large) instead of once per task
        [opts] = client.scatter([options], broadcast=True)
        pending: deque = deque()
        for chunk in chunks:
            pending.append(client.submit(bag_partition, chunk, opts, pure=False))
            if len(pending) >= 3 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
