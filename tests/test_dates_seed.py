"""The seed release: temporals F1 on exact (start, end, value) >= 0.90 with reference 2016-11-03."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from presskz.core.doc import Document
from presskz.core.pipeline import load_pipeline

SEED = Path(__file__).resolve().parents[1] / "corpora" / "seed"


def f1(gold: set, pred: set) -> float:
    tp = len(gold & pred)
    return 2 * tp / (len(gold) + len(pred)) if gold or pred else 1.0


def test_seed_temporals_f1_is_at_least_0_90():
    text = (SEED / "almaty-days-in-astana.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "almaty-days-in-astana.gold.json").read_text(encoding="utf-8"))
    doc = Document(text=text, doc_id="seed", reference_date=dt.date(2016, 11, 3),
                   reference_date_source="cli")
    doc = load_pipeline("fast")(doc)
    pred = {(t.start, t.end, t.value) for t in doc.temporals}
    expected = {(t["start"], t["end"], t["value"]) for t in gold["temporals"]}
    assert f1(expected, pred) >= 0.90, sorted(pred ^ expected)


def test_seed_numbers_inside_temporals_are_not_quantities():
    text = (SEED / "almaty-days-in-astana.txt").read_text(encoding="utf-8")
    doc = load_pipeline("fast")(Document(text=text, reference_date=dt.date(2016, 11, 3)))
    for quantity in doc.quantities:
        assert not any(quantity.overlaps(t) for t in doc.temporals), quantity.text
