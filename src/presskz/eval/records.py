"""Scores predicted records against gold annotations, layer by layer (DESIGN section 7).

Matching rules:
- entities: exact span + type (P/R/F1); `entities.normalized`: exact span + type + normalized
  form, and the accuracy of `normalized` over the matched spans. A predicted entity that
  overlaps a gold `optional_entities` span and matches nothing else is ignored.
- quantities: exact span + value (floats within 1e-9 relative); temporals: exact span + value.
- events: same type + overlapping trigger + same status, one-to-one. Over the matched events,
  `when` is right when the gold value is among the predicted temporal values (or both are
  empty) and `where` when the gold venue (text before the first ", ") equals a predicted place's
  normalized form (or both are empty).
- quotes: direct quotes on exact span (P/R/F1), and the speaker's name right over the matched
  quotes; indirect speech is scored separately (`quotes.indirect`) only where the gold
  annotates some (kind "indirect"), since gold without it says nothing about it.
- people: a person matches on the exact name; over matched people, `positions_right` says
  whether every gold position is among the predicted ones (case-insensitive).
- `entities[TYPE]` rows break the entity score down per type (span + type).
Gold and predictions are paired by doc_id.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from presskz.eval.kaznerd import PRF


@dataclass
class LayerScore:
    prf: PRF = field(default_factory=PRF)
    extra: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    def note(self, name: str, right: bool) -> None:
        counts = self.extra.setdefault(name, [0, 0])
        counts[0] += int(right)
        counts[1] += 1

    def as_dict(self) -> dict:
        out = {"precision": round(self.prf.precision, 4), "recall": round(self.prf.recall, 4),
               "f1": round(self.prf.f1, 4), "tp": self.prf.tp, "fp": self.prf.fp, "fn": self.prf.fn}
        for name, (right, total) in self.extra.items():
            out[name] = round(right / total, 4) if total else None
            out[name + "_n"] = total
        return out


def _same_value(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def _match(gold: list[dict], pred: list[dict], same: Callable[[dict, dict], bool]):
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


def _count(score: LayerScore, pairs, missed, extra) -> None:
    score.prf.tp += len(pairs)
    score.prf.fn += len(missed)
    score.prf.fp += len(extra)


def _span_eq(g: dict, p: dict) -> bool:
    return g["start"] == p["start"] and g["end"] == p["end"]


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _score_entities(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
    optional = gold.get("optional_entities", [])
    same = lambda g, p: _span_eq(g, p) and g["type"] == p["type"]  # noqa: E731
    pairs, missed, extra = _match(gold.get("entities", []), pred.get("entities", []), same)
    extra = [p for p in extra if not any(_overlaps(p, o) for o in optional)]
    _count(scores["entities"], pairs, missed, extra)
    for items, attr in ((pairs, "tp"), (missed, "fn"), (extra, "fp")):
        for item in items:
            label = (item[0] if isinstance(item, tuple) else item)["type"]
            prf = scores.setdefault(f"entities[{label}]", LayerScore()).prf
            setattr(prf, attr, getattr(prf, attr) + 1)
    norm = scores["entities.normalized"]
    for g, p in pairs:
        norm.note("accuracy_on_matched", g.get("normalized") == p.get("normalized"))
    same_norm = lambda g, p: same(g, p) and g.get("normalized") == p.get("normalized")  # noqa
    pairs, missed, extra = _match(gold.get("entities", []), pred.get("entities", []), same_norm)
    extra = [p for p in extra if not any(_overlaps(p, o) for o in optional)]
    _count(norm, pairs, missed, extra)


def _index(items: Iterable[dict]) -> dict[str, dict]:
    return {item["id"]: item for item in items if "id" in item}


def _event_args_right(g: dict, p: dict, pred: dict, score: LayerScore) -> None:
    temporals, entities = _index(pred.get("temporals", [])), _index(pred.get("entities", []))
    when_values = [temporals[t]["value"] for t in p.get("when", []) if t in temporals]
    places = [entities[e].get("normalized") or entities[e]["text"]
              for e in p.get("where", []) if e in entities]
    gold_when, gold_where = g.get("when"), g.get("where")
    when_ok = gold_when in when_values if gold_when else not when_values
    venue = gold_where.split(", ")[0] if gold_where else None
    where_ok = (venue or "").casefold() in {x.casefold() for x in places} if venue else not places
    prefix = "future_" if g.get("status") == "future" else ""
    for pre in {"", prefix}:
        score.note(pre + "when_right", when_ok)
        score.note(pre + "where_right", where_ok)


def _score_events(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
    def same(g, p):
        return (g["type"] == p["type"] and g["status"] == p["status"]
                and _overlaps(g["trigger"], p["trigger"]))
    pairs, missed, extra = _match(gold.get("events", []), pred.get("events", []), same)
    _count(scores["events"], pairs, missed, extra)
    for g, p in pairs:
        _event_args_right(g, p, pred, scores["events"])


def _score_quotes(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
    people = _index(pred.get("people", []))
    for kind, layer in (("direct", "quotes"), ("indirect", "quotes.indirect")):
        gold_quotes = [q for q in gold.get("quotes", []) if q.get("kind", "direct") == kind]
        if kind == "indirect" and not gold_quotes:
            continue  # gold that annotates no indirect speech cannot score it
        pred_quotes = [q for q in pred.get("quotes", []) if q.get("kind", "direct") == kind]
        pairs, missed, extra = _match(gold_quotes, pred_quotes, _span_eq)
        score = scores.setdefault(layer, LayerScore())
        _count(score, pairs, missed, extra)
        for g, p in pairs:
            name = people.get(p.get("speaker") or "", {}).get("name")
            score.note("speaker_right", name == g.get("speaker"))


def _score_people(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
    if "people" not in gold:
        return
    same = lambda g, p: g["name"] == p["name"]  # noqa: E731
    pairs, missed, extra = _match(gold["people"], pred.get("people", []), same)
    _count(scores["people"], pairs, missed, extra)
    for g, p in pairs:
        predicted = {x.casefold() for x in p.get("positions", [])}
        scores["people"].note("positions_right",
                              all(x.casefold() in predicted for x in g.get("positions", [])))


def _score_values(layer: str):
    def score(gold: dict, pred: dict, scores: dict[str, LayerScore]) -> None:
        same = lambda g, p: _span_eq(g, p) and _same_value(g.get("value"), p.get("value"))  # noqa
        _count(scores[layer], *_match(gold.get(layer, []), pred.get(layer, []), same))
    return score


LAYERS = ("entities", "entities.normalized", "quantities", "temporals", "events", "quotes",
          "people")
SCORERS = (_score_entities, _score_values("quantities"), _score_values("temporals"),
           _score_events, _score_quotes, _score_people)


def evaluate(golds: list[dict], preds: list[dict]) -> dict[str, dict]:
    """Per-layer scores for gold documents vs predicted records (paired by doc_id)."""
    by_id = {p["doc_id"]: p for p in preds}
    missing = [g["doc_id"] for g in golds if g["doc_id"] not in by_id]
    if missing:
        raise ValueError(f"no prediction for gold document(s): {', '.join(missing)}")
    scores = {layer: LayerScore() for layer in LAYERS}
    for gold in golds:
        for scorer in SCORERS:
            scorer(gold, by_id[gold["doc_id"]], scores)
    layers = [x for x in LAYERS if x != "people" or any("people" in g for g in golds)]
    extra = sorted(k for k in scores if k not in LAYERS)
    return {layer: scores[layer].as_dict() for layer in (*layers, *extra)}


def load_json_documents(path: str | Path) -> list[dict]:
    """Records or gold documents from a .json file, a .jsonl file, or a folder of *.gold.json."""
    p = Path(path)
    if p.is_dir():
        return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(p.rglob("*.gold.json"))]
    text = p.read_text(encoding="utf-8")
    if p.suffix == ".jsonl":
        from presskz.io.files import jsonl_values
        documents = []
        for lineno, value, problem in jsonl_values(text.splitlines()):
            if problem is not None:
                raise ValueError(f"{p}:{lineno}: {problem}")
            documents.append(value)
        return documents
    data = json.loads(text)
    return data if isinstance(data, list) else [data]


def format_scores(scores: dict[str, dict]) -> str:
    """A plain-text table: layer, P, R, F1, counts, extra accuracies."""
    lines = [f"{'layer':22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}  extra"]
    for layer, s in scores.items():
        extra = ", ".join(f"{k}={v}" for k, v in s.items()
                          if k not in ("precision", "recall", "f1", "tp", "fp", "fn")
                          and not k.endswith("_n") and v is not None)
        lines.append(f"{layer:22} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                     f"{s['tp']:5d} {s['fp']:5d} {s['fn']:5d}  {extra}")
    return "\n".join(lines)
