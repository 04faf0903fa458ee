"""Evaluate the numbers stage: KazNERD numeric classes (token-level exact spans) and the seed gold.

    python scripts/eval_numbers.py --kaznerd KAZNERD [--split valid|test] [--errors 30]
                                   [--with-dates]
    python scripts/eval_numbers.py --seed corpora/seed

Kind -> KazNERD class: cardinal, fraction, multiplier -> CARDINAL (KazNERD tags "5 есеге",
"тең жартысы" as CARDINAL); ordinal -> ORDINAL; money -> MONEY; percent -> PERCENTAGE;
quantity -> QUANTITY. Quantities without a value ("бірнеше мың") are not mapped (KazNERD leaves
"бірнеше" untagged). A counted noun is outside the span in both (unit field only).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from presskz.core.doc import Document
from presskz.eval.kaznerd import (char_span_to_tokens, document_from_tokens, format_table, read_iob2,
                             score_spans, spans_from_tags)
from presskz.numbers.stage import NumbersStage

CLASS_OF_KIND = {"cardinal": "CARDINAL", "fraction": "CARDINAL", "multiplier": "CARDINAL",
                 "ordinal": "ORDINAL", "money": "MONEY", "percent": "PERCENTAGE",
                 "quantity": "QUANTITY"}
NUMERIC_CLASSES = set(CLASS_OF_KIND.values())


def predicted_spans(doc: Document) -> list[tuple[int, int, str]]:
    out = []
    for q in doc.quantities:
        span = char_span_to_tokens(doc, q.start, q.end)
        if span is not None and q.value is not None:
            out.append((span[0], span[1], CLASS_OF_KIND[q.kind]))
    return out


def eval_kaznerd(path: Path, show_errors: int = 0, with_dates: bool = False) -> dict:
    stages = [NumbersStage()]
    if with_dates:  # the dates stage drops quantities inside temporals, as in the pipeline
        from presskz.dates.stage import DatesStage
        stages.append(DatesStage())
    gold_all, pred_all = [], []
    errors = []
    for k, sentence in enumerate(read_iob2(path)):
        gold = [s for s in spans_from_tags(sentence.tags) if s[2] in NUMERIC_CLASSES]
        doc = document_from_tokens(sentence.tokens, f"s{k}")
        for stage in stages:
            doc = stage(doc)
        pred = predicted_spans(doc)
        gold_all.append(gold)
        pred_all.append(pred)
        if set(gold) != set(pred) and len(errors) < show_errors:
            errors.append((sentence.tokens, gold, pred))
    for tokens, gold, pred in errors:
        missed, extra = sorted(set(gold) - set(pred)), sorted(set(pred) - set(gold))
        print("GOLD", _with_words(tokens, missed), "PRED", _with_words(tokens, extra),
              "|", " ".join(tokens)[:200])
    return score_spans(gold_all, pred_all)


def _with_words(tokens: list[str], spans) -> list[tuple[str, str]]:
    """(the span's words, its class) for each (first token, end token, class)."""
    return [(" ".join(tokens[a:b]), c) for a, b, c in spans]


def eval_seed(seed_dir: Path) -> tuple[int, int, int]:
    """(tp, n_pred, n_gold) on exact (start, end, value) over every *.gold.json in seed_dir."""
    from presskz.core.pipeline import load_pipeline
    pipeline = load_pipeline("fast")
    tp = n_pred = n_gold = 0
    for gold_path in sorted(seed_dir.glob("*.gold.json")):
        gold_doc = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        doc = pipeline(Document(text_path.read_text(encoding="utf-8"), doc_id=gold_path.stem))
        gold = {(q["start"], q["end"], q["value"]) for q in gold_doc["quantities"]}
        pred = {(q.start, q.end, q.value) for q in doc.quantities}
        tp, n_pred, n_gold = tp + len(gold & pred), n_pred + len(pred), n_gold + len(gold)
    return tp, n_pred, n_gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kaznerd", type=Path, help="directory with IOB2_valid.txt / IOB2_test.txt")
    parser.add_argument("--split", default="valid", choices=["valid", "test"],
                        help="valid (development, the default) or test (report only)")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong sentences")
    parser.add_argument("--with-dates", action="store_true",
                        help="run the dates stage after numbers (drops numbers inside dates)")
    parser.add_argument("--seed", type=Path, help="directory with *.txt + *.gold.json")
    args = parser.parse_args(argv)
    if args.errors and args.split == "test":
        parser.error("error listings are for the development split only; test is reported, never listed")
    if args.kaznerd:
        scores = eval_kaznerd(args.kaznerd / f"IOB2_{args.split}.txt", args.errors, args.with_dates)
        stages = "numbers + dates" if args.with_dates else "numbers"
        print(f"KazNERD {args.split} ({stages}): numeric classes, exact token spans")
        print(format_table(scores))
    if args.seed:
        tp, n_pred, n_gold = eval_seed(args.seed)
        p, r = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"seed quantities (span + value): P {p:.3f} R {r:.3f} F1 {f1:.3f} "
              f"(tp {tp}, pred {n_pred}, gold {n_gold})")
    if not (args.kaznerd or args.seed):
        parser.error("give --kaznerd DIR and/or --seed DIR")
    return 0


if __name__ == "__main__":
    sys.exit(main())
