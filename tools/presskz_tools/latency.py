"""One-release latency of `presskz extract FILE`: wall time, user+sys CPU and peak RSS per run.

Each run is a fresh process (interpreter, imports, model loading, one record), as a newsroom
script calling presskz per file pays it. Runs of the pipelines are interleaved, so that a slow
spell of a shared machine hits all of them, and each pipeline reports its median. CPU time is
the steadier figure on a loaded machine: wall time there also counts waiting for a core.

The runs find the package's modules already byte-compiled, as an installed package has them (pip
compiles a wheel's modules when it installs it): one untimed run per pipeline first writes the
bytecode to a temporary PYTHONPYCACHEPREFIX, also where PYTHONDONTWRITEBYTECODE is set (then
every run would compile ~110 modules from source again: about 0.3 s of CPU a run here).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

# issue 23: the default pipeline on one 8.5 KB release, median of 5 runs
TARGET_WALL, TARGET_RSS_MB = 1.5, 300


@dataclass
class Sample:
    wall: float
    cpu: float  # user + sys seconds
    rss_mb: float
    code: int


def extract_once(path: Path, pipeline: str, env: dict[str, str] | None = None) -> Sample:
    """One `presskz extract` process on `path`, measured with wait4 (as /usr/bin/time -v)."""
    with tempfile.TemporaryDirectory(prefix="presskz-latency-") as tmp:
        cmd = [sys.executable, "-m", "presskz.cli.main", "extract", str(path), "--pipeline",
               pipeline, "-o", str(Path(tmp) / "record.json")]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                  os.waitstatus_to_exitcode(status))


def measure(path: Path, pipelines: list[str], repeat: int = 5) -> dict[str, list[Sample]]:
    """Samples per pipeline, `repeat` interleaved rounds after one untimed run each (the
    bytecode: see above)."""
    with tempfile.TemporaryDirectory(prefix="presskz-pycache-") as cache:
        env = {name: value for name, value in os.environ.items()
               if name != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for name in pipelines:
            extract_once(path, name, env)
        return _rounds(path, pipelines, repeat, env)


def _rounds(path: Path, pipelines: list[str], repeat: int, env: dict[str, str]
            ) -> dict[str, list[Sample]]:
    samples: dict[str, list[Sample]] = {name: [] for name in pipelines}
    for round_no in range(1, repeat + 1):
        for name in pipelines:
            sample = extract_once(path, name, env)
            samples[name].append(sample)
            print(f"  round {round_no}: {name}: {sample.wall:.2f} s wall, {sample.cpu:.2f} s CPU, "
                  f"{sample.rss_mb:.0f} MB", file=sys.stderr)
    return samples


def report(path: Path, samples: dict[str, list[Sample]]) -> str:
    """A Markdown table of the medians, and the issue's target for the default pipeline."""
    size = path.stat().st_size / 1024
    lines = [f"`presskz extract` on {path.name} ({size:.1f} KB), median of "
             f"{max(len(s) for s in samples.values())} runs (modules byte-compiled beforehand, "
             f"as installed):", "",
             "| pipeline | wall s | user+sys s | peak RSS MB | failed runs |", "|---|---:|---:|---:|---:|"]
    for name, runs in samples.items():
        lines.append(f"| {name} | {statistics.median(r.wall for r in runs):.2f} | "
                     f"{statistics.median(r.cpu for r in runs):.2f} | "
                     f"{statistics.median(r.rss_mb for r in runs):.0f} | "
                     f"{sum(r.code != 0 for r in runs)} |")
    if "default" in samples:
        runs = samples["default"]
        wall = statistics.median(r.wall for r in runs)
        rss = statistics.median(r.rss_mb for r in runs)
        verdict = "met" if wall <= TARGET_WALL and rss <= TARGET_RSS_MB else "NOT met"
        lines += ["", f"Target (default pipeline): <= {TARGET_WALL} s wall and <= {TARGET_RSS_MB} MB: "
                      f"{verdict} ({wall:.2f} s, {rss:.0f} MB)"]
    return "\n".join(lines)
