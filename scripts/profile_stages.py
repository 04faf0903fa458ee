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
SECTION = "## Where the instructions go"
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


def run_child(folder: Path, pipeline: str, labels_file: Path, detail: list[str]) -> None:
    """The measured work (as count_instructions.run_once, one pass), with region marks."""
    from presskz.api import load_pipeline, make_document
    from presskz.batch.gc_pause import gc_paused
    from presskz.core import record_builder

    regions = Regions()
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
    regions.stack[-1] = "documents"
    regions.mark()
    with gc_paused():
        docs = [make_document(text, name, reference_date="2016-11-03") for name, text in texts]
        for doc in pipe.pipe(docs):
            build(doc, pipe)
    regions.stack[-1] = "exit"
    regions.mark()
    labels_file.write_text(json.dumps(regions.labels), encoding="utf-8")


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


def table(totals: Counter, megabytes: float, pipeline: str) -> str:
    """Markdown table of the processing regions (load and start-up listed below it)."""
    skip = {"start-up", "load", "documents", "exit"}
    work = {k: v for k, v in totals.items() if k not in skip}
    spent = sum(work.values())
    lines = [f"{pipeline} pipeline, {megabytes:.2f} MB: {spent / 1e9:.3f} G instructions "
             f"({spent / 1e9 / megabytes:.2f} G per MB); loading {totals['load'] / 1e9:.3f} G "
             f"(not counted)", "",
             "| region | G instructions | G per MB | share |", "|---|---:|---:|---:|"]
    for label, count in sorted(work.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {label} | {count / 1e9:.3f} | {count / 1e9 / megabytes:.2f} | "
                     f"{100 * count / spent:.1f}% |")
    tagger = sum(v for k, v in work.items() if k.startswith("tagger:"))
    if tagger:
        lines.append(f"| (tagger, all parts) | {tagger / 1e9:.3f} | {tagger / 1e9 / megabytes:.2f}"
                     f" | {100 * tagger / spent:.1f}% |")
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
    ap.add_argument("--inner", type=Path, help=argparse.SUPPRESS)  # labels file, in the child
    args = ap.parse_args()
    if args.inner is not None:
        run_child(args.folder, args.pipeline, args.inner, args.detail)
        return
    megabytes = sum(p.stat().st_size for p in args.folder.rglob("*.txt")) / 1e6
    text = table(profile(args.folder, args.pipeline, args.detail), megabytes, args.pipeline)
    print(text, end="")
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.section:
        put_section(args.section, text, "python scripts/profile_stages.py "
                    f"{args.folder.as_posix()} --pipeline {args.pipeline}")


if __name__ == "__main__":
    main()
