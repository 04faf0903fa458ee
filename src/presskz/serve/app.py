"""The HTTP application (Starlette, served by uvicorn): routes, limits, timeouts, JSON errors.
Extraction runs in the engine's worker processes (presskz.serve.engine).

    POST /extract        {"text", "reference_date"?, "doc_id"?, "url"?} -> the record
    POST /extract/batch  JSONL of such objects -> JSONL, one record or error line per input line,
                         written as each chunk of documents is done
    GET  /health         {"status": "ok", "pipeline": ..., "pid": ...} once the pipeline is loaded
    GET  /schema         the record's JSON Schema

Every error is JSON, {"error": {"code", "message"}}, with a 4xx status for bad input (400
malformed JSON, 408 body too slow, 413 too large, 422 wrong fields or types, empty text), 504
when an extraction takes longer than the timeout and 500 for a pipeline failure.
"""
from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from typing import Any

from presskz.io.files import DEFAULT_MAX_BYTES, dumps_record
from presskz.serve.engine import CHUNK_DOCS, Engine, error_line, parse_lines
from presskz.serve.requests import ExtractRequest, RequestError, parse_extract
from presskz.serve.web import (HTTPException, JSONResponse, Request, Response, Route, Starlette,
                               StreamingResponse, anyio)

# uvicorn imports the app by name (a factory): the settings travel in this variable
SETTINGS_ENV = "PRESSKZ_SERVE_SETTINGS"


@dataclass(frozen=True)
class Settings:
    pipeline: str = "default"
    max_bytes: int = DEFAULT_MAX_BYTES  # largest /extract body
    max_batch_bytes: int = 8 * DEFAULT_MAX_BYTES  # largest /extract/batch body
    timeout: float = 60.0  # seconds to receive a body, and to extract one request or batch chunk
    workers: int = 1  # worker processes running the pipeline (presskz.serve.engine)

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> Settings:
        return cls(**json.loads(os.environ.get(SETTINGS_ENV, "{}")))


def error_response(exc: RequestError) -> JSONResponse:
    return JSONResponse(exc.body(), status_code=exc.status)


async def read_body(request: Request, limit: int, timeout: float) -> bytes:
    """The whole body, refused (413) past `limit` bytes, declared or received, and (408) when it
    takes longer than `timeout` seconds to arrive."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise RequestError(413, "too_large", f"the body is {declared} bytes, over the limit of {limit}")
    chunks, size = [], 0
    try:
        with anyio.fail_after(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise RequestError(413, "too_large", f"the body is over the limit of {limit} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise RequestError(408, "body_timeout", f"the body did not arrive within {timeout:g} s") from None
    return b"".join(chunks)


async def run(engine: Engine, requests: list[ExtractRequest], timeout: float) -> list[dict[str, Any]]:
    """engine.extract_each in the next free worker, given up (504) after `timeout` seconds."""
    try:
        with anyio.fail_after(timeout):
            return await engine.extract_each(requests)
    except RequestError:
        raise
    except TimeoutError:
        raise RequestError(504, "timeout", f"extraction took longer than {timeout:g} s") from None
    except Exception as exc:  # noqa: BLE001 - a pipeline bug is a JSON 500, not a bare traceback
        raise RequestError(500, "internal", f"{type(exc).__name__}: {exc}") from exc


async def extract(request: Request) -> Response:
    settings, engine = request.app.state.settings, request.app.state.engine
    try:
        body = await read_body(request, settings.max_bytes, settings.timeout)
        (record,) = await run(engine, [parse_extract(body)], settings.timeout)
    except RequestError as exc:
        return error_response(exc)
    return Response(dumps_record(record), media_type="application/json")


async def extract_batch(request: Request) -> Response:
    settings, engine = request.app.state.settings, request.app.state.engine
    try:
        body = await read_body(request, settings.max_batch_bytes, settings.timeout)
    except RequestError as exc:
        return error_response(exc)
    items = list(parse_lines(enumerate(body.splitlines(), 1)))
    return StreamingResponse(_batch_lines(engine, items, settings.timeout),
                             media_type="application/x-ndjson")


async def _batch_lines(engine: Engine, items: list, timeout: float) -> AsyncIterator[str]:
    """The output lines, in input order, chunk by chunk of CHUNK_DOCS documents."""
    start = 0
    while start < len(items):
        end, count = start, 0
        while end < len(items) and count < CHUNK_DOCS:
            count += isinstance(items[end][1], ExtractRequest)
            end += 1
        chunk = items[start:end]
        requests = [item for _, item in chunk if isinstance(item, ExtractRequest)]
        try:
            records = iter(await run(engine, requests, timeout) if requests else [])
        except RequestError as exc:
            records = iter([error_line(r.doc_id, exc.code, exc.message) for r in requests])
        for number, item in chunk:
            line = next(records) if isinstance(item, ExtractRequest) else item
            if "error" in line:
                line["line"] = number
            yield dumps_record(line) + "\n"
        start = end


async def health(request: Request) -> Response:
    engine = request.app.state.engine
    return JSONResponse({"status": "ok", "pipeline": engine.info(), "pid": os.getpid()})


async def schema(request: Request) -> Response:
    from presskz.core.record import record_json_schema
    return JSONResponse(record_json_schema())


async def http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own errors (unknown path, wrong method) as JSON like ours."""
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return JSONResponse({"error": {"code": code, "message": exc.detail}}, status_code=exc.status_code,
                        headers=exc.headers)


def create_app(settings: Settings | None = None) -> Starlette:
    """The application; the pipeline is loaded at start-up, before the first request."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.settings = settings
        engine = Engine(settings.pipeline, settings.workers)
        await engine.start()
        app.state.engine = engine
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(engine.close)

    routes = [Route("/extract", extract, methods=["POST"]),
              Route("/extract/batch", extract_batch, methods=["POST"]),
              Route("/health", health, methods=["GET"]),
              Route("/schema", schema, methods=["GET"])]
    return Starlette(routes=routes, lifespan=lifespan,
                     exception_handlers={HTTPException: http_error})


def app_from_env() -> Starlette:
    """The application with the settings `presskz serve` put in PRESSKZ_SERVE_SETTINGS (uvicorn's
    factory)."""
    return create_app(Settings.from_env())
