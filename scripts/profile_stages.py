#!/usr/bin/env python
"""Where a pipeline's instructions go: per stage, and inside the NER tagger per part (valgrind).

    python scripts/profile_stages.py corpora/releases/dev --pipeline default [--markdown FILE]
    python scripts/profile_stages.py corpora/releases/dev --section docs/benchmarks.md

scripts/count_instructions.py gives one total; this script splits it. It runs itself under
callgrind with `--dump-before=getppid`, so that every call of os.getppid() (which nothing else
in the pipeline makes) closes one callgrind dump, and it calls os.getppid() on entering and on
leaving each stage's pipe(), each record build and each part of the tagger (functions wrapped
in the measured child only; the library is unchanged). Each dump's instruction count is booked
to the region that was innermost while it ran, so nested parts are subtracted from their
callers: "tagger: Python steps" is what the ner_model stage spends outside the named parts
(sentence lists, the per-form cache, runs and spans). Same documents, reference date and
paused garbage collector as count_instructions.py; about 5 minutes for the dev releases on a
quiet machine. --section puts the table into a Markdown file as its SECTION section (replacing
an earlier one), so docs/benchmarks.md gets it from this script, not by hand.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

# the tagger's parts: (module, attribute, label); the character LSTM's own recurrence is booked
# to the character model, not to the tagger's recurrence
TAGGER_PARTS = (
    ("presskz.ner.tagger", "NerTagger._run_char_model", "tagger: character BiLSTM"),
    ("presskz.ner.tagger", "NerTagger._input_gates", "tagger: word input projections"),
    ("presskz.ner.tagger", "lstm_direction", "tagger: BiLSTM recurrence"),
    ("presskz.ner.tagger", "NerTagger._emissions", "tagger: gate lookup + tag scores"),
    ("presskz.ner.tagger", "viterbi", "tagger: Viterbi"),
    ("presskz.ner.tagger", "tag_marginals", "tagger: marginals (forward-backward)"),
)
NER_STAGE = "ner_model"
SECTION = "## Where the processing goes"
PYTHON_STEPS = "tagger: Python steps"


class Regions:
    """The stack of open regions and the label of every callgrind dump so far."""

    def __init__(self) -> None:
        self.stack = ["start-up"]
        self.labels: list[str] = []

    def mark(self) -> None:
        self.labels.append(self.stack[-1])  # the dump about to close belongs to this region
        os.getppid()

    def wrap(self, func, label: str, unless_inside: str | None = None):
        @functools.wraps(func)
        def wrapped(*args, **kwargs):
            if unless_inside and self.stack[-1] == unless_inside:
                return func(*args, **kwargs)
            self.mark()
            self.stack.append(label)
            try:
                return func(*args, **kwargs)
            finally:
                self.mark()
                self.stack.pop()
        return wrapped


class CpuRegions(Regions):
    """Regions timed in CPU seconds of this process (--cpu: no valgrind, same booking)."""

    def __init__(self) -> None:
        super().__init__()
        self.seconds: Counter[str] = Counter()
        self.last = time.process_time()

    def mark(self) -> None:
        now = time.process_time()
        self.seconds[self.stack[-1]] += now - self.last  # type: ignore[assignment]
        self.last = now


def _patch_tagger(regions: Regions) -> None:
    import importlib

    char_label = TAGGER_PARTS[0][2]
    for module_name, attribute, label in TAGGER_PARTS:
        owner = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        inside = char_label if name == "lstm_direction" else None
        setattr(owner, name, regions.wrap(getattr(owner, name), label, inside))


def _patch_detail(regions: Regions, names: list[str]) -> None:
    """Book each named function (`package.module.function` or `package.module.Class.method`)
    to its own region, wherever it is bound (modules that imported it by name included)."""
    import importlib

    for dotted in names:
        module_name, _, attribute = dotted.rpartition(".")
        owner: object = None
        with contextlib.suppress(ImportError):
            owner = importlib.import_module(module_name)
        if owner is None:  # a method: module.Class.method
            module_name, _, class_name = module_name.rpartition(".")
            owner = getattr(importlib.import_module(module_name), class_name)
        original = getattr(owner, attribute)
        wrapped = regions.wrap(original, dotted.removeprefix("presskz."))
        holders = [owner] + [m for name, m in list(sys.modules.items())
                             if name.startswith("presskz") and m is not owner]
        for holder in holders:
            for key, value in list(vars(holder).items()):
                if value is original:
                    setattr(holder, key, wrapped)


def run_child(folder: Path, pipeline: str, labels_file: Path | None, detail: list[str],
              passes: int = 1) -> list[Counter]:
    """The measured work (as count_instructions.run_once), with region marks: under callgrind
    (one pass, labels written to `labels_file`), or timed (CpuRegions: CPU seconds per region
    of each of `passes` passes, the first cold, the later ones with every memo warm)."""
    from presskz.api import load_pipeline, make_document
    from presskz.batch.gc_pause import gc_paused
    from presskz.core import record_builder

    regions = Regions() if labels_file else CpuRegions()
    regions.stack.append("load")
    regions.mark()
    pipe = load_pipeline(pipeline).load()
    if any(stage.name == NER_STAGE for stage in pipe.stages):
        _patch_tagger(regions)
    _patch_detail(regions, detail)
    for stage in pipe.stages:
        label = PYTHON_STEPS if stage.name == NER_STAGE else f"stage: {stage.name}"
        stage.pipe = regions.wrap(stage.pipe, label)  # type: ignore[method-assign,unused-ignore]
    build = regions.wrap(record_builder.build_record, "record building")
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.txt"))]
    timed = []
    for _ in range(passes):
        regions.stack[-1] = "documents"
        regions.mark()
        with gc_paused():
            docs = [make_document(text, name, reference_date="2016-11-03") for name, text in texts]
            for doc in pipe.pipe(docs):
                build(doc, pipe)
        regions.stack[-1] = "exit"
        regions.mark()
        if isinstance(regions, CpuRegions):
            timed.append(Counter(regions.seconds))
            regions.seconds.clear()
    if labels_file:
        labels_file.write_text(json.dumps(regions.labels), encoding="utf-8")
    return timed


def profile(folder: Path, pipeline: str, detail: list[str]) -> Counter:
    """Instructions per region label, from one callgrind run of run_child."""
    with tempfile.TemporaryDirectory() as tmp:
        out, labels_file = Path(tmp) / "out", Path(tmp) / "labels.json"
        command = ["valgrind", "--tool=callgrind", "--dump-before=getppid",
                   f"--callgrind-out-file={out}", sys.executable, __file__, str(folder),
                   "--pipeline", pipeline, "--inner", str(labels_file)]
        command += [arg for name in detail for arg in ("--detail", name)]
        subprocess.run(command, capture_output=True, text=True, check=True)
        labels = json.loads(labels_file.read_text(encoding="utf-8"))
        totals: Counter = Counter()
        for i, label in enumerate(labels, 1):
            text = (Path(tmp) / f"out.{i}").read_text(encoding="utf-8", errors="replace")
            found = re.search(r"^totals: (\d+)", text, re.M)
            if found is None:
                raise RuntimeError(f"no totals in callgrind dump {i}")
            totals[label] += int(found.group(1))
    return totals


def table(totals: Counter, megabytes: float, pipeline: str, cpu: str = "") -> str:
    """Markdown table of the processing regions (loading only named above it). Instructions,
    or with `cpu` (the pass's name) CPU seconds."""
    skip = {"start-up", "load", "documents", "exit"}
    work = {k: v for k, v in totals.items() if k not in skip}
    spent = sum(work.values())
    scale, unit = (1.0, "CPU s") if cpu else (1e9, "G instructions")
    head = (f"{pipeline} pipeline, {megabytes:.2f} MB, {cpu}: {spent:.3f} CPU s" if cpu else
            f"{pipeline} pipeline, {megabytes:.2f} MB: {spent / 1e9:.3f} G instructions "
            f"({spent / 1e9 / megabytes:.2f} G per MB); loading {totals['load'] / 1e9:.3f} G "
            f"(not counted)")
    lines = [head, "", f"| region | {unit} | {unit} per MB | share |", "|---|---:|---:|---:|"]
    tagger = sum(v for k, v in work.items() if k.startswith("tagger:"))
    rows = sorted(work.items(), key=lambda kv: -kv[1]) + ([("(tagger, all parts)", tagger)]
                                                         if tagger else [])
    for label, count in rows:
        lines.append(f"| {label} | {count / scale:.3f} | {count / scale / megabytes:.2f} | "
                     f"{100 * count / spent:.1f}% |")
    return "\n".join(lines) + "\n"


def put_section(path: Path, body: str, command: str) -> None:
    """Replace (or add, before the closing load-average line) SECTION in the Markdown file."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    block = f"{SECTION}\n\n    {command}\n\n{body}\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |^Load average at the end|\Z)",
                         re.M | re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text, count=1)
    elif "\nLoad average at the end" in text:
        head, _, tail = text.rpartition("\nLoad average at the end")
        text = f"{head}\n{block}\nLoad average at the end{tail}"
    else:
        text = f"{text.rstrip()}\n\n{block}" if text else block
    path.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--pipeline", default="default")
    ap.add_argument("--markdown", type=Path, help="also write the table to this file")
    ap.add_argument("--section", type=Path, metavar="MARKDOWN",
                    help=f"write the table as the '{SECTION}' section of this file")
    ap.add_argument("--detail", action="append", default=[], metavar="FUNCTION",
                    help="also book this function (presskz.events.aspect.clause_status, "
                         "presskz.module.Class.method) to its own region; repeatable")
    ap.add_argument("--cpu", type=int, metavar="PASSES",
                    help="no valgrind: CPU seconds per region in this process, for PASSES passes "
                         "(the first cold, the later ones warm; noisy on a busy machine)")
    ap.add_argument("--inner", type=Path, help=argparse.SUPPRESS)  # labels file, in the child
    args = ap.parse_args()
    if args.inner is not None:
        run_child(args.folder, args.pipeline, args.inner, args.detail)
        return
    megabytes = sum(p.stat().st_size for p in args.folder.rglob("*.txt")) / 1e6
    if args.cpu:
        passes = run_child(args.folder, args.pipeline, None, args.detail, args.cpu)
        text = "\n".join(table(seconds, megabytes, args.pipeline, f"pass {n} of {len(passes)}"
                               + (" (cold)" if n == 1 else " (warm)"))
                         for n, seconds in enumerate(passes, 1))
    else:
        text = table(profile(args.folder, args.pipeline, args.detail), megabytes, args.pipeline)
    print(text, end="")
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.section:
        put_section(args.section, text, "python scripts/profile_stages.py "
                    f"{args.folder.as_posix()} --pipeline {args.pipeline}"
                    + (f" --cpu {args.cpu}" if args.cpu else ""))


if __name__ == "__main__":
    main()
