"""Shared pieces of the record scorers: per-layer counts, one-to-one matching, span tests."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from collections.abc import Callable

from presskz.eval.kaznerd import PRF


@dataclass
class LayerScore:
    prf: PRF = field(default_factory=PRF)
    extra: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]
    counts: dict[str, int] = field(default_factory=dict)  # name -> how many (e.g. duplicates)

    def note(self, name: str, right: bool) -> None:
        counts = self.extra.setdefault(name, [0, 0])
        counts[0] += int(right)
        counts[1] += 1

    def as_dict(self) -> dict:
        out: dict[str, float | None] = {
            "precision": round(self.prf.precision, 4), "recall": round(self.prf.recall, 4),
            "f1": round(self.prf.f1, 4), "tp": self.prf.tp, "fp": self.prf.fp, "fn": self.prf.fn}
        for name, (right, total) in self.extra.items():
            out[name] = round(right / total, 4) if total else None
            out[name + "_n"] = total
        out.update(self.counts)
        return out

    def count(self, name: str) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1


def same_value(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def match(gold: list[dict], pred: list[dict], same: Callable[[dict, dict], bool]):
    """Greedy one-to-one matching; returns (pairs, unmatched gold, unmatched pred)."""
    free = list(pred)
    pairs, missed = [], []
    for g in gold:
        hit = next((p for p in free if same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs, missed, free


def add_counts(score: LayerScore, pairs, missed, extra) -> None:
    score.prf.tp += len(pairs)
    score.prf.fn += len(missed)
    score.prf.fp += len(extra)


def span_eq(g: dict, p: dict) -> bool:
    return g["start"] == p["start"] and g["end"] == p["end"]


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


# The matching rules of DESIGN section 7, one predicate each (presskz eval and presskz show).
def same_entity(g: dict, p: dict) -> bool:
    """Entities: exact span + type."""
    return span_eq(g, p) and g["type"] == p["type"]


def same_valued_span(g: dict, p: dict) -> bool:
    """Quantities and temporals: exact span + value."""
    return span_eq(g, p) and same_value(g.get("value"), p.get("value"))


def same_mention(g: dict, p: dict) -> bool:
    """Event mentions: same type and status, overlapping triggers."""
    return g["type"] == p["type"] and g["status"] == p["status"] and overlaps(g["trigger"], p["trigger"])
