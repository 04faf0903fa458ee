"""Benchmark support for scripts/bench.py: the benchmark corpus, timed runs, the results table.

Each measured run is a separate process (`presskz batch ...` or the Stanza baseline), waited
for with os.wait4 so that its peak RSS is that of its largest process (the batch or one of its
workers: Linux folds reaped children's peak into their parent's), i.e. "peak RSS per worker".
"""
from __future__ import annotations

import math
import os
import platform
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from presskz.eval.kaznerd import detokenize, read_iob2


@dataclass
class Corpus:
    folder: Path
    docs: int
    bytes: int
    tokens: int


@dataclass
class Run:
    name: str
    jobs: int
    docs: int
    wall: float
    startup: float
    peak_rss_mb: float
    returncode: int

    def rate(self, amount: float) -> float:
        """amount per second of processing (wall time minus the start-up time)."""
        if not self.docs:
            return 0.0
        processing = self.wall - self.startup
        # a corpus too small to outlast start-up has no measurable rate (not an infinite one)
        return amount / processing if processing > 0 else float("nan")


def median_run(runs: list[Run]) -> Run:
    """The run with the median processing time (wall minus start-up) of one configuration
    (the lower middle one for an even count)."""
    ordered = sorted(runs, key=lambda r: r.wall - r.startup)
    return ordered[(len(ordered) - 1) // 2]


def round_ratios(default_runs: list[Run], baseline_runs: list[Run]) -> str:
    """default/baseline docs/s of each round (runs of the same round share the machine's mood),
    and their median: a check on the ratio of the two medians."""
    ratios = sorted(d.rate(1) / b.rate(1) for d, b in zip(default_runs, baseline_runs)
                    if d.rate(1) and b.rate(1))
    if not ratios:
        return "- default vs the baseline, round by round: not measured"
    return (f"- default vs the baseline, round by round: "
            f"{', '.join(f'{r:.2f}x' for r in ratios)} (median {ratios[(len(ratios) - 1) // 2]:.2f}x)")


def synthetic_releases(kaznerd: Path, count: int, seed: int = 13, min_kb: float = 1,
                       max_kb: float = 100) -> list[str]:
    """Texts made of consecutive KazNERD sentences, 4-6 sentences a paragraph (one paragraph a
    line, as releases are laid out), sizes spread log-evenly over [min_kb, max_kb] KB (one size
    per stratum, so that even a small corpus spans the whole range). One reading position runs
    on through all texts from a random start, so that no sentence comes twice until the file is
    used up: repeated sentences would flatter every per-word cache."""
    sentences = [detokenize(s.tokens) for s in read_iob2(kaznerd)]
    rng = random.Random(seed)
    texts = []
    lo, hi = math.log(min_kb), math.log(max_kb)
    position = rng.randrange(len(sentences))
    for k in range(count):
        target = 1024 * math.exp(lo + (hi - lo) * (k + rng.random()) / count)
        paragraphs, size = [], 0
        while size < target:
            take = rng.randint(4, 6)
            para = " ".join(sentences[(position + j) % len(sentences)] for j in range(take))
            position += take
            paragraphs.append(para)
            size += len(para.encode("utf-8")) + 1
        texts.append("\n".join(paragraphs) + "\n")
    return texts


def build_corpus(dest: Path, corpora: Path, kaznerd: Path | None, synthetic: int,
                 seed: int = 13) -> Corpus:
    """Copy corpora/**/*.txt and write `synthetic` KazNERD-made releases into dest/."""
    from presskz.segment.tokenizer import tokenize

    dest.mkdir(parents=True, exist_ok=True)
    texts = {f"corpus-{i:03d}": p.read_text(encoding="utf-8")
             for i, p in enumerate(sorted(corpora.rglob("*.txt")))}
    if kaznerd is not None and synthetic:
        texts.update({f"synthetic-{i:04d}": t
                      for i, t in enumerate(synthetic_releases(kaznerd, synthetic, seed))})
    total_bytes = total_tokens = 0
    for name, text in texts.items():
        (dest / f"{name}.txt").write_text(text, encoding="utf-8")
        total_bytes += len(text.encode("utf-8"))
        total_tokens += len(tokenize(text))
    return Corpus(dest, len(texts), total_bytes, total_tokens)


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, float, int, str]:
    """(wall seconds, peak RSS MB of the largest process, return code, stderr tail) of cmd."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    return wall, usage.ru_maxrss / 1024, proc.returncode, err.strip()[-400:]


def processing_seconds(summary: str) -> float:
    """Seconds after start-up, from `presskz batch`'s summary line ("... in 9.31 s (start-up
    5.02 s) ..."); NaN if the line is missing (a failed run)."""
    found = re.search(r" in ([0-9.]+) s \(start-up ([0-9.]+) s\)", summary)
    return float(found[1]) - float(found[2]) if found else float("nan")


