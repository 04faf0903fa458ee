"""Size against F1 for the shipped NER model: pretrain vocabulary cap and float16 storage.

For each vocabulary cap, builds a pretrain from the saved fastText model (training words first,
then the most frequent words of the raw text), rebinds a copy of the trained tagger to it, and
scores the copy on the dev block or the evaluation half. The tagger is not retrained: its base
word embedding is frozen and not stored in the model, so a larger pretrain from the same vector
space just gives vectors to more unseen words.

    python scripts/bench_ner.py --kaznerd KAZNERD --run work-ner/main \
        --fasttext work-ner/main/fasttext.model --text FILE... --vocab 25000 40000 100000
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))  # presskz_tools
from presskz_tools import ner_training as nt  # noqa: E402
from presskz.eval.kaznerd import macro_f1  # noqa: E402
from presskz.ner import stage as ner_model  # noqa: E402
from presskz.ner.export import export_npz  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_kaznerd import evaluate  # noqa: E402


def build_variant(args, split, sentences, vocab_size: int, half: bool) -> Path:
    out = Path(args.work) / f"v{vocab_size}{'_fp16' if half else ''}"
    nt.package_model(args.run, args.fasttext, split.train, sentences, vocab_size, half, out,
                     ner_model.MODEL_FILE, ner_model.PRETRAIN_FILE)
    export_npz(out / ner_model.MODEL_FILE, out / ner_model.PRETRAIN_FILE,
               out / ner_model.WEIGHTS_FILE)  # what the ner_model stage runs
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kaznerd", required=True)
    ap.add_argument("--run", required=True, help="training directory with the tagger")
    ap.add_argument("--fasttext", required=True, help="gensim FastText model of the run")
    ap.add_argument("--text", nargs="*", default=[])
    ap.add_argument("--vocab", type=int, nargs="+", default=[40000])
    ap.add_argument("--half", action="store_true", help="store tensors as float16")
    ap.add_argument("--on", choices=["dev", "evaluation"], default="dev")
    ap.add_argument("--work", default="work-ner/variants")
    args = ap.parse_args(argv)
    import torch

    torch.set_num_threads(1)
    split = nt.split_kaznerd(args.kaznerd)
    sentences = nt.corpus_sentences(split.train, args.text)
    test = split.dev if args.on == "dev" else split.evaluation
    print("| pretrain vocab | storage | model+pretrain MB | micro F1 | macro F1 |")
    print("|---:|---|---:|---:|---:|")
    for size in args.vocab:
        out = build_variant(args, split, sentences, size, args.half)
        mb = sum(f.stat().st_size for f in out.glob("*.pt")) / 1e6
        scores, _ = evaluate(ner_model.NerModelStage(model_dir=out), test)
        print(f"| {size} | {'fp16' if args.half else 'fp32'} | {mb:.1f} | "
              f"{scores['micro'].f1:.4f} | {macro_f1(scores):.4f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
