"""Train the presskz Kazakh NER model with Stanza's own NER trainer on KazNERD.

Steps: split KazNERD (train = valid minus a 1,000-sentence dev block + test sentences 5,651+;
test sentences 1-5,650 are never used here), write Stanza NER JSON, train fastText vectors with
gensim on lowercased text, convert them to Stanza's Pretrain format, then run
`stanza.models.ner_tagger --mode train` (character model on, Adam, fixed seed, one thread).

    python scripts/train_ner.py --kaznerd KAZNERD --out work-ner/run \
        --text KK_TEXT/kk_corpus.txt --max-steps 16000

`--step prepare` stops after the data and pretrain; `--step train` reuses them; `--step package`
writes the shippable files to OUT/package: the tagger rebound to a pretrain of `--ship-vocab` words
(0 = every word of the vector corpus) stored as float16 (`--no-half` keeps float32).

Fine-tuning the shipped model on KazNERD's training sentences + the release corpus's dev split
(gold spans -> BIOES, presskz_tools.ner_releases), selected on held-out dev releases:

    python scripts/train_ner.py --kaznerd KAZNERD --out work-ner/ft --step finetune \
        --heldout tools/presskz_tools/ner_heldout_dev.txt --max-steps 4000

`--step finetune` = `finetune-prepare` (data, float32 copies of the shipped files) +
`finetune-train` + `finetune-package` (OUT/package: the best checkpoint on the held-out releases,
bound to the shipped pretrain and stored as float16).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # threads do not help this LSTM on 2 cores

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))  # presskz_tools
from presskz_tools import ner_training as nt  # noqa: E402


def parse_args(argv=None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kaznerd", required=True, help="directory with IOB2_valid.txt, IOB2_test.txt")
    ap.add_argument("--out", required=True, help="work directory (data, vectors, model)")
    ap.add_argument("--text", nargs="*", default=[], help="raw Kazakh text files for the vectors")
    ap.add_argument("--step", default="all", choices=[*RUNS, *STEPS])
    ap.add_argument("--dev-size", type=int, default=1000)
    ap.add_argument("--no-test-half", action="store_true", help="train on valid only")
    ap.add_argument("--dim", type=int, default=100, help="word vector dimension")
    ap.add_argument("--vec-epochs", type=int, default=10)
    ap.add_argument("--max-vocab", type=int, default=40000, help="pretrain vocabulary cap")
    ap.add_argument("--max-steps", type=int, default=16000)
    ap.add_argument("--eval-interval", type=int, default=500)
    ap.add_argument("--hidden-dim", type=int, default=256)
    ap.add_argument("--char-hidden-dim", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--ship-vocab", type=int, default=0, help="shipped pretrain vocabulary, 0 = all")
    ap.add_argument("--no-half", action="store_true", help="ship float32 files")
    ap.add_argument("--fasttext", default=None, help="fastText model (default OUT/fasttext.model)")
    ap.add_argument("--base-model", default=None,
                    help="folder with Stanza's tagger and pretrain files to fine-tune (default: the "
                         "shipped model, rebuilt from its .npz into OUT/base)")
    ap.add_argument("--releases", nargs="*", default=["corpora/releases/dev", "corpora/seed"],
                    help="gold folders fine-tuned on (relative to the repository)")
    ap.add_argument("--heldout", default=None, help="file of release ids held out for selection")
    ap.add_argument("--oversample", type=int, default=8, help="copies of each release sentence")
    ap.add_argument("--caps-every", type=int, default=4, help="capitals copy of every N-th sentence")
    ap.add_argument("--finetune-lr", type=float, default=0.0005)
    ap.add_argument("--extra", nargs=argparse.REMAINDER, default=[],
                    help="further arguments passed to stanza.models.ner_tagger")
    return ap.parse_args(argv)


def prepare(args: argparse.Namespace, out: Path) -> None:
    split = nt.split_kaznerd(args.kaznerd, args.dev_size, not args.no_test_half)
    nt.write_stanza_json(split.train, out / "train.json")
    nt.write_stanza_json(split.dev, out / "dev.json")
    t0 = time.time()
    sentences = nt.corpus_sentences(split.train, args.text)
    ft = nt.train_fasttext(sentences, args.dim, args.vec_epochs, args.seed)
    ft.save(str(out / "fasttext.model"))
    vocab = nt.choose_vocab(split.train, sentences, args.max_vocab)
    nt.write_vectors(ft.wv, vocab, out / "vectors.txt")
    size = nt.convert_to_pretrain(out / "vectors.txt", out / "kk_pretrain.pt")
    stats = {"train_sentences": len(split.train), "dev_sentences": len(split.dev),
             "vector_sentences": len(sentences), "pretrain_vocab": size, "dim": args.dim,
             "vector_seconds": round(time.time() - t0, 1)}
    (out / "prepare.json").write_text(json.dumps(stats, indent=1))
    print(json.dumps(stats), flush=True)


def tagger_args(args: argparse.Namespace, out: Path) -> list[str]:
    return ["--mode", "train", "--shorthand", "kk_kaznerd", "--train_file", str(out / "train.json"),
            "--eval_file", str(out / "dev.json"), "--wordvec_pretrain_file",
            str(out / "kk_pretrain.pt"), "--word_emb_dim", str(args.dim),
            "--pretrain_max_vocab", str(args.max_vocab + 10), "--hidden_dim", str(args.hidden_dim),
            "--char_hidden_dim", str(args.char_hidden_dim), "--optim", "adam", "--lr", "0.001",
            "--max_steps", str(args.max_steps), "--eval_interval", str(args.eval_interval),
            "--seed", str(args.seed), "--cpu", "--save_dir", str(out),
            "--save_name", "kk_kaznerd_nertagger.pt", *args.extra]


def run_stanza_trainer(argv: list[str]) -> None:
    """Stanza's NER trainer on one torch thread (the machine is shared)."""
    import torch
    from stanza.models import ner_tagger

    torch.set_num_threads(1)
    print("ner_tagger", " ".join(argv), flush=True)
    ner_tagger.main(argv)


