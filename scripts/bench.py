#!/usr/bin/env python
"""Benchmark presskz batch (fast and default pipelines, 1 and 2 jobs) against the baseline a user
would write: a plain per-document stanza.Pipeline(processors="tokenize,ner") with our model.

    python scripts/bench.py --kaznerd ../shared/data/kaznerd/IOB2_test.txt --synthetic 60 \
        --markdown bench.md
    python scripts/bench.py --html      # HTML extractors: token precision/recall, pages/s
    python scripts/bench.py --latency   # one-release `presskz extract`: wall, CPU, peak RSS
    python scripts/bench.py --serve-only  # `presskz serve --workers 2`: requests/s, p50/p95

With --serve and --startup the batch run also measures, in the same invocation and report,
`presskz serve` (2 workers, one 8 KB release at concurrency 1, 4, 16) and the one-release
`presskz extract` start-up and peak RSS (default and fast pipelines); with --instructions, the
fast pipeline's instructions per MB of the dev releases (scripts/count_instructions.py, valgrind:
the speed measure that does not move with the machine's load).

The corpus is corpora/**/*.txt plus --synthetic releases assembled from consecutive KazNERD
test sentences (sizes log-uniform from 1 KB to 100 KB). Every run is its own process; rates
exclude its start-up (interpreter, imports, pipeline loading in every worker), which the batch
reports in its own summary line and the table shows separately. Run everything in ONE
invocation: ratios are only meaningful between runs that shared the machine's load.

Baseline: Stanza has no Kazakh tokenizer model offline, so the baseline is pretokenised the way
a user without one would do it: `tokenize_pretokenized=True` (one sentence per line, tokens split
on whitespace), one `nlp(text)` call per document, the same NER model and pretrain files.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))  # presskz_tools: the benchmark support


def run_baseline(folder: Path) -> None:
    """(child process) Load a plain Stanza pipeline, run it per document; print JSON timings."""
    start = time.perf_counter()
    from presskz.ner.tagger import stanza_pipeline
    from presskz.ner.stage import model_path
    nlp = stanza_pipeline(model_path())
    loaded = time.perf_counter()
    docs = entities = 0
    for path in sorted(folder.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        entities += len(doc.ents)
        docs += 1
    print(json.dumps({"docs": docs, "startup": loaded - start, "entities": entities,
                      "seconds": time.perf_counter() - loaded}))


def measure_batch(corpus, name: str, jobs: int, work: Path, chunk_args: tuple[str, ...]):
    """One batch run. Its processing time comes from the batch's own summary line (total
    seconds minus the seconds until every worker had loaded the pipeline); everything else
    (interpreter, imports, loading, exit) is the run's start-up."""
    from presskz_tools.benchmark import Run, batch_cmd, processing_seconds, timed
    label = Path(name).stem if name.endswith((".yaml", ".yml")) else name
    out = work / f"{label}-{jobs}.jsonl"
    wall, rss, code, err = timed(batch_cmd(corpus.folder, out, name, jobs, chunk_args))
    docs = 0
    if out.exists():
        with open(out, encoding="utf-8") as lines:
            docs = sum(1 for _ in lines)
    if code not in (0, 1):
        print(f"  {name} jobs={jobs} failed (exit {code}): {err}", file=sys.stderr)
    return Run(label, jobs, docs, wall, wall - processing_seconds(err), rss, code)


