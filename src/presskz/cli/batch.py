"""The `presskz batch` and `presskz load` commands (registered on the main group in cli.py)."""
from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import click

from presskz.batch.limits import DEFAULT_DOC_TIMEOUT
from presskz.io.files import DEFAULT_MAX_BYTES
from presskz.io.reference import parse_reference_date

EXIT_SOME_FAILED, EXIT_USAGE, EXIT_PIPELINE, EXIT_DB = 1, 2, 4, 5


def _check_date(ctx, param, value):
    if value is not None:
        try:
            parse_reference_date(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
    return value


@click.command(name="batch")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path),
              help="JSONL file of records (one line per document).")
@click.option("--errors", type=click.Path(path_type=Path),
              help="JSONL file of error records [default: OUT with .errors.jsonl].")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1),
              help="Worker processes (each loads the pipeline once); with --engine dask, "
                   "the number of local workers when no --scheduler is given.")
@click.option("--chunk-size", default=32, show_default=True, type=click.IntRange(1),
              help="Most documents per partition (what one worker runs through the pipeline "
                   "at once).")
@click.option("--chunk-bytes", default=65536, show_default=True, type=click.IntRange(0),
              help="About this many input bytes per partition (0: no limit), so that workers "
                   "get similar work when sizes vary.")
@click.option("--resume", is_flag=True,
              help="Keep OUT and ERRORS, skip inputs already in them (same doc_id and sha256).")
@click.option("--pipeline", "pipeline_name", default="default", show_default=True,
              help="Pipeline name (default, fast) or a YAML spec path.")
@click.option("--reference-date", callback=_check_date,
              help="YYYY-MM-DD for documents whose metadata gives no date.")
