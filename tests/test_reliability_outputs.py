"""Reliability: output and errors files never overwrite an input, and bad output paths fail in one line."""
from __future__ import annotations

from click.testing import CliRunner

from batch_corpus import make_releases
from presskz.cli.main import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_batch_refuses_an_output_that_is_its_input_and_leaves_it_untouched(tmp_path):
    [release] = make_releases(tmp_path / "in", 1)
    before = release.read_bytes()
    result = run("batch", release, "-o", release, "--pipeline", "fast")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "input" in result.output
    assert release.read_bytes() == before


def test_batch_refuses_an_errors_file_inside_an_input_folder(tmp_path):
    [release] = make_releases(tmp_path / "in", 1)
    target = tmp_path / "in" / "r2.txt"
    target.write_text("Алматы қаласы.", encoding="utf-8")
    result = run("batch", tmp_path / "in", "-o", tmp_path / "out.jsonl", "--errors", target,
                 "--pipeline", "fast")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert target.read_text(encoding="utf-8") == "Алматы қаласы."
    assert not (tmp_path / "out.jsonl").exists()


def test_batch_refuses_an_output_inside_an_input_folder_by_its_resolved_path(tmp_path):
    make_releases(tmp_path / "in", 1)
    (tmp_path / "link").symlink_to(tmp_path / "in")
    result = run("batch", tmp_path / "in", "-o", tmp_path / "link" / "out.jsonl",
                 "--pipeline", "fast")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert not (tmp_path / "in" / "out.jsonl").exists()


def test_extract_refuses_an_output_that_is_one_of_its_inputs(tmp_path):
    [release] = make_releases(tmp_path / "in", 1)
    before = release.read_bytes()
    result = run("extract", release, "-o", release, "--pipeline", "fast")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert release.read_bytes() == before


# --- odd characters and ids at input -----------------------------------------------------------

def test_a_nul_after_the_binary_check_window_is_replaced_and_warned(tmp_path):
    from presskz.io.files import read_text_file
    path = tmp_path / "r.txt"
    path.write_bytes(("Алматы қаласы. " * 800).encode() + b"\x00" + "Астана.".encode())
    source = read_text_file(path)
    assert "\x00" not in source.text and len(source.text) == len(path.read_bytes().decode())
    assert any("NUL" in w for w in source.warnings)


def test_a_jsonl_text_with_a_nul_gives_a_record_without_it_and_a_warning(tmp_path):
    import json
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "n1", "text": "Алматы\u0000 қаласы."}) + "\n",
                    encoding="utf-8")
    result = run("batch", feed, "-o", tmp_path / "out.jsonl", "--pipeline", "fast")
    assert result.exit_code == 0
    [record] = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert "\\u0000" not in json.dumps(record) and any("NUL" in w for w in record["warnings"])


def test_an_over_long_jsonl_id_becomes_a_bounded_doc_id_that_keeps_it_apart(tmp_path):
    import json
    feed = tmp_path / "feed.jsonl"
    ids = ["я" * 3000 + "1", "я" * 3000 + "2"]
    feed.write_text("".join(json.dumps({"id": i, "text": "Алматы қаласы."}, ensure_ascii=False)
                            + "\n" for i in ids), encoding="utf-8")
    assert run("batch", feed, "-o", tmp_path / "out.jsonl", "--pipeline", "fast").exit_code == 0
    doc_ids = [json.loads(x)["doc_id"] for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(set(doc_ids)) == 2
    assert all(len(d.encode()) <= 1024 and d.startswith("яяя") for d in doc_ids)
