"""Drives a batch: finds inputs, resumes, feeds partitions to an engine, writes the two JSONL files.

Engines: "local" (in-process for --jobs 1, else a pool of worker processes that each build the
pipeline once) and "dask" (engine_dask.py). Every engine returns partition results in input
order, so the output order is the input order whatever the engine and the number of jobs.
"""
from __future__ import annotations

import itertools
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Callable, Iterator

from presskz.batch.partition import ERR, OUT, SKIP, BatchOptions, process_partition
from presskz.batch.inputs import Unit, chunked, count_units, find_inputs, iter_units, resume_keys
from presskz.batch.output import LineWriter, errors_path_for, line_key, remember_run, scan_done, \
    supersede
from presskz.io.paths import check_outputs_apart


@dataclass
class Summary:
    documents: int = 0
    errors: int = 0
    skipped: int = 0
    repeated_ids: int = 0  # records whose doc_id an earlier record of this run already had
    superseded: int = 0  # earlier lines that --resume replaced or dropped
    ignored_files: int = 0
    seconds: float = 0.0
    startup: float | None = None  # seconds until every worker had loaded the pipeline
    out: Path | None = None
    errors_path: Path | None = None

    @property
    def rate(self) -> float:
        done = self.documents + self.errors
        return done / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        text = (f"{self.documents} documents, {self.errors} errors"
                f"{f', {self.skipped} skipped (already done)' if self.skipped else ''} "
                f"in {self.seconds:.2f} s{self._startup_part()} ({self.rate:.1f} docs/s) "
                f"-> {self.out}")
        if self.errors:
            text += f" (errors: {self.errors_path})"
        if self.superseded:
            text += (f"; {self.superseded} earlier line{'s' if self.superseded != 1 else ''} "
                     "superseded (inputs changed, fixed or no longer given) and removed")
        if self.ignored_files:
            text += f"; {self.ignored_files} files with other suffixes ignored"
        if self.repeated_ids:
            text += (f"; warning: {self.repeated_ids} records repeat an earlier record's doc_id "
                     "(JSONL ids?): `presskz load` keeps only the last of each")
        return text

    def _startup_part(self) -> str:
        return "" if self.startup is None else f" (start-up {self.startup:.2f} s)"


def run_local(chunks: Iterator[list[Unit]], options: BatchOptions, jobs: int,
              on_ready: Callable[[], None] = lambda: None,
              doc_timeout: float | None = None) -> Iterator[list[tuple[str, str]]]:
    """Partition results in order: in this process for one job without a time limit, else in
    worker processes (a worker past the limit, doc_timeout seconds a document, is replaced).
    on_ready is called once the pipeline is loaded (in every worker)."""
    if jobs <= 1 and not doc_timeout:
        from presskz.batch.partition import get_pipeline
        for n, chunk in enumerate(chunks):
            if n == 0:  # loaded only if there is input: an empty batch loads nothing
                get_pipeline(options.pipeline)
                on_ready()
            yield process_partition(chunk, options)
        return
    from presskz.batch.pool import run_pool
    yield from run_pool(chunks, options, jobs, on_ready, doc_timeout)


def _progress(total: int, enabled: bool | None):
    from tqdm import tqdm
    if enabled is None:
        enabled = sys.stderr.isatty()
    return tqdm(total=total, unit="doc", disable=not enabled, dynamic_ncols=True,
                smoothing=0.1, file=sys.stderr)


def _seen_before(line: str, ids: set[str]) -> bool:
    """Whether a record line's doc_id is in `ids` (which it is added to)."""
    key = line_key(line[:8192].encode("utf-8"))  # doc_id is among a record's first keys
    if key is None:
        return False
    seen = key[0] in ids
    ids.add(key[0])
    return seen


