#!/usr/bin/env python
"""CPU seconds per pipeline stage over a folder of .txt releases (time.process_time, one process).

    python scripts/stage_times.py corpora/ --pipeline fast

For finding where the time goes; scripts/bench.py measures whole batch runs against the targets.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from presskz.api import load_pipeline, make_document
from presskz.core.record_builder import build_record


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--pipeline", default="fast")
    ap.add_argument("--reference-date", default="2016-11-03")
    args = ap.parse_args()
    paths = sorted(args.folder.rglob("*.txt"))
    start = time.process_time()
    # loaded up front, as batch workers do, so that the rows are processing time only
    pipe = load_pipeline(args.pipeline).load()
    load_seconds = time.process_time() - start
    docs = [make_document(p.read_text(encoding="utf-8"), p.stem,
                          reference_date=args.reference_date) for p in paths]
    rows = []
    for stage in pipe.stages:
        start = time.process_time()
        docs = stage.pipe(docs)
        for doc in docs:
            doc.assigned.update(stage.assigns)
        rows.append((stage.name, time.process_time() - start))
    start = time.process_time()
    for doc in docs:
        build_record(doc, pipe)
    rows.append(("record", time.process_time() - start))
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    total = sum(seconds for _, seconds in rows)
    print(f"{'(load)':12s} {load_seconds:7.3f} s  (not in the total)")
    for name, seconds in rows:
        print(f"{name:12s} {seconds:7.3f} s")
    print(f"total {total:.2f} s CPU for {megabytes:.2f} MB ({len(docs)} documents) = "
          f"{megabytes / total:.3f} MB/s per core")


if __name__ == "__main__":
    main()
