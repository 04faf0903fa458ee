#!/usr/bin/env python
"""Instructions a pipeline spends processing a folder of .txt releases (valgrind callgrind).

    python scripts/count_instructions.py DIR [--pipeline fast] [--passes 2]

Wall-clock and CPU times on a shared VM move by a third from one hour to the next; instruction
counts do not, so they tell whether a change made the code do less. The script runs itself under
callgrind once loading the pipeline only and once also processing the documents and building
their records, and prints the difference. With --passes N it also runs N passes over the same
documents in one process and prints each pass's own count: the first pass is cold (every word
form seen for the first time), the later ones show the floor that warm per-word memos leave.
Under valgrind Python runs about 50x slower: a quarter of the benchmark corpus (0.4 MB) takes
about three minutes per run. Needs `valgrind` on PATH.
"""
from __future__ import annotations

import argparse
import contextlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def run_once(folder: Path, pipeline: str, passes: int, gc_on: bool) -> None:
    """The measured work: load the pipeline, then process the folder's documents `passes` times
    (fresh Documents each time; the pipeline and its memos stay), as a `presskz batch` worker
    does: the cyclic garbage collector paused (batch/gc_pause.py) unless `gc_on`, as in a
    program that calls the library itself."""
    from presskz.api import load_pipeline, make_document
    from presskz.batch.gc_pause import gc_paused
    from presskz.core.record_builder import build_record

    pipe = load_pipeline(pipeline).load()
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.txt"))]
    for _ in range(passes):
        with contextlib.nullcontext() if gc_on else gc_paused():
            docs = [make_document(text, name, reference_date="2016-11-03") for name, text in texts]
            for doc in pipe.pipe(docs):
                build_record(doc, pipe)


def instructions(folder: Path, pipeline: str, passes: int, gc_on: bool) -> int:
    """Instructions (callgrind's Ir) of one run_once in a fresh interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
                   sys.executable, __file__, str(folder), "--pipeline", pipeline,
                   "--inner", str(passes)] + (["--gc-on"] if gc_on else [])
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--pipeline", default="fast")
    ap.add_argument("--passes", type=int, default=1, help="passes over the documents (default 1)")
    ap.add_argument("--gc-on", action="store_true",
                    help="leave the garbage collector on, as the library does for its callers")
    ap.add_argument("--inner", type=int, help=argparse.SUPPRESS)  # passes, in the measured child
    args = ap.parse_args()
    if args.inner is not None:
        run_once(args.folder, args.pipeline, args.inner, args.gc_on)
        return
    megabytes = sum(p.stat().st_size for p in args.folder.rglob("*.txt")) / 1e6
    counts = [instructions(args.folder, args.pipeline, n, args.gc_on)
              for n in range(args.passes + 1)]
    print(f"load: {counts[0] / 1e9:.3f} G instructions (not counted below)")
    for n in range(1, len(counts)):
        spent = counts[n] - counts[n - 1]
        print(f"{'processing' if args.passes == 1 else f'pass {n}'}: {spent / 1e9:.3f} G "
              f"instructions ({spent / 1e9 / megabytes:.2f} G per MB of {megabytes:.2f} MB)")


if __name__ == "__main__":
    main()
