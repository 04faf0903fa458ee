"""The `presskz batch` and `presskz load` commands end to end (in-process CLI runner)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from batch_corpus import add_bad_inputs, make_releases, read_jsonl
from presskz.cli.batch import batch, load
from presskz.db.loader import Database


def run(command, *args):
    return CliRunner().invoke(command, [str(a) for a in args], catch_exceptions=False)


def test_help_shows_examples():
    for command in (batch, load):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Examples:" in result.output


def test_batch_writes_records_and_errors_and_a_summary(tmp_path):
    make_releases(tmp_path / "in", 3)
    add_bad_inputs(tmp_path / "in")
    result = run(batch, tmp_path / "in", "-o", tmp_path / "out.jsonl", "--pipeline", "fast")
    assert result.exit_code == 1  # some inputs failed
    assert "4 documents, 5 errors" in result.output and "docs/s" in result.output
    assert len(read_jsonl(tmp_path / "out.errors.jsonl")) == 5


def test_bad_reference_date_and_missing_input_are_usage_errors(tmp_path):
    assert run(batch, tmp_path, "-o", tmp_path / "o.jsonl", "--reference-date", "3.11").exit_code == 2
    assert run(batch, tmp_path / "nope", "-o", tmp_path / "o.jsonl").exit_code == 2


def test_unknown_pipeline_exits_4_with_one_line(tmp_path):
    make_releases(tmp_path / "in", 1)
    result = run(batch, tmp_path / "in", "-o", tmp_path / "o.jsonl", "--pipeline", "nonesuch")
    assert result.exit_code == 4
    assert result.output.count("\n") == 1 and "nonesuch" in result.output


def test_batch_then_load_gives_one_row_per_record_twice_over(tmp_path):
    make_releases(tmp_path / "in", 4, sentences_per_doc=4)
    out = tmp_path / "out.jsonl"
    assert run(batch, tmp_path / "in", "-o", out, "--pipeline", "fast",
               "--reference-date", "2016-11-03").exit_code == 0
    url = f"sqlite:///{tmp_path / 'p.db'}"
    for _ in range(2):  # idempotent
        result = run(load, out, "--db", url)
        assert result.exit_code == 0, result.output
    records = read_jsonl(out)
    with Database(url) as db:
        assert db.query("SELECT count(*) FROM documents")[0][0] == 4
        for table in ("entities", "quantities", "temporals", "events", "quotes", "people"):
            assert db.query(f"SELECT count(*) FROM {table}")[0][0] == sum(
                len(r[table]) for r in records), table
        args = sum(len(set(e[k])) for r in records for e in r["events"]
                   for k in ("when", "where", "participants", "organizer", "amounts"))
        assert db.query("SELECT count(*) FROM event_arguments")[0][0] == args


def test_load_reports_skipped_lines_and_exits_1(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text(json.dumps({"no": "doc_id"}) + "\n", encoding="utf-8")
    result = run(load, out, "--db", f"sqlite:///{tmp_path / 'p.db'}")
    assert result.exit_code == 1 and "o.jsonl:1" in result.output