def run_batch(inputs: list[Path], out: Path, options: BatchOptions, *, errors: Path | None = None,
              jobs: int = 1, chunk_size: int = 32, chunk_bytes: int = 65536,
              resume: bool = False, engine: str = "local",
              scheduler: str | None = None, progress: bool | None = None,
              doc_timeout: float | None = None) -> Summary:
    """Process every input into OUT (records) and ERRORS (error records); returns the summary.
    doc_timeout: seconds a document may take with the local engine (batch/deadline.py; None:
    no limit, and one job runs in this process); past it the document is a `timeout` error.
    OutputPathError if OUT or ERRORS is an input or lies under an input folder, OutputLockedError
    if another batch writes them, ResumeMismatchError if --resume has other options than the run
    it resumes (kept in OUT's .run.json)."""
    start = time.perf_counter()
    errors = errors or errors_path_for(out)
    check_outputs_apart([("-o", out), ("--errors", errors)], inputs)  # before writing anything
    files, ignored = find_inputs(inputs, exclude=(out, errors))
    summary = Summary(ignored_files=ignored, out=out, errors_path=errors)
    writers = _open_writers(out, errors, resume)  # locked before anything is read or written
    try:
        remember_run(out, {"pipeline": options.pipeline,
                           "reference_date": options.reference_date}, resume)
        kept: Counter = Counter()  # resume keys of the earlier lines this run keeps
        units = iter_units(files)
        if resume:
            done, _bad = scan_done([out, errors])
            options = replace(options, done=frozenset(done))
            old_sizes = [os.fstat(w.fd).st_size for w in writers]
            units = _not_done(units, done, summary, kept)
        chunks = _started(chunked(units, chunk_size, chunk_bytes))
        results = iter(()) if chunks is None else _engine(chunks, options, engine, scheduler,
                                                          jobs, summary, start, doc_timeout)
        _drain(results, writers, summary, kept, count_units(files), progress)
        if resume:  # the lines this run redid replace the earlier ones: one line per input
            summary.superseded = sum(supersede(w.path, size, kept)
                                     for w, size in zip(writers, old_sizes))
    finally:
        for writer in writers:
            writer.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _not_done(units: Iterator[Unit], done: set, summary: Summary,
              kept: Counter) -> Iterator[Unit]:
    """The units not already done; the done ones are counted as skipped here, in this process, so
    that a resume with nothing left to do starts no worker and loads no model."""
    for unit in units:
        key = next((k for k in resume_keys(unit) if k in done), None)
        if key is None:
            yield unit
        else:
            summary.skipped += 1
            kept[key] += 1


def _started(chunks: Iterator[list[Unit]]) -> Iterator[list[Unit]] | None:
    """The partitions, or None when there are none (nothing to start an engine for)."""
    first = next(chunks, None)
    return None if first is None else itertools.chain([first], chunks)


def _engine(chunks: Iterator[list[Unit]], options: BatchOptions, engine: str,
            scheduler: str | None, jobs: int, summary: Summary,
            start: float, doc_timeout: float | None = None) -> Iterator[list[tuple[str, str]]]:
    if engine == "dask":
        from presskz.batch.dask_engine import run_dask
        return run_dask(chunks, options, scheduler, jobs)

    def ready() -> None:
        summary.startup = time.perf_counter() - start
    return run_local(chunks, options, jobs, ready, doc_timeout)


def _open_writers(out: Path, errors: Path, resume: bool) -> tuple[LineWriter, LineWriter]:
    out_w = LineWriter(out, append=resume)
    try:
        return out_w, LineWriter(errors, append=resume)
    except BaseException:
        out_w.close()
        raise


def _drain(results: Iterator[list[tuple[str, str]]], writers: tuple[LineWriter, LineWriter],
           summary: Summary, kept: Counter, total: int, progress: bool | None) -> None:
    """Write the partition results in order; adds the resume keys of the inputs skipped to kept."""
    out_w, err_w = writers
    bar = _progress(total, progress)
    ids: set[str] = set()
    try:
        for partition in results:
            for stream, line in partition:
                if stream == OUT:
                    out_w.write(line)
                    summary.documents += 1
                    summary.repeated_ids += _seen_before(line, ids)
                elif stream == ERR:
                    err_w.write(line)
                    summary.errors += 1
                elif stream == SKIP:
                    summary.skipped += 1
                    kept[line_key(line.encode("utf-8"))] += 1
            out_w.sync()
            err_w.sync()
            bar.update(summary.documents + summary.errors + summary.skipped - bar.n)
        bar.update(summary.documents + summary.errors + summary.skipped - bar.n)
    finally:
        bar.close()
