"""Reliability: bad paths, files and options give one-line errors, not tracebacks."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from batch_corpus import make_releases
from db_sample import sample_record
from presskz.cli.main import main


def run(*args):
    """The CLI as a user runs it: an uncaught exception is a failure of the test."""
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback instead of a one-line error: {result.exception!r}")
    return result


def one_line_error(result, code):
    assert result.exit_code == code, result.output
    assert result.output.count("\n") == 1, result.output


@pytest.mark.parametrize("where", ["folder", "under_a_file"])
@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_batch_to_an_unwritable_output_is_a_one_line_error(tmp_path, where, option):
    make_releases(tmp_path / "in", 1)
    (tmp_path / "folder").mkdir()
    (tmp_path / "a_file").write_text("x")
    target = tmp_path / "folder" if where == "folder" else tmp_path / "a_file" / "o.jsonl"
    args = ["-o", target] if option == "-o" else ["-o", tmp_path / "o.jsonl", "--errors", target]
    one_line_error(run("batch", tmp_path / "in", *args, "--pipeline", "fast"), 2)


def test_extract_to_a_folder_is_a_one_line_error(tmp_path):
    [release] = make_releases(tmp_path / "in", 1)
    (tmp_path / "folder").mkdir()
    one_line_error(run("extract", release, "-o", tmp_path / "folder", "--pipeline", "fast"), 2)


@pytest.mark.parametrize("kind", ["missing", "folder", "binary"])
def test_validate_on_a_file_it_cannot_read_is_a_one_line_error(tmp_path, kind):
    path = {"missing": tmp_path / "nope.jsonl", "folder": tmp_path,
            "binary": tmp_path / "b.jsonl"}[kind]
    if kind == "binary":
        path.write_bytes(b"\x00\xff\xfe\x01" * 100)
    result = run("validate", path)
    one_line_error(result, 3)


def test_validate_reports_a_line_that_is_not_utf8_and_goes_on(tmp_path):
    path = tmp_path / "o.jsonl"
    good = json.dumps({"doc_id": "x"})
    path.write_bytes(good.encode() + b"\n\xff\xfe\n")
    result = run("validate", path)
    assert result.exit_code == 1 and "line 2: not UTF-8" in result.output


@pytest.mark.parametrize("kind", ["folder", "not_a_database"])
def test_load_into_a_sqlite_path_that_is_no_database_is_a_one_line_error(tmp_path, kind):
    records = tmp_path / "o.jsonl"
    records.write_text(json.dumps(sample_record("a")) + "\n", encoding="utf-8")
    target = tmp_path / "folder" if kind == "folder" else tmp_path / "notes.txt"
    target.mkdir() if kind == "folder" else target.write_text("not a database " * 100)
    one_line_error(run("load", records, "--db", f"sqlite:///{target}"), 5)


def test_load_refuses_a_sqlite_url_without_a_path(tmp_path):
    records = tmp_path / "o.jsonl"
    records.write_text(json.dumps(sample_record("a")) + "\n", encoding="utf-8")
    result = run("load", records, "--db", "sqlite:///")
    one_line_error(result, 5)
    assert "path" in result.output


def test_an_unreachable_dask_scheduler_is_a_one_line_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    import presskz.batch.dask_engine as engine
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", "2s")
    make_releases(tmp_path / "in", 1)
    result = run("batch", tmp_path / "in", "-o", tmp_path / "o.jsonl", "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:1", "--pipeline", "fast")
    one_line_error(result, 4)
    assert "scheduler" in result.output


def test_a_lone_surrogate_in_jsonl_becomes_a_replacement_character_and_a_warning(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "s1", "text": "Алматы \\ud800 қаласы."}\n', encoding="utf-8")
    result = run("batch", feed, "-o", tmp_path / "out.jsonl", "--pipeline", "fast")
    assert result.exit_code == 0
    [record] = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert any("surrogate" in w for w in record["warnings"])


def test_extract_always_returns_a_serialisable_record():
    from presskz.api import extract
    record = extract("Алматы \ud800 қаласы.", pipeline="fast")
    json.dumps(record.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")
    assert record.model_dump_json()
    assert any("surrogate" in w for w in record.warnings)


def test_relative_dates_past_the_last_reference_date_stay_unresolved():
    from presskz.api import extract
    record = extract("Ертең Алматыда концерт өтеді. Келесі жылы да өтеді.", pipeline="fast",
                     reference_date="9999-12-31")
    values = [t.value for t in record.temporals]
    assert values and all(v is None or "X" in v or v.startswith("9999") for v in values), values


def test_validate_and_load_read_a_jsonl_file_that_starts_with_a_byte_order_mark(tmp_path):
    # both read JSONL through the jsonlines library, which passes over a BOM as editors write it
    path = tmp_path / "o.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(sample_record("a")).encode() + b"\n")
    assert run("validate", path).exit_code == 0
    assert run("load", path, "--db", f"sqlite:///{tmp_path / 'p.db'}").exit_code == 0
