#!/usr/bin/env python
"""Instructions a pipeline spends processing a folder of .txt releases (valgrind callgrind).

    python scripts/count_instructions.py DIR [--pipeline fast]

Wall-clock and CPU times on a shared VM move by a third from one hour to the next; instruction
counts do not, so they tell whether a change made the code do less. The script runs itself twice
under callgrind, once loading the pipeline only and once also processing the documents and
building their records, and prints the difference. Under valgrind Python runs about 50x slower:
a quarter of the benchmark corpus (0.4 MB) takes about three minutes. Needs `valgrind` on PATH.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def run_once(folder: Path, pipeline: str, process: bool) -> None:
    """The measured work: load the pipeline and, if asked, process the folder's documents."""
    from presskz.api import load_pipeline, make_document
    from presskz.record_builder import build_record

    pipe = load_pipeline(pipeline).load()
    if process:
        paths = sorted(folder.rglob("*.txt"))
        docs = [make_document(p.read_text(encoding="utf-8"), p.stem, reference_date="2016-11-03")
                for p in paths]
        for doc in pipe.pipe(docs):
            build_record(doc, pipe)


def instructions(folder: Path, pipeline: str, process: bool) -> int:
    """Instructions (callgrind's Ir) of one run_once in a fresh interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
                   sys.executable, __file__, str(folder), "--pipeline", pipeline, "--inner"]
        if not process:
            command.append("--load-only")
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--pipeline", default="fast")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--load-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        run_once(args.folder, args.pipeline, not args.load_only)
        return
    load = instructions(args.folder, args.pipeline, process=False)
    total = instructions(args.folder, args.pipeline, process=True)
    print(f"processing: {(total - load) / 1e9:.3f} G instructions "
          f"(load {load / 1e9:.3f} G, not counted)")


if __name__ == "__main__":
    main()
