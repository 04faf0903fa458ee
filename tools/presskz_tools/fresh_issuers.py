"""Scores presskz's issuer and outlet on a hand-judged fresh sample (issue 20).

The judgement is fresh_issuers.tsv beside this file (id, url, issuer, outlet; a cell may list
alternatives separated by "|"), written from releases in no split before presskz ran on them.
The page texts are not stored in the repository: give the folder holding `<id>.txt` for each row
(copied from the pages the URLs name). Names are compared as scripts/eval_releases.py compares
them (presskz.eval.records: case endings and quote marks aside, one name part of the other).

    PYTHONPATH=src:tools python -m presskz_tools.fresh_issuers TEXT_FOLDER [--pipeline default] [-v]
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

from presskz import load_pipeline
from presskz.api import document_from_source
from presskz.core.record_builder import build_record
from presskz.eval.records import same_name
from presskz.io.files import read_text_file

JUDGEMENT = Path(__file__).with_name("fresh_issuers.tsv")


def read_judgement(path: Path = JUDGEMENT) -> list[dict[str, str]]:
    """The judged rows (comment lines start with "#")."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def right(gold: str, predicted: str | None) -> bool:
    """Does the prediction agree with one of the judged alternatives (empty gold = none)?"""
    return any(same_name(g or None, predicted) for g in (gold.split("|") if gold else [""]))


def score(folder: Path, pipeline_name: str, verbose: bool) -> dict[str, int]:
    """Issuer and outlet right counts over the rows whose text is in the folder."""
    pipeline = load_pipeline(pipeline_name)
    counts = {"docs": 0, "issuer_right": 0, "outlet_right": 0}
    for row in read_judgement():
        path = folder / f"{row['id']}.txt"
        if not path.exists():
            continue
        doc = document_from_source(read_text_file(path), doc_id=row["id"], meta={"url": row["url"]})
        record = build_record(pipeline(doc), pipeline).model_dump(mode="json")
        ann = record.get("announcement") or {}
        ok = right(row["issuer"], ann.get("issuer")), right(row["outlet"], ann.get("outlet"))
        counts["docs"] += 1
        counts["issuer_right"] += ok[0]
        counts["outlet_right"] += ok[1]
        if verbose and not all(ok):
            print(f"{row['id']}\n  issuer {'ok ' if ok[0] else 'BAD'} gold={row['issuer']!r} "
                  f"pred={ann.get('issuer')!r}\n  outlet {'ok ' if ok[1] else 'BAD'} "
                  f"gold={row['outlet']!r} pred={ann.get('outlet')!r}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pipeline", default="default")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the wrong rows")
    args = parser.parse_args()
    counts = score(args.folder, args.pipeline, args.verbose)
    n = counts["docs"] or 1
    print(f"fresh sample: {counts['docs']} docs, issuer right {counts['issuer_right']} "
          f"({counts['issuer_right'] / n:.3f}), outlet right {counts['outlet_right']} "
          f"({counts['outlet_right'] / n:.3f})")


if __name__ == "__main__":
    main()
