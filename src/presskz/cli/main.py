"""The `presskz` command line: extract, batch, load, schema, validate, eval.

Exit codes: 0 success; 1 invalid records (validate) or some inputs failed (extract); 2 usage
error; 3 bad input (missing, empty, binary, undecodable, too large); 4 pipeline or model error.
Errors are one line on stderr; `--debug` shows the traceback.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from presskz.io.files import DEFAULT_MAX_BYTES, InputError, dumps_record
from presskz.io.reference import parse_reference_date

EXIT_INVALID, EXIT_USAGE, EXIT_INPUT, EXIT_PIPELINE = 1, 2, 3, 4


class Failure(click.ClickException):
    """A one-line error with its own exit code."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        # click types exit_code as a ClassVar (one code per exception class) but reads it from
        # the instance: this one class carries each failure's own code
        self.exit_code = code  # type: ignore[misc]


def _fail(exc: Exception, code: int, debug: bool):
    if debug:
        raise exc
    raise Failure(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, code) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="presskz")
@click.option("--verbose", is_flag=True, help="Show the model's (Stanza's) log messages.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, verbose: bool, debug: bool) -> None:
    """Extract entities, numbers, dates, events, quotes and people from Kazakh press releases.

    \b
    Example:
      presskz extract release.txt --pretty --reference-date 2016-11-03
      presskz batch corpora/ -o out/records.jsonl
    """
    ctx.obj = {"debug": debug}
    if verbose:
        os.environ["PRESSKZ_VERBOSE"] = "1"


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(),
              help="Write to this file instead of stdout.")
@click.option("--pretty", is_flag=True, help="Indented JSON (one file) instead of one line.")
@click.option("--reference-date", metavar="YYYY-MM-DD",
              help="Date that relative expressions (биыл, ертең) are resolved against.")
@click.option("--pipeline", "pipeline_name", default="default", show_default=True,
              help="Pipeline name (default, fast) or path to a YAML spec.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this.")
@click.pass_context
def extract(ctx, files, output, pretty, reference_date, pipeline_name, max_bytes):
    """Extract one JSON record per FILE (`-` reads stdin); several files give JSON lines.

    \b
    Example:
      presskz extract corpora/seed/almaty-days-in-astana.txt --pretty
      cat release.txt | presskz extract - --reference-date 2016-11-03
    """
    from presskz.batch.partition import OUT, BatchOptions, PipelineLoadError
    from presskz.cli.inputs import extract_lines
    from presskz.core.pipeline import PipelineError, load_pipeline
    from presskz.io.paths import OutputPathError, check_outputs_apart
    debug = ctx.obj["debug"]
    _check_date(reference_date)
    try:
        check_outputs_apart([("-o", output and Path(output))], [Path(f) for f in files])
    except OutputPathError as exc:
        _fail(exc, EXIT_USAGE, debug)
    try:
        pipe = load_pipeline(pipeline_name)
    except (PipelineError, FileNotFoundError) as exc:
        _fail(exc, EXIT_PIPELINE, debug)
    options = BatchOptions(pipeline=pipeline_name, reference_date=reference_date,
                           max_bytes=max_bytes, preload=False)
    records, errors = [], []
    for name in files:
        try:
            results = extract_lines(name, pipe, options)
        except InputError as exc:
            errors.append((str(exc), EXIT_INPUT))
            continue
        except PipelineLoadError as exc:
            _fail(exc, EXIT_PIPELINE, debug)
        for stream, line in results:
            if stream == OUT:
                records.append(json.loads(line))
            else:
                error = json.loads(line)
                code = EXIT_PIPELINE if error["error_type"] == "internal" else EXIT_INPUT
                errors.append((f"{error['path']}: {error['message']}", code))
    if len(files) == 1 and errors and not records:
        raise Failure(*errors[0])
    for message, _ in errors:
        click.echo(f"presskz: error: {message}", err=True)
    pretty = pretty and len(records) == len(files) == 1
    _write_lines([dumps_record(r, pretty=pretty) for r in records], output)
    if errors:
        sys.exit(EXIT_INVALID)


