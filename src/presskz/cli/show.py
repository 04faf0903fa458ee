"""The `presskz show` command: an HTML view of a record, or of gold beside prediction."""
from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from presskz.io.files import InputError, read_text_file


def _source_text(record: dict, base: Path) -> str:
    """The text a record was made from: its source file, checked against the record's sha256."""
    source = record.get("source") or {}
    path = source.get("path")
    if not path:
        raise click.ClickException(f"record {record.get('doc_id')!r} names no source file")
    candidates = [Path(path), base / path]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        raise click.ClickException(f"the source file of {record.get('doc_id')!r} is not found: {path}")
    loaded = read_text_file(found)
    if source.get("sha256") and loaded.sha256 != source["sha256"]:
        raise click.ClickException(f"{found} has changed since the record was made (sha256 differs)")
    return loaded.text


def _pick(records: list[dict], doc_id: str | None) -> dict:
    if doc_id is None:
        if len(records) != 1:
            raise click.ClickException(f"{len(records)} records: name the DOC_ID to show")
        return records[0]
    for record in records:
        if record.get("doc_id") == doc_id:
            return record
    raise click.ClickException(f"no record with doc_id {doc_id!r}")


def _gold_pairs(gold: Path) -> list[tuple[dict, str]]:
    from presskz.eval.corpus import gold_documents
    if gold.is_dir():
        pairs = gold_documents(gold)
    else:
        import json
        text_path = gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")
        pairs = [(json.loads(gold.read_text(encoding="utf-8")), text_path)]
    return [(g, read_text_file(t).text) for g, t in pairs]


def _write(page: str, output: str | None, open_it: bool) -> None:
    if output is None and not open_it:
        click.echo(page)
        return
    path = Path(output or "presskz-show.html")
    path.write_text(page, encoding="utf-8")
    click.echo(f"wrote {path}", err=True)
    if open_it:
        webbrowser.open(path.resolve().as_uri())


@click.command()
@click.argument("input_path", metavar="FILE", required=False)
@click.argument("doc_id", required=False)
@click.option("-o", "--output", help="Write the page (or, with --gold DIR, the pages) here.")
@click.option("--open", "open_it", is_flag=True, help="Open the page in a browser.")
@click.option("--gold", type=click.Path(exists=True, path_type=Path), help="Gold file or folder.")
@click.option("--pred", type=click.Path(exists=True), help="Predicted records (JSON/JSONL).")
@click.option("--pipeline", "pipeline_name", default="default", show_default=True)
@click.option("--reference-date", default=None)
def show(input_path, doc_id, output, open_it, gold, pred, pipeline_name, reference_date):
    """Show a release as an HTML page: FILE.txt (extracted now) or RECORD.json[l] [DOC_ID].

    \b
    Examples:
      presskz show corpora/seed/almaty-days-in-astana.txt -o seed.html --reference-date 2016-11-03
      presskz show --gold corpora/releases/dev --pred dev.jsonl -o pages/     # one page a document + index
    """
    from presskz.eval.records import load_json_documents
    from presskz.show.compare import compare_page, write_compare_pages
    from presskz.show.page import record_page
    try:
        if gold is not None:
            if pred is None:
                raise click.UsageError("--gold needs --pred RECORDS")
            preds = {r["doc_id"]: r for r in load_json_documents(pred)}
            golds = _gold_pairs(gold)
            if doc_id is None and input_path is not None:
                doc_id = input_path  # `show --gold G --pred P DOC_ID`: the id comes first
            if gold.is_dir() and doc_id is None:
                count = write_compare_pages(golds, preds, Path(output or "presskz-show"))
                click.echo(f"wrote {count} pages and index.html to {output or 'presskz-show'}", err=True)
                return
            chosen = _pick([g for g, _ in golds], doc_id)
            text = next(t for g, t in golds if g is chosen)
            _write(compare_page(chosen, _pick(list(preds.values()), chosen["doc_id"]), text), output, open_it)
            return
        if input_path is None:
            raise click.UsageError("give FILE, or --gold and --pred")
        path = Path(input_path)
        if path.suffix in (".json", ".jsonl"):
            record = _pick(load_json_documents(path), doc_id)
            text = _source_text(record, path.parent)
        else:
            from presskz.api import extract_file
            record = extract_file(path, pipeline_name, reference_date).model_dump(mode="json")
            text = read_text_file(path).text
        _write(record_page(record, text), output, open_it)
    except InputError as exc:
        raise click.ClickException(str(exc)) from exc
    except (ValueError, KeyError) as exc:  # a malformed record or gold file
        raise click.ClickException(f"cannot show: {exc!r}") from exc