@click.option("--text-field", default="text", show_default=True,
              help="JSONL inputs: the field holding the release text.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True,
              type=click.IntRange(1), help="Inputs larger than this become error records.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="local processes, or a Dask cluster.")
@click.option("--scheduler", help="Dask scheduler address (tcp://HOST:8786) for --engine dask.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar [default: only when stderr is a terminal].")
@click.option("--html", "html_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write an HTML page per record and an index.html here (presskz show).")
@click.option("--doc-timeout", default=DEFAULT_DOC_TIMEOUT, show_default=True,
              type=click.FloatRange(0), metavar="SECONDS",
              help="Most seconds a document may take (local engine): past it the document is a "
                   "`timeout` error line, its worker is replaced and the batch goes on. "
                   "0: no limit (with --jobs 1 the documents then run in this process).")
def batch(inputs, out, errors, jobs, chunk_size, chunk_bytes, resume, pipeline_name,
          reference_date, text_field, max_bytes, engine, scheduler, progress, html_dir,
          doc_timeout):
    """Process files and folders of releases into one JSONL of records.

    INPUTS are files or folders (searched recursively for .txt, .html/.htm, .docx and
    .jsonl/.ndjson). Each input gives one record in OUT or one error record
    {doc_id, path, error_type, message, sha256} in the errors file; a bad file never stops
    the batch. Exit code 1 if some inputs failed, 4 if the pipeline cannot be loaded.

    \b
    Examples:
      presskz batch corpora/ -o out/records.jsonl
      presskz batch releases/ -o out.jsonl --jobs 2 --pipeline fast
      presskz batch releases/ -o out.jsonl --resume          # continue a killed run
      presskz batch news.jsonl --text-field body -o out.jsonl --reference-date 2016-11-03
      presskz batch /shared/releases -o out.jsonl --engine dask --scheduler tcp://10.0.0.5:8786
      presskz batch corpora/ -o out/records.jsonl --html out/pages    # + a page per record
    """
    from presskz.batch.limits import capped_jobs
    from presskz.batch.output import OutputLockedError, ResumeMismatchError
    from presskz.batch.partition import BatchOptions, PipelineLoadError
    from presskz.batch.runner import run_batch
    from presskz.core.extras import MissingExtra
    from presskz.io.paths import OutputPathError

    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    options = BatchOptions(pipeline=pipeline_name, reference_date=reference_date,
                           text_field=text_field, max_bytes=max_bytes,
                           html_dir=str(html_dir.resolve()) if html_dir else None)
    if engine == "local" or scheduler is None:  # workers on this machine
        jobs, warning = capped_jobs(jobs, pipeline_name)
        if warning:
            click.echo(f"presskz batch: {warning}", err=True)
    # SIGTERM stops the batch as Ctrl-C does (handlers can only be set from the main thread)
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if main else None
    try:
        summary = run_batch(list(inputs), out, options, errors=errors, jobs=jobs,
                            chunk_size=chunk_size, chunk_bytes=chunk_bytes, resume=resume,
                            engine=engine, scheduler=scheduler, progress=progress,
                            doc_timeout=doc_timeout or None)
    except (PipelineLoadError, MissingExtra) as exc:  # MissingExtra: --engine dask without it
        _fail(exc, EXIT_PIPELINE)
    except (OutputPathError, OutputLockedError, ResumeMismatchError) as exc:
        _fail(exc, EXIT_USAGE)
    except KeyboardInterrupt as exc:
        click.echo(f"presskz batch: interrupted; every line in {out} is complete: add --resume "
                   "to continue", err=True)
        raise SystemExit(128 + signal.SIGTERM if isinstance(exc, Terminated) else 130) from None
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
    click.echo(f"presskz batch: {summary.line()}", err=True)
    if html_dir:
        _write_html_index(out, html_dir)
    if summary.errors:
        raise SystemExit(EXIT_SOME_FAILED)


def _write_html_index(out: Path, html_dir: Path) -> None:
    """index.html over every record in OUT (the pages were written by the workers)."""
    import jsonlines

    from presskz.show.page import records_index
    with jsonlines.open(out) as reader:
        records = list(reader)
    html_dir.mkdir(parents=True, exist_ok=True)
    (html_dir / "index.html").write_text(records_index(records), encoding="utf-8")
    click.echo(f"presskz batch: {len(records)} pages and index.html in {html_dir}", err=True)


class Terminated(KeyboardInterrupt):
    """SIGTERM (kill, a scheduler stopping the job): stops the batch as Ctrl-C does."""


def _terminated(signum, frame):
    raise Terminated()


@click.command(name="load")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--db", "url", default="sqlite:///presskz.db", show_default=True,
              envvar="PRESSKZ_DB", help="sqlite:///FILE or postgresql://USER@HOST:PORT/DB "
                                        "(env PRESSKZ_DB).")
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1),
              help="Records per transaction.")
def load(files, url, batch_size):
    """Load JSONL records (from `presskz batch`) into normalised database tables.

    Creates the tables (documents, entities, quantities, temporals, events, event_arguments,
    quotes, people) if needed. Re-loading a document replaces it: no duplicates. Each batch of
    records is one transaction. Lines that are not records are skipped and listed.

    \b
    Examples:
      presskz load out/records.jsonl                       # -> ./presskz.db (SQLite)
      presskz load out/records.jsonl --db sqlite:///data/press.db
      presskz load out/*.jsonl --db postgresql://press@localhost:5432/press
      sqlite3 presskz.db "SELECT type, count(*) FROM entities GROUP BY type"
    """
    from presskz.db.loader import DatabaseError, load_jsonl
    from presskz.db.urls import mask_url

    start = os.times().elapsed
    try:
        stats = load_jsonl(list(files), url, batch_size=batch_size)
    except DatabaseError as exc:
        _fail(exc, EXIT_DB)
    for reason in stats.skipped[:20]:
        click.echo(f"skipped {reason}", err=True)
    seconds = os.times().elapsed - start
    click.echo(f"presskz load: {stats.documents} documents ({stats.rows} rows, {stats.batches} "
               f"transactions, {len(stats.skipped)} lines skipped) in {seconds:.1f} s -> "
               f"{mask_url(url)}", err=True)
    if stats.skipped:
        raise SystemExit(EXIT_SOME_FAILED)


def _fail(exc: Exception, code: int):
    ctx = click.get_current_context()
    if (ctx.find_root().obj or {}).get("debug"):
        raise exc
    click.echo(f"Error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", err=True)
    raise SystemExit(code)
