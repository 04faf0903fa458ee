"""`presskz batch`: many inputs -> one JSONL of records plus an errors file, in parallel, resumable.

The unit of work is a partition (a list of `Unit`s). `process_partition` is the ONE function
every engine runs: in-process (--jobs 1), in worker processes (--jobs N, each loading the
pipeline once) or on Dask workers (engine_dask.py). It reads and decodes each input, runs the
documents through `pipeline.pipe` together (so the model batches across documents) and returns
one output line per input: a record, an error record, or a "skip" (the resume key) for --resume.
"""
from __future__ import annotations

import gc
import hashlib
import json
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from presskz.batch.inputs import Unit
from presskz.batch.output import DoneKey, error_record
from presskz.batch.gc_pause import gc_paused
from presskz.core.record import bounded_doc_id
from presskz.io.files import DEFAULT_MAX_BYTES, InputError
from presskz.io.readers import LOADERS, Loaded, load_jsonl_line, read_raw

OUT, ERR, SKIP = "out", "err", "skip"


@dataclass(frozen=True)
class BatchOptions:
    """Everything a worker needs besides its units (picklable, sent once per worker)."""

    pipeline: str = "default"
    reference_date: str | None = None  # fallback for documents without a metadata date
    text_field: str = "text"
    max_bytes: int = DEFAULT_MAX_BYTES
    done: frozenset = field(default_factory=frozenset)  # resume keys already written
    html_dir: str | None = None  # --html: also write each record's page here (presskz show)
    # every stage's resources loaded before the first document (a batch worker's start-up);
    # False: each on first use (`presskz extract` on one release needs about half the date rules)
    preload: bool = True


_FROZEN: set[str] = set()  # pipelines loaded in this process whose objects gc.freeze() took


class PipelineLoadError(RuntimeError):
    """The pipeline cannot be built in a worker: fatal for the whole batch."""


def load_unit(unit: Unit, options: BatchOptions) -> Loaded:
    """Read and decode one unit; raises InputError."""
    if unit.problem is not None:
        raise InputError(*unit.problem, unit.path)
    if unit.fmt == "jsonl":
        return load_jsonl_line(unit.raw or b"", unit.where, options.text_field, options.max_bytes)
    raw = read_raw(Path(unit.path), options.max_bytes)
    return LOADERS[unit.fmt](raw, unit.path, options.max_bytes)


def make_document(loaded: Loaded, doc_id: str, options: BatchOptions):
    """The Document for a loaded input; a metadata date beats the --reference-date fallback."""
    from presskz.api import document_from_source

    meta = {k: v for k, v in loaded.meta.items() if v is not None}
    date = loaded.date
    doc = document_from_source(loaded.source, doc_id=doc_id,
                               reference_date=date or options.reference_date, meta=meta)
    if date is not None:
        doc.reference_date_source = "metadata"
    if meta.get("url"):
        doc.meta["source"] = {**doc.meta.get("source", {}), "url": meta["url"]}
    return doc


def get_pipeline(name: str, preload: bool = True):
    """The pipeline for a name or YAML path, built and (preload) loaded, model included, once
    per process; PipelineLoadError if not."""
    from presskz.core.pipeline import load_pipeline  # cached: built once per process
    try:
        with gc_paused():  # the date rules' regex compiles make ~10^5 short-lived acyclic objects
            pipeline = load_pipeline(name)
            if preload:
                pipeline.load()
    except Exception as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise PipelineLoadError(f"cannot load pipeline {name!r}: {reason}") from exc
    if name not in _FROZEN:
        # Everything loaded so far (lexicons, the model) lives as long as the process: moved
        # out of the cyclic collector's reach, its full collections no longer walk millions of
        # objects that can never be freed (with the model: about 0.3 s per full collection).
        gc.freeze()
        _FROZEN.add(name)
    return pipeline


def _internal(unit: Unit, doc_id: str, exc: BaseException, sha: str | None) -> tuple[str, str]:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})" if where else ""
    message = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}{at}"
    return ERR, _dumps(error_record(doc_id, unit.where, "internal", message, sha))


def _dumps(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _records(pipeline, jobs: list[tuple[int, Unit, Loaded, str]], options: BatchOptions,
             results: list) -> None:
    """Run the documents through the pipeline together; isolate failures document by document."""
    from presskz.core.record_builder import build_record

    docs: list | None = [make_document(loaded, doc_id, options) for _, _, loaded, doc_id in jobs]
    try:
        docs = pipeline.pipe(docs)
    except Exception:  # some document broke a stage: rerun one by one on fresh Documents
        docs = None
    for n, (i, unit, loaded, doc_id) in enumerate(jobs):
        try:
            doc = docs[n] if docs is not None else pipeline.pipe(
                [make_document(loaded, doc_id, options)])[0]
            # pydantic's own serialiser: the same JSON as json.dumps(model_dump(mode="json")),
            # written in Rust (a third of the time)
            record = build_record(doc, pipeline)
            results[i] = (OUT, record.model_dump_json())
            if options.html_dir:
                from presskz.show.page import write_record_page
                write_record_page(options.html_dir, record.model_dump(mode="json"), doc.text)
        except Exception as exc:
            results[i] = _internal(unit, doc_id, exc, loaded.source.sha256)


def process_partition(units: list[Unit], options: BatchOptions) -> list[tuple[str, str]]:
    """One (stream, JSON line) per unit, in order: stream is "out", "err" or "skip"."""
    # The partition's documents and records make no reference cycles (tests/test_pipeline.py) and
    # all die when _process_partition returns, inside the pause: reference counting frees them,
    # and the cyclic collector never walks them (its walks over a partition's ~10^5 young tokens,
    # entities and record dicts, between and after the stages, could free nothing).
    with gc_paused():
        return _process_partition(units, options)


def _process_partition(units: list[Unit], options: BatchOptions) -> list[tuple[str, str]]:
    pipeline = (get_pipeline(options.pipeline) if options.preload
                else get_pipeline(options.pipeline, preload=False))
    results: list = [None] * len(units)
    jobs: list[tuple[int, Unit, Loaded, str]] = []
    for i, unit in enumerate(units):
        try:
            loaded = load_unit(unit, options)
        except Exception as exc:  # InputError, or a reader bug: an error record either way
            sha = _sha_or_none(unit)
            if (unit.doc_id, sha) in options.done:
                results[i] = _skip(unit.doc_id, sha)
            elif isinstance(exc, InputError):
                results[i] = (ERR, _dumps(error_record(unit.doc_id, unit.where, exc.kind,
                                                       exc.message, sha)))
            else:
                results[i] = _internal(unit, unit.doc_id, exc, sha)
            continue
        doc_id = bounded_doc_id(loaded.doc_id) if loaded.doc_id else unit.doc_id
        key: DoneKey = (doc_id, loaded.source.sha256)
        if key in options.done:
            results[i] = _skip(*key)
            continue
        jobs.append((i, unit, loaded, doc_id))
    if jobs:
        _records(pipeline, jobs, options, results)
    return results


def _skip(doc_id: str, sha: str | None) -> tuple[str, str]:
    """An input already done: its resume key, so that the batch keeps its earlier line."""
    return SKIP, _dumps({"doc_id": doc_id, "sha256": sha})


def _sha_or_none(unit: Unit) -> str | None:
    """sha256 of the input bytes when they can be read at all (keys error records for resume)."""
    if unit.raw is not None:
        return hashlib.sha256(unit.raw).hexdigest()
    if unit.problem is not None:
        return None  # not to be opened: it may be a FIFO
    try:
        with open(unit.path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except (OSError, ValueError):
        return None

