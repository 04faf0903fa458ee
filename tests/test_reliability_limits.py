"""Reliability: --jobs, special files, symlink loops and deep HTML are bounded, not trusted."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from batch_corpus import make_releases
from presskz.cli.main import main


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback instead of an error line: {result.exception!r}")
    return result


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jobs_above_the_core_count_are_capped_with_a_warning(tmp_path):
    make_releases(tmp_path / "in", 2)
    jobs = len(os.sched_getaffinity(0)) + 1
    result = run("batch", tmp_path / "in", "-o", tmp_path / "o.jsonl", "--jobs", jobs,
                 "--pipeline", "fast")
    assert result.exit_code == 0, result.output
    assert f"--jobs {jobs} capped to" in result.output
    assert len(lines(tmp_path / "o.jsonl")) == 2


def test_jobs_are_capped_by_memory_at_the_pipeline_worker_size(monkeypatch):
    from presskz.batch import limits

    monkeypatch.setattr(limits, "usable_cores", lambda: 64)
    monkeypatch.setattr(limits, "total_memory", lambda: 2 << 30)
    assert limits.capped_jobs(8, "default")[0] == 3  # 2 GB at ~0.6 GB a worker
    assert limits.capped_jobs(8, "fast") == (8, None)


def test_a_fifo_in_the_input_folder_is_an_error_line_not_read(tmp_path):
    make_releases(tmp_path / "in", 1)
    os.mkfifo(tmp_path / "in" / "pipe.txt")  # opening it would wait for a writer forever
    command = [sys.executable, "-m", "presskz.cli", "batch", str(tmp_path / "in"),
               "-o", str(tmp_path / "o.jsonl"), "--pipeline", "fast"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=os.environ)
    assert done.returncode == 1, done.stderr
    [error] = lines(tmp_path / "o.errors.jsonl")
    assert (error["doc_id"], error["error_type"]) == ("pipe", "not_regular")
    assert len(lines(tmp_path / "o.jsonl")) == 1


@pytest.mark.parametrize("loop", ["self", "pair"])
def test_a_symlink_loop_under_the_input_folder_is_an_error_line(tmp_path, loop):
    make_releases(tmp_path / "in", 1)
    if loop == "self":
        (tmp_path / "in" / "loop.txt").symlink_to("loop.txt")
    else:
        (tmp_path / "in" / "a.txt").symlink_to("loop.txt")
        (tmp_path / "in" / "loop.txt").symlink_to("a.txt")
    result = run("batch", tmp_path / "in", "-o", tmp_path / "o.jsonl", "--pipeline", "fast")
    assert result.exit_code == 1, result.output
    errors = lines(tmp_path / "o.errors.jsonl")
    assert errors and all(e["error_type"] == "unreadable" for e in errors)
    assert "symlink loop" in errors[0]["message"]
    assert len(lines(tmp_path / "o.jsonl")) == 1


DEEP_HTML = """
import sys, time
from presskz.io.readers import load_html
depth = int(sys.argv[1])
html = "<html><body>" + "<div>" * depth + "<p>Алматы қаласының әкімі кездесу өткізді.</p>" \\
    + "</div>" * depth + "</body></html>"
start = time.process_time()
loaded = load_html(html.encode(), "deep.html")
print(time.process_time() - start, loaded.source.text, loaded.source.warnings)
"""


def _read_deep_html(depth: int) -> tuple[float, str]:
    # run apart, so that a regression times out instead of hanging the suite
    done = subprocess.run([sys.executable, "-c", DEEP_HTML, str(depth)], capture_output=True,
                          text=True, timeout=120, env=os.environ)
    assert done.returncode == 0, done.stderr[-800:]
    seconds, rest = done.stdout.split(" ", 1)
    return float(seconds), rest


@pytest.mark.slow
def test_html_nested_500k_divs_deep_reads_in_linear_time_with_a_warning():
    # 40,000 divs deep took 4 s to parse, 500,000 minutes (the HTML parser's checks walk the
    # stack of open elements, quadratic): 4x the depth must cost less than 6x the CPU time
    # (16x when quadratic), whatever the machine's speed
    short, _ = _read_deep_html(125_000)
    long, rest = _read_deep_html(500_000)
    assert long < 6 * max(short, 0.05), (short, long)
    assert "әкімі кездесу өткізді" in rest
    assert "nested" in rest


def test_a_page_nested_within_the_limit_is_left_as_it_is():
    from presskz.io.html_depth import bounded_depth

    page = "<html><body>" + "<div><p>мәтін<br>" * 200 + "</div>" * 200 + "</body></html>"
    assert bounded_depth(page) == (page, [])
