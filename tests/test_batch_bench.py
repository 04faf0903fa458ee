"""The benchmark helpers (scripts/bench.py): corpus sizes, peak RSS measurement, the table."""
from __future__ import annotations

import sys

from presskz_tools.benchmark import (Corpus, Run, markdown_table, processing_seconds,
                               synthetic_releases, targets, timed)


def tiny_iob2(path) -> None:
    sentences = [["Алматы", "қаласында", "концерт", "өтті", "."],
                 ["Әкім", "Бауыржан", "Байбек", "сөз", "сөйледі", "."]]
    path.write_text("\n\n".join("\n".join(f"{t} O" for t in s) for s in sentences) + "\n",
                    encoding="utf-8")


def test_synthetic_releases_span_the_size_range(tmp_path):
    tiny_iob2(tmp_path / "t.txt")
    sizes = [len(t.encode()) / 1024 for t in synthetic_releases(tmp_path / "t.txt", 5)]
    assert len(sizes) == 5 and sizes == sorted(sizes)
    assert 1 <= sizes[0] < 3 and 39 < sizes[-1] < 101


def test_synthetic_releases_repeat_no_sentence_before_the_source_is_used_up(tmp_path):
    source = [[f"Сөйлем{i}", "бар", "."] for i in range(400)]
    (tmp_path / "t.txt").write_text("\n\n".join("\n".join(f"{t} O" for t in s) for s in source)
                                    + "\n", encoding="utf-8")
    for seed in range(5):
        texts = synthetic_releases(tmp_path / "t.txt", 3, seed=seed, max_kb=2)
        used = [w for t in texts for w in t.split() if w.startswith("Сөйлем")]
        assert 100 < len(used) <= 400 and len(set(used)) == len(used)


def test_timed_reports_the_peak_rss_of_the_largest_process():
    grow = "x = bytearray(200 * 1024 * 1024); x[::4096] = b'1' * len(x[::4096])"
    _, rss, code, _ = timed([sys.executable, "-c", grow])
    assert code == 0 and rss > 200


def test_table_and_targets_read_the_runs():
    corpus = Corpus(folder=None, docs=10, bytes=2_000_000, tokens=300_000)
    runs = [Run("fast", 1, 10, 3.0, 1.0, 80, 0), Run("fast", 2, 10, 2.0, 1.0, 80, 0),
            Run("default", 1, 10, 11.0, 6.0, 900, 0),
            Run("stanza-baseline", 1, 10, 26.0, 6.0, 800, 0)]
    table = markdown_table(corpus, runs)
    assert "| fast | 1 | 10 | 3.0 | 1.0 | 5.00 | 1.000 | 150000 | 80 |" in table
    text = "\n".join(targets(corpus, runs))
    assert "4.00x (met" in text and "2.00x (met" in text and "NOT met" not in text.split("\n")[0]


def test_median_run_picks_the_middle_processing_time():
    from presskz_tools.benchmark import median_run

    runs = [Run("fast", 1, 10, wall, startup, 80, 0)
            for wall, startup in ((9.0, 1.0), (5.0, 2.0), (6.0, 1.0))]  # processing 8, 3, 5
    assert median_run(runs).wall == 6.0
    assert median_run(runs[:2]).wall == 5.0  # even count: the lower middle
    assert median_run(runs[:1]) is runs[0]


def test_rate_is_nan_when_start_up_outlasts_the_run():
    import math

    assert math.isnan(Run("fast", 1, 10, 1.0, 1.2, 80, 0).rate(10))


def test_processing_seconds_come_from_the_batch_summary_line():
    line = "presskz batch: 77 documents, 0 errors in 9.31 s (start-up 5.02 s) (8.3 docs/s) -> o"
    assert abs(processing_seconds("warning\n" + line) - 4.29) < 1e-9
    assert processing_seconds("Traceback ...") != processing_seconds("Traceback ...")  # NaN


def test_round_ratios_pair_the_runs_of_each_round():
    from presskz_tools.benchmark import round_ratios

    default = [Run("default", 1, 10, wall, 1.0, 700, 0) for wall in (6.0, 3.0, 11.0)]
    baseline = [Run("stanza-baseline", 1, 10, wall, 1.0, 500, 0) for wall in (16.0, 13.0, 21.0)]
    # processing 5/15, 2/12, 10/20 -> ratios 3x, 6x, 2x
    assert round_ratios(default, baseline) == (
        "- default vs the baseline, round by round: 2.00x, 3.00x, 6.00x (median 3.00x)")
    assert round_ratios([], []).endswith("not measured")


def test_the_two_job_target_counts_releases_per_second():
    corpus = Corpus(folder=None, docs=100, bytes=800_000, tokens=100_000)
    runs = [Run("default", 1, 100, 4.0, 1.0, 300, 0), Run("default", 2, 100, 2.5, 1.0, 300, 0)]
    text = "\n".join(targets(corpus, runs))
    assert "- default releases/s with 2 jobs: 66.67 docs/s (met, target >= 60 docs/s)" in text
