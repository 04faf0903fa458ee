"""Worker processes for `presskz batch --jobs N` that survive a worker dying.

Each worker builds the pipeline once (in its initializer) and runs `process_partition` on the
partitions it is sent. If a worker process dies (out of memory, a crash in native code), the
pool is rebuilt and the partitions in flight are run again; the partition that was being waited
for is retried one document at a time, so only a document that kills a worker again becomes an
error record ("worker_crashed") and the batch goes on. With a time limit (batch/deadline.py), a
worker past its budget is killed the same way, and a document that overruns the limit alone
becomes a "timeout" error record.
"""
from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import threading
from collections import deque
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Callable, Iterator

from presskz.batch.deadline import Clock, Watchdog
from presskz.batch.partition import ERR, BatchOptions, _sha_or_none, process_partition
from presskz.batch.inputs import Unit
from presskz.batch.orphans import die_with_parent
from presskz.batch.output import error_record

_OPTIONS: BatchOptions | None = None
_CLOCK: tuple[Clock, int] | None = None  # the pool's time table and this worker's slot in it


def _init_worker(options: BatchOptions, threads: int, ready, parent: int,
                 clock: Clock | None = None) -> None:
    """Runs once in each worker: end with the batch process, claim a slot in the time table,
    limit math threads (N workers share the cores), build the pipeline, then say so on the
    `ready` queue."""
    global _OPTIONS, _CLOCK
    die_with_parent(parent)
    _OPTIONS = options
    slot = clock.claim() if clock is not None else None
    _CLOCK = (clock, slot) if clock is not None and slot is not None else None
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(threads)
    from presskz.batch.partition import get_pipeline
    with contextlib.suppress(Exception):
        # the first partition raises PipelineLoadError with the reason, in the main process
        get_pipeline(options.pipeline)
    try:
        import sys
        if "torch" in sys.modules:
            sys.modules["torch"].set_num_threads(threads)
    except Exception:  # pragma: no cover - thread setting is an optimisation only
        pass
    ready.put(os.getpid())


def _run(units: list[Unit]) -> list[tuple[str, str]]:
    assert _OPTIONS is not None, "_init_worker sets the options before any partition is sent"
    if _CLOCK is None:
        return process_partition(units, _OPTIONS)
    clock, slot = _CLOCK
    clock.started(slot, len(units))
    try:
        return process_partition(units, _OPTIONS)
    finally:
        clock.finished(slot)


class WorkerPool:
    """A process pool that is rebuilt when a worker dies; with a `doc_timeout` (seconds per
    document), a watchdog kills the workers that run past it."""

    doc_timeout: float | None = None
    watchdog: Watchdog | None = None

    def __init__(self, options: BatchOptions, jobs: int,
                 on_ready: Callable[[], None] = lambda: None, doc_timeout: float | None = None):
        self.options, self.jobs, self.doc_timeout = options, jobs, doc_timeout
        self.threads = max(1, (os.cpu_count() or 1) // jobs)
        self.ready = multiprocessing.get_context().SimpleQueue()
        self.pool = self._new_pool()
        if doc_timeout:
            self.watchdog = Watchdog(lambda: self.clock, self._worker_pids, doc_timeout)
        # a watcher thread, so that waiting for the workers never holds the batch up
        threading.Thread(target=self._wait_ready, args=(on_ready,), daemon=True).start()

    def _wait_ready(self, on_ready: Callable[[], None]) -> None:
        for _ in range(self.jobs):
            if self.ready.get() is None:  # closed before every worker was ready
                return
        on_ready()

    def _new_pool(self) -> ProcessPoolExecutor:
        # forked workers: they share the loaded pipeline's pages and die with this process
        # (batch.orphans checks the parent pid), whatever start method the Python defaults to
        self.clock = Clock(self.jobs, self.doc_timeout) if self.doc_timeout else None
        return ProcessPoolExecutor(max_workers=self.jobs, initializer=_init_worker,
                                   initargs=(self.options, self.threads, self.ready, os.getpid(),
                                             self.clock),
                                   mp_context=multiprocessing.get_context("fork"))

    def _worker_pids(self) -> set[int]:
        return set(getattr(self.pool, "_processes", None) or {})

    def restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

    def submit(self, chunk: list[Unit]):
        return self.pool.submit(_run, chunk)

    def one_by_one(self, chunk: list[Unit]) -> list[tuple[str, str]]:
        """Retry a partition document by document; a document that kills a worker is retried
        once in a fresh worker (the first may have been killed from outside: the OOM killer,
        a stray kill), and only one that kills that worker too is an error. A document whose
        worker the watchdog killed (it ran alone past the time limit) is not retried."""
        results: list[tuple[str, str]] = []
        for unit in chunk:
            results.extend(self._alone(unit))
        return results

    def _alone(self, unit: Unit) -> list[tuple[str, str]]:
        for _attempt in (1, 2):
            kills = self.watchdog.killed if self.watchdog else 0
            try:
                return self.submit([unit]).result()
            except BrokenProcessPool:
                self.restart()
                if self.watchdog and self.watchdog.killed != kills:
                    return [_error_line(unit, "timeout", f"the document took more than "
                                        f"{self.doc_timeout:g} s (--doc-timeout); its worker "
                                        "was replaced")]
        return [_error_line(unit, "worker_crashed",
                            "the worker process died while processing this document, twice")]

    def close(self, interrupted: bool = False) -> None:
        """Shut the pool down: after the last result, or at once when the batch is interrupted
        (Ctrl-C, SIGTERM), ending the workers' partitions in flight (--resume redoes them)."""
        if interrupted:
            for process in list((getattr(self.pool, "_processes", None) or {}).values()):
                process.terminate()
        self.pool.shutdown(wait=not interrupted, cancel_futures=True)
        if self.watchdog:
            self.watchdog.stop()
        for _ in range(self.jobs):  # lets the watcher thread end if it is still waiting
            self.ready.put(None)


def _error_line(unit: Unit, kind: str, message: str) -> tuple[str, str]:
    return ERR, json.dumps(error_record(unit.doc_id, unit.where, kind, message, _sha_or_none(unit)),
                           ensure_ascii=False)


def run_pool(chunks: Iterator[list[Unit]], options: BatchOptions, jobs: int,
             on_ready: Callable[[], None] = lambda: None,
             doc_timeout: float | None = None) -> Iterator[list[tuple[str, str]]]:
    """Partition results in input order, at most 3 partitions per worker in flight; on_ready
    is called when every first-generation worker has loaded the pipeline; doc_timeout: the
    seconds a document may take (None: no limit)."""
    workers = WorkerPool(options, jobs, on_ready, doc_timeout)
    pending: deque = deque()

    def next_result() -> list[tuple[str, str]]:
        chunk, item = pending.popleft()
        if isinstance(item, list):  # already computed during a recovery
            return item
        try:
            return item.result()
        except (BrokenProcessPool, CancelledError):
            # A worker died. Rerun everything in flight one document at a time, with nothing
            # else running, so that the document that kills a worker is identified exactly.
            workers.restart()
            result = workers.one_by_one(chunk)
            for i, (other, future) in enumerate(pending):
                if not isinstance(future, list):
                    ok = future.done() and not future.cancelled() and future.exception() is None
                    pending[i] = (other, future.result() if ok else workers.one_by_one(other))
            return result

    interrupted = True
    try:
        for chunk in chunks:
            pending.append((chunk, workers.submit(chunk)))
            if len(pending) >= 3 * jobs:  # bounded: memory stays flat on 100,000 inputs
                yield next_result()
        while pending:
            yield next_result()
        interrupted = False
    finally:
        workers.close(interrupted)
