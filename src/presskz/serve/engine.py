"""The service's pipeline: loaded once per worker process, run by one thread at a time.

Pipelines keep per-process caches (word memos, the tagger's gate table) that are not made for
concurrent use, so every run holds a lock; concurrency comes from worker processes. A request
that times out is answered at once, but its run cannot be interrupted: it finishes in its
thread while the next run waits for the lock (and that wait counts against the next timeout).
"""
from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from presskz.serve.requests import ExtractRequest, RequestError, extract_request, parse_json

# documents run through the pipeline together in /extract/batch (the model batches across them)
CHUNK_DOCS = 16


class Engine:
    """A loaded pipeline and the lock its runs take."""

    def __init__(self, pipeline_name: str) -> None:
        from presskz.core.pipeline import load_pipeline
        self.pipeline_name = pipeline_name
        self.pipeline = load_pipeline(pipeline_name).load()
        self._lock = threading.Lock()
        self.extract([ExtractRequest(text="Астана қаласында 2016 жылы.")])  # warm the caches

    def info(self) -> dict[str, Any]:
        return self.pipeline.info()

    def extract(self, requests: list[ExtractRequest]) -> list[dict[str, Any]]:
        """One record (as JSON-ready dict) per request, run as one batch."""
        from presskz.api import make_document
        from presskz.core.record_builder import build_record
        # the same Document presskz.extract() builds: a given date counts as "cli" (given by the caller)
        docs = [make_document(r.text, r.doc_id, source={"url": r.url} if r.url else {},
                              reference_date=r.reference_date)
                for r in requests]
        with self._lock:
            done = self.pipeline.pipe(docs)
            return [build_record(d, self.pipeline).model_dump(mode="json") for d in done]

    def extract_each(self, requests: list[ExtractRequest]) -> list[dict[str, Any]]:
        """Like extract, but a document that fails gives an error dict instead of failing all."""
        try:
            return self.extract(requests)
        except Exception:  # noqa: BLE001 - find which one failed, and say so in its line
            if len(requests) == 1:
                raise
        results = []
        for request in requests:
            try:
                results.extend(self.extract([request]))
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