def batch_cmd(inputs: Path, out: Path, pipeline: str, jobs: int,
              chunk_args: tuple[str, ...] = ()) -> list[str]:
    """`presskz batch` as a user runs it (the CLI's partition sizes unless chunk_args)."""
    return [sys.executable, "-m", "presskz.cli.main", "batch", str(inputs), "-o", str(out),
            "--pipeline", pipeline, "--jobs", str(jobs), "--no-progress", *chunk_args]


def machine() -> str:
    """One line describing the machine and its load while the benchmark ran."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
        ram = f"{mem / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        ram = "RAM unknown"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{model}, {os.cpu_count()} cores, {ram}, Python {platform.python_version()}, "
            f"load average {load}")


def markdown_table(corpus: Corpus, runs: list[Run]) -> str:
    """The results as a Markdown table (rates exclude start-up; start-up is its own column)."""
    head = ("| run | jobs | docs | wall s | start-up s | docs/s | MB/s | tokens/s | peak RSS MB |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    rows = [head]
    for r in runs:
        failed = "" if r.returncode in (0, 1) else f" (exit {r.returncode})"
        rows.append(f"| {r.name}{failed} | {r.jobs} | {r.docs} | {r.wall:.1f} | {r.startup:.1f} | "
                    f"{r.rate(r.docs):.2f} | {r.rate(corpus.bytes / 1e6):.3f} | "
                    f"{r.rate(corpus.tokens):.0f} | {r.peak_rss_mb:.0f} |")
    return "\n".join(rows)


def targets(corpus: Corpus, runs: list[Run]) -> list[str]:
    """The issue's targets, each with the measured value and whether it is met."""
    by = {(r.name, r.jobs): r for r in runs if r.returncode in (0, 1)}
    lines = []

    def check(label: str, value: float | None, goal: float, unit: str = "x", below=False):
        if value is None:
            lines.append(f"- {label}: not measured")
            return
        ok = value < goal if below else value >= goal
        lines.append(f"- {label}: {value:.2f}{unit} ({'met' if ok else 'NOT met'}, "
                     f"target {'<' if below else '>='} {goal}{unit})")

    base, default1 = by.get(("stanza-baseline", 1)), by.get(("default", 1))
    fast1, default2 = by.get(("fast", 1)), by.get(("default", 2))
    # issue 23's targets: 8 KB releases, default pipeline
    check("default docs/s vs per-document Stanza baseline (1 job)",
          default1.rate(1) / base.rate(1) if base and default1 else None, 4)
    check("default releases/s with 2 jobs", default2.rate(default2.docs) if default2 else None, 60,
          " docs/s")
    if base and default2:  # not a target: the baseline's torch also uses every core
        lines.append(f"- (for reference) default with 2 jobs vs the baseline: "
                     f"{default2.rate(1) / base.rate(1):.2f}x")
    for (name, jobs), run in by.items():  # e.g. a pipeline YAML given to --pipelines
        if base and jobs == 1 and name not in ("fast", "default", "stanza-baseline"):
            lines.append(f"- (for reference) {name} vs the baseline: "
                         f"{run.rate(1) / base.rate(1):.2f}x")
    if fast1:  # withdrawn as a target (issue 23): wall-clock MB/s swings with the machine's load
        lines.append(f"- (for reference) fast MB/s per core (1 job): "
                     f"{fast1.rate(corpus.bytes / 1e6):.2f} MB/s")
    check("default peak RSS per worker", default1.peak_rss_mb if default1 else None, 1536,
          " MB", below=True)
    for name in ("fast", "default"):
        one, two = by.get((name, 1)), by.get((name, 2))
        check(f"{name}: 2 jobs vs 1 job", two.rate(1) / one.rate(1) if one and two else None, 1.8)
    return lines
