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