def measure_baseline(corpus, work: Path):
    from presskz_tools.benchmark import Run, timed
    result = work / "baseline.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_baseline", str(corpus.folder),
           str(result)]
    wall, rss, code, err = timed(cmd)
    try:
        stats = json.loads(result.read_text())
    except (OSError, ValueError):
        print(f"  baseline failed (exit {code}): {err}", file=sys.stderr)
        return Run("stanza-baseline", 1, 0, wall, wall, rss, code or 99)
    return Run("stanza-baseline", 1, stats["docs"], wall, wall - stats["seconds"], rss, code)


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kaznerd", type=Path, help="KazNERD IOB2_test.txt (synthetic releases)")
    ap.add_argument("--corpora", type=Path, default=ROOT / "corpora")
    ap.add_argument("--synthetic", type=int, default=60, help="number of synthetic releases")
    ap.add_argument("--pipelines", default="fast,default",
                    help="pipeline names or YAML files, comma-separated")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--chunk-size", type=int, help="batch --chunk-size (default: the CLI's)")
    ap.add_argument("--chunk-bytes", type=int, help="batch --chunk-bytes (default: the CLI's)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--repeat", type=int, default=None,
                    help="measure every configuration this many times (interleaved), report "
                         "each one's median run")
    ap.add_argument("--html", action="store_true",
                    help="only compare the HTML main-text extractors (readers.py's choice)")
    ap.add_argument("--latency", action="store_true",
                    help="only measure one-release `presskz extract` (median of --repeat runs, "
                         "5 if not given) for --pipelines")
    ap.add_argument("--serve", action="store_true",
                    help="also measure `presskz serve` (requests/s, p50/p95 per concurrency)")
    ap.add_argument("--serve-only", action="store_true", help="only measure `presskz serve`")
    ap.add_argument("--serve-workers", type=int, default=2)
    ap.add_argument("--serve-requests", type=int, default=64,
                    help="requests per concurrency level (at least 4 per client)")
    ap.add_argument("--startup", action="store_true",
                    help="also measure one-release `presskz extract` (default and fast)")
    ap.add_argument("--instructions", action="store_true",
                    help="also count the fast pipeline's instructions per MB of the dev releases "
                         "(valgrind; a few minutes)")
    ap.add_argument("--latency-file", type=Path,
                    default=ROOT / "corpora" / "seed" / "almaty-days-in-astana.txt",
                    help="the release --latency extracts")
    ap.add_argument("--markdown", type=Path, help="also write the report to this file")
    ap.add_argument("--conditions", default="",
                    help="what else ran on the machine, for the report's conditions line")
    ap.add_argument("--work", type=Path, help="keep the corpus and outputs here")
    ap.add_argument("--_baseline", dest="baseline_dir", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("result", nargs="?", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args()


def baseline_child(folder: Path, result: Path) -> None:
    """The baseline process: its JSON timings go to `result` (Stanza may print to stdout)."""
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        run_baseline(folder)
    result.write_text(buf.getvalue().strip().splitlines()[-1])


def main() -> None:
    args = parse_args()
    if args.baseline_dir:
        return baseline_child(args.baseline_dir, args.result)
    if args.html:
        from presskz_tools.benchmark_html import compare
        return print(compare(args.corpora))
    if args.latency:
        return latency(args)
    if args.serve_only:
        return _write(args, "\n".join([f"Machine: {machine_line()}", "", *_conditions(args),
                                       serve_section(args)]))
    args.repeat = args.repeat or 1
    from presskz_tools.benchmark import build_corpus, machine, markdown_table, targets
    work = args.work or Path(tempfile.mkdtemp(prefix="presskz-bench-"))
    corpus = build_corpus(work / "corpus", args.corpora, args.kaznerd, args.synthetic)
    print(f"corpus: {corpus.docs} docs, {corpus.bytes / 1e6:.2f} MB, {corpus.tokens} tokens "
          f"in {corpus.folder}", file=sys.stderr)
    chunk_args = tuple(arg for flag, value in (("--chunk-size", args.chunk_size),
                                               ("--chunk-bytes", args.chunk_bytes))
                       if value is not None for arg in (flag, str(value)))
    configs = [(name, int(jobs)) for name in args.pipelines.split(",")
               for jobs in args.jobs.split(",")]
    if not args.no_baseline:
        configs.append(("stanza-baseline", 1))
    measured: dict[tuple[str, int], list] = {config: [] for config in configs}
    # rounds go over every configuration in turn, so that a slow spell of a shared machine
    # hits all of them rather than one; each configuration then reports its median run
    for round_no in range(1, args.repeat + 1):
        for name, jobs in configs:
            if name == "stanza-baseline":
                run = measure_baseline(corpus, work)
            else:
                run = measure_batch(corpus, name, jobs, work, chunk_args)
            measured[(name, jobs)].append(run)
            print(f"  round {round_no}: {name} jobs={jobs}: {run.wall:.1f} s", file=sys.stderr)
    from presskz_tools.benchmark import median_run, round_ratios
    runs = [median_run(measured[config]) for config in configs]
    lines = targets(corpus, runs)
    if ("default", 1) in measured and ("stanza-baseline", 1) in measured:
        lines.append(round_ratios(measured[("default", 1)], measured[("stanza-baseline", 1)]))
    sections = [f"Machine: {machine()}", "", *_conditions(args), "## Batch", "",
                f"Corpus: {corpus.docs} documents, {corpus.bytes / 1e6:.2f} MB, "
                f"{corpus.tokens} tokens", "", markdown_table(corpus, runs), "", *lines]
    if args.serve:
        sections += ["", "## `presskz serve`", "", serve_section(args)]
    if args.startup:
        from presskz_tools.latency import measure, report
        samples = measure(args.latency_file, ["default", "fast"], 5)
        sections += ["", "## One release: `presskz extract`", "", report(args.latency_file, samples)]
    if args.instructions:
        sections += ["", "## Fast pipeline: instructions per MB", "", instructions_section()]
    sections += ["", f"Load average at the end: {machine_line(load_only=True)}"]
    _write(args, "\n".join(sections))


def instructions_section() -> str:
    """scripts/count_instructions.py's report on the dev releases, as a code block."""
    import subprocess
    command = ["scripts/count_instructions.py", "corpora/releases/dev", "--pipeline", "fast"]
    done = subprocess.run([sys.executable, *command], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return "\n".join(["    python " + " ".join(command), "", "```", done.stdout.strip(), "```"])


def _conditions(args: argparse.Namespace) -> list[str]:
    return [f"Conditions: {args.conditions.strip()}", ""] if args.conditions.strip() else []


def machine_line(load_only: bool = False) -> str:
    from presskz_tools.benchmark import machine
    if load_only:
        import os
        return ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return machine()


def serve_section(args: argparse.Namespace) -> str:
    from presskz_tools.benchmark_serve import measure, report
    result = measure(args.latency_file, workers=args.serve_workers, requests=args.serve_requests)
    return report(args.latency_file, result)


def _write(args: argparse.Namespace, text: str) -> None:
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")


def latency(args: argparse.Namespace) -> None:
    from presskz_tools.latency import measure, report
    samples = measure(args.latency_file, args.pipelines.split(","), args.repeat or 5)
    text = report(args.latency_file, samples)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
