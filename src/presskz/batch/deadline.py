"""The per-document time limit of `presskz batch --doc-timeout`: a watchdog that replaces a worker
running past its budget.

Each worker of a pool claims a slot in a small shared-memory table and writes into it, for the
partition it is running, when it started (time.monotonic, one clock for every process of the
machine) and its budget: the limit times the partition's number of documents (they run through
the stages together, so no document has a time of its own until it runs alone). A thread of the
batch process reads the table and kills (SIGKILL) a worker past its budget; the pool then reruns
the partitions in flight one document at a time (batch/pool.py), each with the limit alone, and a
document that runs past it alone becomes a `timeout` error line, which `--resume` retries.
A kill is the only sure stop: a stage stuck in native code (a regex) never sees a signal handler.
The default limit is batch/limits.py's DEFAULT_DOC_TIMEOUT.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable

_PID, _START, _BUDGET = range(3)  # the fields of a slot


class Clock:
    """The shared table of one pool: per worker slot its pid, its partition's start and budget."""

    def __init__(self, slots: int, limit: float):
        ctx = multiprocessing.get_context("fork")
        self.slots, self.limit = slots, limit
        self.values = ctx.RawArray("d", 3 * slots)
        self.claimed = ctx.Value("i", 0)

    def claim(self) -> int | None:
        """In a new worker: its slot (None if the table is full, as it never is)."""
        with self.claimed.get_lock():
            slot = self.claimed.value
            self.claimed.value += 1
        if slot >= self.slots:
            return None
        self.values[3 * slot + _PID] = os.getpid()
        return slot

    def started(self, slot: int, documents: int) -> None:
        self.values[3 * slot + _BUDGET] = self.limit * max(1, documents)
        self.values[3 * slot + _START] = time.monotonic()

    def finished(self, slot: int) -> None:
        self.values[3 * slot + _START] = 0.0

    def overdue(self) -> list[tuple[int, int]]:
        """(slot, pid) of each worker running past its budget."""
        now, out = time.monotonic(), []
        for slot in range(self.slots):
            start = self.values[3 * slot + _START]
            if start and now - start > self.values[3 * slot + _BUDGET]:
                out.append((slot, int(self.values[3 * slot + _PID])))
        return out


class Watchdog:
    """A thread that kills the workers past their budget. `clock()` gives the current pool's
    table and `workers()` its worker pids (only those are ever killed); `killed` counts kills."""

    def __init__(self, clock: Callable[[], Clock | None], workers: Callable[[], set[int]],
                 limit: float):
        self.clock, self.workers, self.killed = clock, workers, 0
        self.interval = min(1.0, max(0.05, limit / 4))
        self.stopped = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self.stopped.wait(self.interval):
            clock = self.clock()
            if clock is not None:
                self._kill_overdue(clock)

    def _kill_overdue(self, clock: Clock) -> None:
        for slot, pid in clock.overdue():
            if pid in self.workers():
                self.killed += 1
                os.kill(pid, signal.SIGKILL)
            clock.finished(slot)

    def stop(self) -> None:
        self.stopped.set()
