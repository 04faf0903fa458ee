"""The service's pipelines: one per worker process, all fed from one queue of requests.

`presskz serve --workers N` is one HTTP process and N worker processes (a ProcessPoolExecutor,
started with "spawn": the HTTP process has threads by then), each loading the pipeline once:
its caches (word memos, the tagger's gate table) are per process and not made for concurrent
use. Every request goes to whichever worker is free. (With uvicorn's own worker processes each
keep-alive connection stayed with the process that accepted it, and 4 clients on 2 workers were
often split 3 to 1: one worker queued three releases while the other idled.) A request that
times out is answered at once, but its run cannot be interrupted: it finishes in its worker,
which then takes the next request. A worker that dies (out of memory, a crash in native code)
fails the requests it held with a 500, and the pool is started afresh for the next ones.
"""
from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from presskz.serve.requests import ExtractRequest, RequestError, extract_request, parse_json

# documents run through the pipeline together in /extract/batch (the model batches across them)
CHUNK_DOCS = 16
START_TIMEOUT = 600  # seconds for every worker to load its pipeline
WARM_TEXT = "Астана қаласында 2016 жылы."

_WORKER: dict[str, Any] = {}  # in a worker process: its pipeline and the start-up barrier


class Engine:
    """The worker processes and the pipeline they run."""

    def __init__(self, pipeline_name: str, workers: int = 1) -> None:
        self.pipeline_name, self.workers = pipeline_name, workers
        self._info: dict[str, Any] = {}
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")
        # every worker waits at this barrier once, at start-up: see start()
        barrier = context.Barrier(self.workers)
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                   initargs=(self.pipeline_name, os.getpid(), barrier))

    async def start(self) -> None:
        """Start the workers and wait until each has loaded (and warmed) its pipeline: one
        task per worker, each held at a barrier until all have arrived. Called on the event
        loop's thread, as every submit is: a worker is killed when the thread that started it
        ends (PR_SET_PDEATHSIG, batch.orphans, follows the starting thread), and the loop's
        thread lasts as long as the service."""
        tasks = [self._pool.submit(_ready) for _ in range(self.workers)]
        self._info = (await asyncio.gather(*map(asyncio.wrap_future, tasks)))[0]

    def info(self) -> dict[str, Any]:
        return self._info

    async def extract_each(self, requests: list[ExtractRequest]) -> list[dict[str, Any]]:
        """One record (JSON-ready dict) or error line per request, from the next free worker;
        a failure of the whole run (one request that fails, a worker that died) is raised."""
        try:
            future = self._pool.submit(_extract_each, requests)
        except BrokenProcessPool:  # a worker died since the last request
            self._restart(self._pool)
            future = self._pool.submit(_extract_each, requests)
        pool = self._pool
        try:
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            self._restart(pool)
            raise RequestError(500, "worker_died", "the worker process running the request "
                                                   "died; the service has restarted it") from None

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        """A fresh pool in place of a broken one (once, whichever request sees it first)."""
        if self._pool is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()

    def close(self) -> None:
        """Wait for the runs under way, then stop the workers."""
        self._pool.shutdown(wait=True)


def _start_worker(pipeline_name: str, parent: int, barrier) -> None:
    """Runs once in each worker process: load the pipeline and warm its caches. Ctrl-C reaches
    the whole process group; the HTTP process handles it (finishing the requests under way)."""
    from presskz.batch.orphans import die_with_parent
    from presskz.core.pipeline import load_pipeline

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["barrier"] = barrier
    _WORKER["pipeline"] = pipeline = load_pipeline(pipeline_name).load()
    extract(pipeline, [ExtractRequest(text=WARM_TEXT)])


def _ready() -> dict[str, Any]:
    _WORKER["barrier"].wait(START_TIMEOUT)
    return _WORKER["pipeline"].info()


def _extract_each(requests: list[ExtractRequest]) -> list[dict[str, Any]]:
    return extract_each(_WORKER["pipeline"], requests)


def extract(pipeline, requests: list[ExtractRequest]) -> list[dict[str, Any]]:
    """One record (as JSON-ready dict) per request, run as one batch."""
    from presskz.api import make_document
    from presskz.core.record_builder import build_record
    # the same Document presskz.extract() builds: a given date counts as "cli" (given by the caller)
    docs = [make_document(r.text, r.doc_id, source={"url": r.url} if r.url else {},
                          reference_date=r.reference_date)
            for r in requests]
    done = pipeline.pipe(docs)
    return [build_record(d, pipeline).model_dump(mode="json") for d in done]


def extract_each(pipeline, requests: list[ExtractRequest]) -> list[dict[str, Any]]:
    """Like extract, but a document that fails gives an error dict instead of failing all."""
    try:
        return extract(pipeline, requests)
    except Exception:  # noqa: BLE001 - find which one failed, and say so in its line
        if len(requests) == 1:
            raise
    results = []
    for request in requests:
        try:
            results.extend(extract(pipeline, [request]))
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the batch
            results.append(error_line(request.doc_id, "internal", f"{type(exc).__name__}: {exc}"))
    return results


def error_line(doc_id: str | None, code: str, message: str, line: int | None = None) -> dict[str, Any]:
    """The JSONL line /extract/batch writes for an input line that gave no record."""
    return {"doc_id": doc_id, "line": line, "error": {"code": code, "message": message}}


def parse_lines(lines: Iterable[tuple[int, bytes]]) -> Iterator[tuple[int, ExtractRequest | dict]]:
    """(line number, request or error line) per non-blank JSONL line; a bad line becomes an error
    line so that the others still run."""
    for number, raw in lines:
        if not raw.strip():
            continue
        try:
            yield number, extract_request(parse_json(raw), default_id=f"line-{number}")
        except RequestError as exc:
            yield number, error_line(_id_of(raw), exc.code, exc.message, number)


def _id_of(raw: bytes) -> str | None:
    """The doc_id a bad line gave, if any can be read, for its error line."""
    try:
        obj = json.loads(raw)
    except ValueError:
        return None
    value = obj.get("doc_id") if isinstance(obj, dict) else None
    return value if isinstance(value, str) else None
