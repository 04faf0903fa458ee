#!/usr/bin/env python
"""Evaluate presskz's tokeniser and sentence splitter on KazNERD and measure its speed.

    python scripts/eval_segment.py --kaznerd ../shared/data/kaznerd            # test split
    python scripts/eval_segment.py --kaznerd DIR --split valid --show 20       # development
    python scripts/eval_segment.py --lines one_sentence_a_line.txt                # written text
    python scripts/eval_segment.py --speed corpora/seed/almaty-days-in-astana.txt --repeat-text 200

KazNERD: Yeshpanov et al., LREC 2022, CC BY 4.0 (the path is an argument; nothing is bundled).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from presskz.eval.kaznerd import detokenize, read_iob2
from presskz.eval.segment import boundary_scores, speed, token_exactness


def report_kaznerd(directory: Path, split: str, chunk: int, show: int) -> None:
    sentences = read_iob2(directory / f"IOB2_{split}.txt")
    print(f"KazNERD {split}: {len(sentences)} sentences, runs of {chunk}")
    report_boundaries([detokenize(s.tokens) for s in sentences], chunk, show)
    tok = token_exactness(sentences)
    print(f"| exact tokenisation | {tok.exact}/{tok.total} = {tok.share:.4f} |")
    for gold, ours in tok.errors[:show]:
        print("TOK gold:", " | ".join(gold), "\n    ours:", " | ".join(ours))


def report_boundaries(texts: list[str], chunk: int, show: int) -> None:
    errors: list = []
    prf = boundary_scores(texts, chunk, errors)
    print(f"| sentence boundaries | P {prf.precision:.4f} | R {prf.recall:.4f} | F1 {prf.f1:.4f} "
          f"| tp {prf.tp} fp {prf.fp} fn {prf.fn} |")
    for text, fps, fns in errors[:show]:
        for pos in fps:
            print("SENT false break:", text[max(0, pos - 60):pos], "‖", text[pos:pos + 30])
        for pos in fns:
            print("SENT missed break:", text[max(0, pos - 60):pos], "‖", text[pos:pos + 30])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--kaznerd", type=Path, help="directory holding IOB2_valid.txt / IOB2_test.txt")
    parser.add_argument("--split", default="valid", choices=("valid", "test"),
                        help="valid (development, the default) or test (report only)")
    parser.add_argument("--chunk", type=int, default=20, help="sentences joined per run")
    parser.add_argument("--show", type=int, default=0, help="print this many errors of each kind")
    parser.add_argument("--lines", type=Path, help="a one-sentence-a-line file: sentence boundaries only")
    parser.add_argument("--speed", type=Path, help="a text file to time the segmenter on")
    parser.add_argument("--repeat-text", type=int, default=200, help="copies of --speed text joined")
    args = parser.parse_args()
    if args.show and args.split == "test":
        parser.error("error listings are for the development split only; test is reported, never listed")
    if not (args.kaznerd or args.lines or args.speed):
        parser.error("give --kaznerd DIR, --lines FILE and/or --speed FILE")
    if args.kaznerd:
        report_kaznerd(args.kaznerd, args.split, args.chunk, args.show)
    if args.lines:
        lines = [ln.strip() for ln in args.lines.read_text(encoding="utf-8").splitlines() if ln.strip()]
        print(f"{args.lines}: {len(lines)} lines, runs of {args.chunk}")
        report_boundaries(lines, args.chunk, args.show)
    if args.speed:
        text = "\n".join([args.speed.read_text(encoding="utf-8")] * args.repeat_text)
        s = speed(text)
        print(f"speed (CPU time, one core) on {s['bytes'] / 1e6:.2f} MB ({s['tokens']} tokens): tokenize "
              f"{s['tokenize_MB_s']:.2f} MB/s = {s['tokenize_tokens_s'] / 1e3:.0f}k tokens/s; "
              f"tokenize+sentences {s['segment_MB_s']:.2f} MB/s = "
              f"{s['segment_tokens_s'] / 1e3:.0f}k tokens/s")


if __name__ == "__main__":
    main()
