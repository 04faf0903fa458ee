"""Evaluate the ner_model stage alone on the KazNERD evaluation half (test sentences 1-5,650).

Entity-level exact match: micro F1, macro F1 and per-class P/R/F1; then throughput of the stage
on a batch of sentences (sentences/s) and the process's peak RSS.

    python scripts/eval_kaznerd.py --kaznerd KAZNERD [--model-dir DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from presskz.eval.kaznerd import (document_from_tokens, format_table, macro_f1,  # noqa: E402
                             score_spans, spans_from_tags)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))  # presskz_tools
from presskz_tools.ner_training import evaluation_half  # noqa: E402
from presskz.ner.stage import NerModelStage  # noqa: E402


def predicted_spans(doc) -> list[tuple[int, int, str]]:
    """(first token, end token, type) of the model's entities, by token index."""
    out = []
    for ent in doc.model_entities:
        first, last = doc.token_index_at(ent.start), doc.token_index_at(ent.end - 1)
        out.append((first, last + 1, ent.type))
    return out


def evaluate(stage: NerModelStage, sentences) -> tuple[dict, float]:
    docs = [document_from_tokens(s.tokens, f"eval-{i}") for i, s in enumerate(sentences)]
    t0 = time.perf_counter()
    docs = stage.pipe(docs)
    seconds = time.perf_counter() - t0
    gold = [spans_from_tags(s.tags) for s in sentences]
    return score_spans(gold, [predicted_spans(d) for d in docs]), seconds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kaznerd", required=True)
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("--limit", type=int, default=None, help="first N sentences only")
    ap.add_argument("--bench", type=int, default=2000, help="sentences for the speed test")
    ap.add_argument("--json", default=None, help="also write the figures to this JSON file")
    ap.add_argument("--quantize", action="store_true",
                    help="int8 recurrent products (the ner_model stage's quantize option)")
    args = ap.parse_args(argv)
    sentences = evaluation_half(args.kaznerd)[:args.limit]
    stage = NerModelStage(model_dir=args.model_dir, quantize=args.quantize)
    t0 = time.perf_counter()
    stage.pipe([document_from_tokens(["Астана"])])  # load once, outside the timings
    load_s = time.perf_counter() - t0
    # first pass: every word form is new to the tagger's caches; second pass: all are known
    scores, cold_s = evaluate(stage, sentences)
    _, bench_s = evaluate(stage, sentences[:args.bench])
    n_bench = min(args.bench, len(sentences))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    micro = scores["micro"]
    print(f"sentences: {len(sentences)}  model: {stage.info()['model']}")
    print(f"micro P {micro.precision:.4f} R {micro.recall:.4f} F1 {micro.f1:.4f}  "
          f"macro F1 {macro_f1(scores):.4f}")
    print(f"load {load_s:.1f} s; first pass {len(sentences)} sentences in {cold_s:.1f} s = "
          f"{len(sentences) / cold_s:.0f} sentences/s; again {n_bench} sentences (forms known) "
          f"in {bench_s:.1f} s = {n_bench / bench_s:.0f} sentences/s; peak RSS {rss_mb:.0f} MB")
    print(format_table(scores))
    if args.json:
        figures = {"sentences": len(sentences), "micro_f1": micro.f1, "macro_f1": macro_f1(scores),
                   "per_class": {k: [v.precision, v.recall, v.f1, v.tp + v.fn]
                                 for k, v in scores.items()},
                   "sentences_per_s_first_pass": len(sentences) / cold_s,
                   "sentences_per_s": n_bench / bench_s, "peak_rss_mb": rss_mb, "load_s": load_s}
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(figures, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
