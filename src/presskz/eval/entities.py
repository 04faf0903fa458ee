"""Scoring entity layers against gold: strict span+type P/R/F1 per type and normalized-form accuracy.

Used by scripts/eval_entities.py and tests/test_entities_seed.py. Gold files follow DESIGN section 7
(`entities` with start, end, text, type, normalized).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from presskz.eval.kaznerd import PRF


def load_gold(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _key(e) -> tuple[int, int, str]:
    return (e["start"], e["end"], e["type"]) if isinstance(e, dict) else (e.start, e.end, e.type)


def drop_optional(gold: list[dict], pred: list, optional: list[dict]) -> list:
    """Predictions that overlap a gold `optional_entities` span and match no gold entity are not
    scored (as in presskz.eval.records): "оңтүстік астана" may or may not be tagged."""
    gold_keys = {_key(e) for e in gold}

    def ignored(e):
        k = _key(e)
        return k not in gold_keys and any(k[0] < o["end"] and o["start"] < k[1] for o in optional)
    return [e for e in pred if not ignored(e)]


def score_entities(gold: list[dict], pred: list, optional: Sequence[dict] = ()) -> dict[str, PRF]:
    """Exact (start, end, type) matching; `pred` holds Entity objects or dicts."""
    pred = drop_optional(gold, pred, list(optional))
    gold_keys, pred_keys = {_key(e) for e in gold}, {_key(e) for e in pred}
    scores: dict[str, PRF] = {}
    for label in sorted({k[2] for k in gold_keys | pred_keys}):
        g = {k for k in gold_keys if k[2] == label}
        p = {k for k in pred_keys if k[2] == label}
        scores[label] = PRF(len(g & p), len(p - g), len(g - p))
    scores["micro"] = PRF(len(gold_keys & pred_keys), len(pred_keys - gold_keys),
                          len(gold_keys - pred_keys))
    return scores


def normalized_accuracy(gold: list[dict], pred: list) -> tuple[int, int]:
    """(correct, matched): on spans matched by (start, end, type), is `normalized` the gold one?"""
    by_key = {(e.start, e.end, e.type): e for e in pred}
    matched = correct = 0
    for e in gold:
        found = by_key.get((e["start"], e["end"], e["type"]))
        if found is not None:
            matched += 1
            correct += found.normalized == e["normalized"]
    return correct, matched


def mismatches(gold: list[dict], pred: list, text: str, optional: Sequence[dict] = ()) -> list[str]:
    """Readable lines for false positives (FP), misses (FN) and wrong normalisation (NORM)."""
    pred = drop_optional(gold, pred, list(optional))
    gold_by = {(e["start"], e["end"], e["type"]): e for e in gold}
    pred_by = {(e.start, e.end, e.type): e for e in pred}
    lines = [f"FP {k[2]} {text[k[0]:k[1]]!r} ({pred_by[k].source})" for k in pred_by if k not in gold_by]
    lines += [f"FN {k[2]} {text[k[0]:k[1]]!r}" for k in gold_by if k not in pred_by]
    lines += [f"NORM {k[2]} {pred_by[k].normalized!r} != {gold_by[k]['normalized']!r}"
              for k in gold_by if k in pred_by and pred_by[k].normalized != gold_by[k]["normalized"]]
    return lines
