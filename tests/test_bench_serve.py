"""The serve benchmark (tools/presskz_tools/benchmark_serve.py): percentiles, the report and its
target line, and one short run against a real `presskz serve` (fast pipeline)."""
from __future__ import annotations

from pathlib import Path

import pytest

from presskz_tools.benchmark_serve import Level, ServeResult, measure, report

SEED = Path(__file__).resolve().parent.parent / "corpora" / "seed" / "almaty-days-in-astana.txt"


def test_percentiles_are_taken_from_the_sorted_latencies():
    level = Level(4, 5, 0, 1.0, [0.5, 0.1, 0.4, 0.2, 0.3])
    assert level.percentile(50) == 0.3
    assert level.percentile(95) == 0.5
    assert level.percentile(0) == 0.1
    assert str(Level(1, 1, 1, 1.0, []).percentile(50)) == "nan"


def test_the_report_has_one_row_per_level_and_the_p95_target():
    levels = [Level(1, 10, 0, 2.0, [0.1] * 10), Level(4, 10, 0, 1.0, [0.2] * 9 + [0.3])]
    text = report(SEED, ServeResult(2, "default", 3.2, levels, [180.0, 190.0]))
    assert "| 1 | 10 | 0 | 5.0 | 100 | 100 |" in text
    assert "| 4 | 10 | 0 | 10.0 | 200 | 300 |" in text
    assert "p95 at concurrency 4: 300 ms (NOT met, target <= 250 ms)" in text
    assert "peak RSS per worker 180, 190 MB" in text


@pytest.mark.slow  # starts a server with two workers
def test_a_short_run_against_a_real_server():
    pytest.importorskip("uvicorn")
    result = measure(SEED, pipeline="fast", workers=2, concurrencies=(1, 4), requests=8)
    assert [level.concurrency for level in result.levels] == [1, 4]
    assert all(level.failed == 0 and len(level.latencies) == level.requests
               for level in result.levels)
    assert len(result.worker_rss_mb) == 2 and result.startup > 0
