"""The seed release: quantities F1 (exact span + value) through the rules-only pipeline."""
import json
from pathlib import Path

from presskz.core.doc import Document
from presskz.core.pipeline import load_pipeline

SEED = Path(__file__).parent.parent / "corpora" / "seed"


def test_seed_quantities_f1_is_at_least_095():
    tp = n_pred = n_gold = 0
    for gold_path in sorted(SEED.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        doc = load_pipeline("fast")(Document(text))
        want = {(q["start"], q["end"], q["value"]) for q in gold["quantities"]}
        got = {(q.start, q.end, q.value) for q in doc.quantities}
        tp, n_pred, n_gold = tp + len(want & got), n_pred + len(got), n_gold + len(want)
    precision, recall = tp / n_pred, tp / n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.95
