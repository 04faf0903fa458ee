"""presskz batch: every input exactly once in output or errors, resume, jobs, error isolation."""
from __future__ import annotations

import json

import pytest

from batch_corpus import add_bad_inputs, make_releases, read_jsonl
from presskz.batch import partition as batch_mod
from presskz.batch.partition import BatchOptions, process_partition
from presskz.batch.inputs import Unit, find_inputs
from presskz.batch.output import LineWriter, errors_path_for, scan_done, truncate_partial_line
from presskz.batch.runner import run_batch
from presskz.core.record import Record

FAST = BatchOptions(pipeline="fast")


def ids(path) -> list[str]:
    return [r["doc_id"] for r in read_jsonl(path)]


def test_inputs_are_found_recursively_sorted_without_hidden_or_own_output(tmp_path):
    make_releases(tmp_path, 4)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("x")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "out.jsonl").write_text("")
    files, ignored = find_inputs([tmp_path], exclude=[tmp_path / "out.jsonl"])
    assert [f.doc_id for f in files] == ["r0001", "r0002", "sub/r0000", "sub/r0003"]
    assert ignored == 1


def test_files_differing_only_in_suffix_keep_it_in_their_ids(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.html").write_text("x")
    (tmp_path / "b.txt").write_text("x")
    files, _ = find_inputs([tmp_path])
    assert sorted(f.doc_id for f in files) == ["a.html", "a.txt", "b"]


def test_two_input_folders_with_the_same_names_give_distinct_ids_and_a_repeat_is_read_once(
        tmp_path):
    for year in ("2016", "2017"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "r1.txt").write_text(year)
    (tmp_path / "2017" / "r2.txt").write_text("x")
    files, _ = find_inputs([tmp_path / "2016", tmp_path / "2017", tmp_path / "2017" / "r2.txt"])
    assert sorted(f.doc_id for f in files) == ["2016/r1.txt", "2017/r1.txt", "r2"]


def test_partitions_hold_at_most_size_units_and_about_max_bytes():
    from presskz.batch.inputs import chunked
    units = [Unit("txt", f"{i}.txt", str(i), size=kb * 1024)
             for i, kb in enumerate([1, 1, 1, 1, 1, 40, 30, 100, 2, 2])]
    sizes = [[u.size // 1024 for u in c] for c in chunked(units, 4, 64 * 1024)]
    assert sizes == [[1, 1, 1, 1], [1, 40], [30], [100], [2, 2]]
    assert [len(c) for c in chunked(units, 4)] == [4, 4, 2]


def test_errors_file_defaults_next_to_the_output(tmp_path):
    assert errors_path_for(tmp_path / "out.jsonl") == tmp_path / "out.errors.jsonl"


def test_every_input_ends_up_once_in_output_or_errors(tmp_path):
    make_releases(tmp_path / "in", 5)
    bad = add_bad_inputs(tmp_path / "in")
    summary = run_batch([tmp_path / "in"], tmp_path / "out.jsonl", FAST, chunk_size=3)
    errors = {e["doc_id"]: e["error_type"] for e in read_jsonl(tmp_path / "out.errors.jsonl")}
    assert errors == bad
    assert sorted(ids(tmp_path / "out.jsonl")) == sorted(
        ["r0001", "r0002", "r0004", "sub/r0000", "sub/r0003", "feed:1"])
    assert (summary.documents, summary.errors) == (6, 5)
    for rec in read_jsonl(tmp_path / "out.jsonl"):
        Record.model_validate(rec)


def test_records_repeating_a_doc_id_are_counted_and_warned_about(tmp_path):
    lines = [{"id": "same", "text": "Алматыда концерт өтті."},
             {"id": "other", "text": "Астанада көрме ашылды."},
             {"id": "same", "text": "Шымкентте форум өтті."}]
    (tmp_path / "news.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
                                         + "\n", encoding="utf-8")
    summary = run_batch([tmp_path / "news.jsonl"], tmp_path / "o.jsonl", FAST)
    assert summary.documents == 3 and summary.repeated_ids == 1
    assert "1 records repeat an earlier record's doc_id" in summary.line()


def test_jsonl_metadata_date_becomes_the_reference_date(tmp_path):
    add_bad_inputs(tmp_path / "in")
    run_batch([tmp_path / "in" / "feed.jsonl"], tmp_path / "out.jsonl",
              BatchOptions(pipeline="fast", reference_date="2020-01-01"))
    (rec,) = read_jsonl(tmp_path / "out.jsonl")
    assert rec["reference_date"] == "2016-11-03" and rec["announcement"]["published"] == "2016-11-03"
    assert rec["source"]["path"].endswith("feed.jsonl:1")


def test_cli_reference_date_is_the_fallback_without_metadata(tmp_path):
    make_releases(tmp_path / "in", 1)
    run_batch([tmp_path / "in"], tmp_path / "out.jsonl",
              BatchOptions(pipeline="fast", reference_date="2016-11-03"))
    assert read_jsonl(tmp_path / "out.jsonl")[0]["reference_date"] == "2016-11-03"


def test_resume_skips_what_is_done_and_redoes_a_cut_last_line(tmp_path):
    make_releases(tmp_path / "in", 6)
    add_bad_inputs(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], out, FAST)
    complete = out.read_bytes()
    lines = complete.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:-1]) + lines[-1][:25])  # as a kill mid-write would leave it
    summary = run_batch([tmp_path / "in"], out, FAST, resume=True)
    assert (summary.documents, summary.errors, summary.skipped) == (1, 0, 11)
    assert sorted(ids(out)) == sorted(json.loads(x)["doc_id"] for x in lines)


