"""Score the NER model alone on listed dev releases: name classes, exact span + type, P/R/F1.

The segment stage and the ner_model stage only (no rules); the model's value classes (DATE, CARDINAL,
...) are left out, since the release gold keeps them in other layers; a prediction equal to an
optional gold entity is neither right nor wrong. Used to compare NER models on the releases held
out of the fine-tuning (MODEL_CARD.md):

    python scripts/eval_ner_releases.py --only tools/presskz_tools/ner_heldout_dev.txt [--model-dir DIR]
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from presskz.api import document_from_source  # noqa: E402
from presskz.core.pipeline import Pipeline  # noqa: E402
from presskz.entities.merge import VALUE_TYPES  # noqa: E402
from presskz.eval.corpus import gold_documents  # noqa: E402
from presskz.io.files import read_text_file  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))  # presskz_tools
from presskz_tools.ner_releases import read_doc_ids  # noqa: E402


def spans(items: list[dict]) -> set[tuple[int, int, str]]:
    return {(e["start"], e["end"], e["type"]) for e in items}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", required=True, type=Path, help="file of dev release ids")
    ap.add_argument("--model-dir", default=None, help="NER model directory (default: shipped)")
    args = ap.parse_args(argv)
    ids = set(read_doc_ids(args.only))
    pipe = Pipeline.from_spec({"stages": ["segment", {"ner_model": {"model_dir": args.model_dir}}]})
    tp = fp = fn = 0
    for gold, path in gold_documents(ROOT / "corpora" / "releases" / "dev"):
        if gold["doc_id"] not in ids:
            continue
        doc = pipe(document_from_source(read_text_file(path), doc_id=gold["doc_id"]))
        pred = {(e.start, e.end, e.type) for e in doc.model_entities if e.type not in VALUE_TYPES}
        truth = spans(gold["entities"])
        tp += len(pred & truth)
        fp += len(pred - truth - spans(gold.get("optional_entities") or []))
        fn += len(truth - pred)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{len(ids)} releases, model alone, name classes: P {p:.3f} R {r:.3f} F1 {f1:.3f} "
          f"(tp {tp} fp {fp} fn {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
