#!/usr/bin/env python
"""How each pipeline stage's CPU time grows on adversarial text with no full stop (issue 25 item 6).

    python scripts/scaling_probe.py [--size 20000] [--pipeline fast] [--only almaty,phone]

Each input repeats one short unit ("Алматы, ", "x@y a.a.a...", phone numbers, capitalised words,
dash lists...) to `size` characters and to 4x that, so the whole text is one sentence as far as
punctuation goes. A stage linear in sentence length takes ~4x as long on the longer text, a
quadratic one ~16x: the probe prints each stage's seconds (time.process_time, best of --repeat
runs) at both sizes and flags the stages whose time grew more than --max-ratio (default 6) times.
Stages under --floor seconds on the long text are not judged (timer noise). The exit status is 1
when a stage is flagged. tests/test_reliability_scaling.py runs the same probe on a few inputs.
"""
from __future__ import annotations

import argparse
import sys

from presskz.api import load_pipeline
from presskz_tools.scaling import INPUTS, flagged, growth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=20000, help="characters of the short text")
    ap.add_argument("--pipeline", default="fast")
    ap.add_argument("--only", help="comma-separated input names (default: all)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--max-ratio", type=float, default=6.0)
    ap.add_argument("--floor", type=float, default=0.05)
    args = ap.parse_args()
    pipe = load_pipeline(args.pipeline).load()
    bad = False
    for name in args.only.split(",") if args.only else INPUTS:
        short, long = growth(pipe, name, args.size, args.repeat)
        slow = flagged(short, long, args.max_ratio, args.floor)
        bad = bad or bool(slow)
        shown = " ".join(f"{s}={short[s]:.2f}/{long[s]:.2f}" for s in long if long[s] >= args.floor)
        print(f"{name:13s} total {sum(short.values()):6.2f} s / {sum(long.values()):6.2f} s  "
              f"{shown}{'  QUADRATIC: ' + ','.join(slow) if slow else ''}", flush=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