def test_a_changed_file_is_processed_again_on_resume(tmp_path):
    paths = make_releases(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], out, FAST)
    paths[1].write_text("Астанада 5 қарашада концерт өтеді.", encoding="utf-8")
    summary = run_batch([tmp_path / "in"], out, FAST, resume=True)
    assert (summary.documents, summary.skipped) == (1, 2)


def test_truncate_partial_line_keeps_complete_lines(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c"')
    assert truncate_partial_line(path) == 4
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    assert truncate_partial_line(path) == 0


def test_scan_done_keys_records_and_errors_by_doc_id_and_sha256(tmp_path):
    path = tmp_path / "o.jsonl"
    writer = LineWriter(path, append=False)
    writer.write(json.dumps({"doc_id": "a", "source": {"sha256": "x"}}))
    writer.write(json.dumps({"doc_id": "b", "error_type": "empty", "sha256": "y"}))
    writer.close()
    assert scan_done([path, tmp_path / "missing.jsonl"]) == ({("a", "x"), ("b", "y")}, 0)


def test_line_writer_fsyncs_new_lines_at_most_once_per_interval_and_at_close(tmp_path, monkeypatch):
    from presskz.batch import output as batch_output
    synced = []
    monkeypatch.setattr(batch_output.os, "fsync", synced.append)
    clock = iter([0.0, 0.5, 1.5, 1.6, 3.0])  # creation, then one reading per sync() below
    monkeypatch.setattr(batch_output.time, "monotonic", lambda: next(clock))
    writer = LineWriter(tmp_path / "o.jsonl", append=False, sync_interval=1.0)
    writer.write("{}")
    writer.sync()  # 0.5 s: not due yet
    assert synced == []
    writer.sync()  # 1.5 s: due, and a line is waiting
    writer.write("{}")
    writer.sync()  # 1.6 s: not due
    writer.sync()  # 3.0 s: due
    writer.sync()  # nothing new since: no fsync, and no clock reading either
    assert len(synced) == 2
    writer.close()  # always
    assert len(synced) == 3 and (tmp_path / "o.jsonl").read_text() == "{}\n{}\n"


def test_two_jobs_give_the_same_output_as_one(tmp_path):
    make_releases(tmp_path / "in", 8)
    one = run_batch([tmp_path / "in"], tmp_path / "one.jsonl", FAST, chunk_size=2)
    two = run_batch([tmp_path / "in"], tmp_path / "two.jsonl", FAST, chunk_size=2, jobs=2)
    assert (tmp_path / "one.jsonl").read_text() == (tmp_path / "two.jsonl").read_text()
    # both report when the pipeline was ready (in every worker), inside the total time
    for summary in (one, two):
        assert 0 < summary.startup < summary.seconds
        assert f"(start-up {summary.startup:.2f} s)" in summary.line()


def test_a_document_that_breaks_a_stage_is_an_internal_error_and_the_rest_go_on(
        tmp_path, monkeypatch):
    from presskz.core.pipeline import load_pipeline
    real = load_pipeline("fast")

    class Exploding:
        """The fast pipeline, except that it fails on any document holding "БОМБА"."""
        def pipe(self, docs):
            if any("БОМБА" in d.text for d in docs):
                raise RuntimeError("stage exploded")
            return real.pipe(docs)

        def info(self):
            return real.info()

    monkeypatch.setattr(batch_mod, "get_pipeline", lambda name: Exploding())
    paths = make_releases(tmp_path, 3)
    paths[1].write_text("Бұл БОМБА мәтін.", encoding="utf-8")
    units = [Unit("txt", str(p), p.stem) for p in paths]
    results = process_partition(units, FAST)
    assert [stream for stream, _ in results] == ["out", "err", "out"]
    error = json.loads(results[1][1])
    assert error["error_type"] == "internal" and "stage exploded" in error["message"]


def test_an_unloadable_pipeline_stops_the_batch_with_a_clear_error(tmp_path):
    make_releases(tmp_path / "in", 1)
    with pytest.raises(batch_mod.PipelineLoadError, match="no-such-pipeline"):
        run_batch([tmp_path / "in"], tmp_path / "o.jsonl", BatchOptions(pipeline="no-such-pipeline"))


def test_a_document_that_kills_its_worker_is_an_error_and_the_batch_goes_on(tmp_path, monkeypatch):
    import multiprocessing
    import os
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the crashing pipeline is injected by fork inheritance")
    from presskz.core.pipeline import load_pipeline
    real = load_pipeline("fast")

    class Crashing:
        """The fast pipeline, except that the process dies on a document holding "ӨЛІМ"."""
        def pipe(self, docs):
            if any("ӨЛІМ" in d.text for d in docs):
                os._exit(3)
            return real.pipe(docs)

        def info(self):
            return real.info()

    monkeypatch.setattr(batch_mod, "get_pipeline", lambda name: Crashing())
    paths = make_releases(tmp_path / "in", 6)
    paths[4].write_text("Бұл ӨЛІМ мәтін.", encoding="utf-8")
    summary = run_batch([tmp_path / "in"], tmp_path / "o.jsonl", FAST, chunk_size=2, jobs=2)
    errors = read_jsonl(tmp_path / "o.errors.jsonl")
    assert [(e["doc_id"], e["error_type"]) for e in errors] == [("r0004", "worker_crashed")]
    assert errors[0]["sha256"] and summary.documents == 5


def test_html_and_docx_inputs_give_records_with_their_metadata(tmp_path):
    from test_readers import RELEASE, make_docx, news_page
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(news_page(RELEASE.split("\n")), encoding="utf-8")
    (tmp_path / "in" / "release.docx").write_bytes(make_docx(RELEASE.split("\n"), title="Хабар"))
    run_batch([tmp_path / "in"], tmp_path / "o.jsonl", FAST)
    records = {r["doc_id"]: r for r in read_jsonl(tmp_path / "o.jsonl")}
    assert records["page"]["reference_date"] == "2016-11-03"
    assert records["page"]["announcement"]["headline"]
    assert records["page"]["source"]["url"] == "https://almaty.gov.kz/news/123"
    assert records["release"]["source"]["encoding"] == "docx"
    assert records["release"]["sentences"][-1]["end"] == len(RELEASE)  # offsets into the docx text


@pytest.mark.parametrize("line", [
    {"schema_version": "1.0", "doc_id": 'we"ird\\id', "source": {"path": 'p"sha256": "aa',
                                                              "sha256": "ab" * 32}},
    {"doc_id": "e", "path": "x", "error_type": "empty", "message": '"sha256": "ff"', "sha256": None},
    {"doc_id": "f", "error_type": "internal", "message": "m", "sha256": "cd" * 32},
    {"doc_id": "g", "source": {"sha256": "ef" * 32}, "note": "x" * 20000},
])
@pytest.mark.parametrize("separators", [(", ", ": "), (",", ":")])  # json.dumps; pydantic's writer
def test_the_fast_resume_key_reader_agrees_with_full_json_parsing(line, separators, monkeypatch):
    from presskz.batch import output as batch_output
    raw = json.dumps(line, ensure_ascii=False, separators=separators).encode() + b"\n"
    expected = batch_output.done_key(line)
    # the keys come first in every line here: the fast reader must answer without the full parse
    monkeypatch.setattr(batch_output, "done_key", None)
    assert batch_output.line_key(raw) == expected
