#!/usr/bin/env python
"""Tag agreement of the shipped NumPy tagger with stanza.Pipeline on KazNERD's evaluation half.

    python scripts/compare_ner_stanza.py --kaznerd ../shared/data/kaznerd [--model-dir DIR]

Both run the same weights (Stanza's files rebuilt from the .npz by presskz.ner.export), one
thread each. Prints token and sentence counts of differing tags, and the first differences with
their words. Expected: none (tests/test_ner_tagger.py checks a sample; this checks all 5,650
sentences). Needs torch and stanza.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))  # presskz_tools
from presskz_tools.ner_training import evaluation_half  # noqa: E402
from presskz.ner.blas import blas_threads  # noqa: E402
from presskz.ner.stage import load_tagger, model_path  # noqa: E402
from presskz.ner.tagger import stanza_pipeline  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kaznerd", required=True, help="directory with IOB2_valid.txt, IOB2_test.txt")
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("--show", type=int, default=10, help="differing sentences to print")
    args = ap.parse_args(argv)
    sentences = [list(s.tokens) for s in evaluation_half(args.kaznerd)]
    start = time.perf_counter()
    with blas_threads(1):
        ours = load_tagger(args.model_dir).tag(sentences)
    numpy_s = time.perf_counter() - start
    import torch

    torch.set_num_threads(1)
    nlp = stanza_pipeline(model_path(args.model_dir))
    start = time.perf_counter()
    theirs = [[token.ner for token in s.tokens] for k in range(0, len(sentences), 500)
              for s in nlp(sentences[k:k + 500]).sentences]
    stanza_s = time.perf_counter() - start
    tokens = sum(map(len, sentences))
    differing = [i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b]
    tags = sum(x != y for i in differing for x, y in zip(ours[i], theirs[i]))
    print(f"{len(sentences)} sentences, {tokens} tokens: {tags} tags differ in {len(differing)} "
          f"sentences (numpy tagger {numpy_s:.1f} s incl. loading, stanza.Pipeline {stanza_s:.1f} s)")
    for i in differing[:args.show]:
        print(i, [(w, a, b) for w, a, b in zip(sentences[i], ours[i], theirs[i]) if a != b])
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
