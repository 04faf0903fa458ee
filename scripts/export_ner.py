#!/usr/bin/env python
"""Export a trained NER model (Stanza's tagger + pretrain files) to the .npz presskz ships and runs.

    python scripts/export_ner.py --package work-ner/run/package      # train_ner.py's package step
    python scripts/export_ner.py --model M.pt --pretrain P.pt --out src/presskz/models/kk_kaznerd_ner.npz

The runtime reads only the .npz (presskz.ner.loading: NumPy, no torch, no stanza); Stanza's files
are not shipped. Prints the written file's size and sha256 (the hash records carry in
`pipeline.model`: update MODEL_CARD.md). Needs torch and stanza (training dependencies).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from presskz.ner.export import export_npz
from presskz.ner.stage import MODEL_DIR, MODEL_FILE, PRETRAIN_FILE, WEIGHTS_FILE


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--package", type=Path,
                    help=f"folder with {MODEL_FILE} and {PRETRAIN_FILE} (train_ner.py's OUT/package)")
    ap.add_argument("--model", type=Path, help=f"the tagger file (default PACKAGE/{MODEL_FILE})")
    ap.add_argument("--pretrain", type=Path, help=f"the pretrain file (default PACKAGE/{PRETRAIN_FILE})")
    ap.add_argument("--out", type=Path, default=MODEL_DIR / WEIGHTS_FILE,
                    help="the .npz to write (default: the shipped model)")
    args = ap.parse_args(argv)
    model = args.model or (args.package / MODEL_FILE if args.package else None)
    pretrain = args.pretrain or (args.package / PRETRAIN_FILE if args.package else None)
    if model is None or pretrain is None:
        ap.error("give --package, or --model and --pretrain")
    out = export_npz(model, pretrain, args.out)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