def _check_date(value: str | None) -> None:
    if value is None:
        return
    try:
        parse_reference_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--reference-date") from None


def _write_lines(lines: list[str], output: str | None) -> None:
    text = "".join(line + "\n" for line in lines)
    if output:
        try:
            Path(output).parent.mkdir(parents=True, exist_ok=True)
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise Failure(f"cannot write {output}: {exc.strerror or exc}", EXIT_USAGE) from exc
    else:
        click.echo(text, nl=False)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file.")
def schema(output):
    """Print the JSON Schema of a record (schemas/record.schema.json is generated from it).

    \b
    Example:
      presskz schema -o schemas/record.schema.json
    """
    from presskz.core.record import record_json_schema
    _write_lines([json.dumps(record_json_schema(), ensure_ascii=False, indent=2)], output)


@main.command()
@click.argument("file")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary line.")
def validate(file, quiet):
    """Check every line of a JSONL file (or `-`) against the record schema.

    Exits 1 and lists line numbers and reasons when a record is invalid.

    \b
    Example:
      presskz extract release.txt | presskz validate -
    """
    from presskz.core.validate import validate_lines
    handle = sys.stdin.buffer if file == "-" else _open_jsonl(file)
    with handle:
        problems, count = validate_lines(handle)
    if not quiet:
        for line_no, reason in problems:
            click.echo(f"line {line_no}: {reason}", err=True)
    bad = len({n for n, _ in problems})
    click.echo(f"{count} records, {count - bad} valid, {bad} invalid", err=True)
    if problems or not count:
        sys.exit(EXIT_INVALID)


def _open_jsonl(name: str):
    """A binary handle on a JSONL file; a one-line Failure if it is missing, a folder or binary."""
    from presskz.io.files import looks_binary
    path = Path(name)
    if path.is_dir():
        raise Failure(f"{name}: is a folder, not a JSONL file", EXIT_INPUT)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - returned to the caller's `with`
    except OSError as exc:
        raise Failure(f"{name}: {exc.strerror or exc}", EXIT_INPUT) from exc
    if looks_binary(handle.peek(8192)[:8192]):
        handle.close()
        raise Failure(f"{name}: binary file (NUL or control bytes), not JSONL", EXIT_INPUT)
    return handle


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True))
@click.argument("pred", type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--markdown", is_flag=True, help="Print Markdown tables (for docs/).")
@click.option("--by", "by", type=click.Choice(["publisher-kind", "publisher"]), default=None,
              help="Also break the F1 of each layer down by the gold documents' metadata.")
def eval_command(gold, pred, as_json, markdown, by):
    """Score predicted records PRED (JSON/JSONL) against GOLD (a *.gold.json file or folder).

    \b
    Example:
      presskz extract corpora/seed/almaty-days-in-astana.txt --reference-date 2016-11-03 -o pred.json
      presskz eval corpora/seed/almaty-days-in-astana.gold.json pred.json
    """
    from presskz.eval.records import evaluate, load_json_documents
    from presskz.eval.report import evaluate_by, format_groups, format_markdown, format_scores
    try:
        golds, preds = load_json_documents(gold), load_json_documents(pred)
        scores = evaluate(golds, preds)
        groups = evaluate_by(golds, preds, by) if by else None
    except (ValueError, KeyError) as exc:
        raise Failure(f"cannot evaluate: {exc}", EXIT_INVALID) from exc
    if as_json:
        click.echo(json.dumps({"all": scores, **({"by": groups} if groups else {})}, indent=2)
                   if groups else json.dumps(scores, indent=2))
        return
    click.echo(format_markdown(scores) if markdown else format_scores(scores))
    if groups:
        click.echo(f"\nF1 by {by}:")
        click.echo(format_groups(groups, markdown=markdown))


def _register_commands() -> None:
    from presskz.cli.batch import batch, load  # batch/load/show live in their own modules
    from presskz.cli.show import show
    from presskz.serve.command import serve
    main.add_command(batch)
    main.add_command(load)
    main.add_command(show)
    main.add_command(serve)


_register_commands()

if __name__ == "__main__":  # pragma: no cover
    main()