def train(args: argparse.Namespace, out: Path) -> None:
    run_stanza_trainer(tagger_args(args, out))


def package(args: argparse.Namespace, out: Path) -> None:
    from presskz.ner.stage import MODEL_FILE, PRETRAIN_FILE

    split = nt.split_kaznerd(args.kaznerd, args.dev_size, not args.no_test_half)
    sentences = nt.corpus_sentences(split.train, args.text)
    sizes = nt.package_model(out, args.fasttext or out / "fasttext.model", split.train, sentences,
                             args.ship_vocab, not args.no_half, out / "package", MODEL_FILE,
                             PRETRAIN_FILE)
    print(json.dumps(sizes), flush=True)


def base_model(args: argparse.Namespace, out: Path) -> Path:
    """The folder of Stanza's files to fine-tune: --base-model, else the shipped .npz rebuilt."""
    from presskz.ner.export import stanza_files
    from presskz.ner.stage import MODEL_DIR, MODEL_FILE, PRETRAIN_FILE, WEIGHTS_FILE

    if args.base_model:
        return Path(args.base_model)
    if not (out / "base" / MODEL_FILE).exists():
        stanza_files(MODEL_DIR / WEIGHTS_FILE, out / "base", MODEL_FILE, PRETRAIN_FILE)
    return out / "base"


def finetune_prepare(args: argparse.Namespace, out: Path) -> None:
    from presskz.eval.corpus import gold_documents
    from presskz.ner.stage import MODEL_FILE, PRETRAIN_FILE
    from presskz_tools import ner_releases as nr

    split = nt.split_kaznerd(args.kaznerd, args.dev_size, not args.no_test_half)
    root = Path(__file__).resolve().parents[1]
    golds = [pair for folder in args.releases for pair in gold_documents(root / folder)]
    heldout = nr.read_doc_ids(args.heldout) if args.heldout else []
    sets = nr.finetune_sets(split.train, golds, heldout, args.oversample, args.caps_every)
    nt.write_stanza_json(sets.train, out / "ft_train.json")
    nt.write_stanza_json(sets.heldout, out / "ft_heldout.json")
    base = base_model(args, out)
    nt.full_precision(base / MODEL_FILE, out / "start.pt", {"lr": args.finetune_lr})
    nt.full_precision(base / PRETRAIN_FILE, out / "pretrain32.pt")
    (out / "finetune.json").write_text(json.dumps(sets.stats, indent=1))
    print(json.dumps(sets.stats), flush=True)


def finetune_args(args: argparse.Namespace, out: Path) -> list[str]:
    return ["--mode", "train", "--shorthand", "kk_kaznerd", "--finetune", "--finetune_load_name",
            str(out / "start.pt"), "--train_file", str(out / "ft_train.json"), "--eval_file",
            str(out / "ft_heldout.json"), "--wordvec_pretrain_file", str(out / "pretrain32.pt"),
            "--pretrain_max_vocab", "1000000", "--max_steps", str(args.max_steps),
            "--eval_interval", str(args.eval_interval), "--seed", str(args.seed), "--cpu",
            "--save_dir", str(out), "--save_name", "kk_kaznerd_nertagger.pt", *args.extra]


def finetune_train(args: argparse.Namespace, out: Path) -> None:
    run_stanza_trainer(finetune_args(args, out))


def finetune_package(args: argparse.Namespace, out: Path) -> None:
    import shutil

    from presskz.ner.stage import MODEL_FILE, PRETRAIN_FILE

    base = base_model(args, out)
    package_dir = out / "package"
    package_dir.mkdir(exist_ok=True)
    shutil.copyfile(base / PRETRAIN_FILE, package_dir / PRETRAIN_FILE)  # unchanged, frozen
    nt.rebind_word_vocab(out / MODEL_FILE, package_dir / PRETRAIN_FILE, package_dir / MODEL_FILE)
    if not args.no_half:
        nt.half_precision(package_dir / MODEL_FILE, package_dir / MODEL_FILE)
    print(json.dumps({name: (package_dir / name).stat().st_size
                      for name in (MODEL_FILE, PRETRAIN_FILE)}), flush=True)


STEPS = {"prepare": prepare, "train": train, "package": package, "finetune-prepare": finetune_prepare,
         "finetune-train": finetune_train, "finetune-package": finetune_package}
RUNS = {"all": ("prepare", "train", "package"),
        "finetune": ("finetune-prepare", "finetune-train", "finetune-package")}


def main(argv=None) -> int:
    args = parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "command.txt", "a", encoding="utf-8") as handle:
        handle.write("python scripts/train_ner.py " + " ".join(sys.argv[1:]) + "\n")
    for step in RUNS.get(args.step, (args.step,)):
        STEPS[step](args, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
