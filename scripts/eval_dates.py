"""Evaluate the dates stage: KazNERD DATE/TIME span P/R/F1 and the normalisation table.

    python scripts/eval_dates.py --kaznerd KAZNERD/IOB2_test.txt
    python scripts/eval_dates.py --cases tests/data/timex_cases.tsv [--dateparser]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from presskz.eval.dates import evaluate_kaznerd
from presskz.eval.kaznerd import format_table


def show_errors(errors, n: int) -> None:
    for tokens, gold, pred in errors[:n]:
        print(" ".join(tokens))
        print("   gold:", [(" ".join(tokens[a:b]), label) for a, b, label in gold])
        print("   pred:", [(" ".join(tokens[a:b]), label) for a, b, label in pred])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kaznerd", help="a KazNERD IOB2 file (or a directory: its IOB2_valid.txt, "
                    "the development split)")
    ap.add_argument("--cases", help="the normalisation table (tests/data/timex_cases.tsv)")
    ap.add_argument("--dateparser", action="store_true", help="also score dateparser on the table")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print this many differing sentences")
    args = ap.parse_args(argv)
    if args.kaznerd:
        path = args.kaznerd
        if not path.endswith(".txt"):
            path = path.rstrip("/") + "/IOB2_valid.txt"
        for exclude in (False, True):
            scores, errors = evaluate_kaznerd(path, exclude_non_temporal=exclude, limit=args.limit)
            print(f"\n{path} ({'without ages/anniversaries in gold' if exclude else 'all gold DATE/TIME'})")
            print(format_table(scores))
        if args.errors and "test" in Path(path).name.lower():
            sys.exit("--errors lists sentences of the development split only, never of test")
        show_errors(errors, args.errors)
    if args.cases:
        from presskz.eval.date_cases import score_cases
        print(score_cases(args.cases, with_dateparser=args.dateparser))
    return 0


if __name__ == "__main__":
    sys.exit(main())
