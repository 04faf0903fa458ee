"""Scores for the events / quotes layers against gold JSON (DESIGN section 7), and the oracle harness.

Events are scored as happenings (gold mentions grouped by cluster; a predicted event matches a cluster
on type + status + an overlapping mention, one event per cluster); for matched happenings `when` is
right when the gold value is among the event's temporal values (or both are empty) and `where` when the
gold place (its part before ", ") names one of the event's places. Quotes match on overlapping span;
a match counts as right-speaker when the speaker's name equals the gold speaker.

    python -m presskz.eval.events corpora/seed/*.gold.json [--pipeline fast] [--oracle]

--oracle feeds the gold entities and temporals instead of the pipeline's (to score these stages alone).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from presskz.core.doc import Document, Entity, Temporal
from presskz.eval.happenings import Happening, gold_happenings, matches
from presskz.people.rules import same_name


def _names(ent: Entity) -> list[str]:
    return [n for n in (ent.normalized, ent.text) if n]


def when_right(gold: dict, ev) -> bool:
    values = [t.value for t in ev.when]
    return (not values) if not gold.get("when") else gold["when"] in values


def where_right(gold: dict, ev) -> bool:
    if not gold.get("where"):
        return not ev.where
    main = gold["where"].split(", ")[0]
    return any(same_name(main, n) for e in ev.where for n in _names(e))


def _as_dict(event) -> dict:
    spans = [{"start": m.start, "end": m.end} for m in getattr(event, "mentions", []) or []]
    return {"type": event.type, "status": event.status,
            "trigger": {"start": event.trigger.start, "end": event.trigger.end}, "mentions": spans}


def event_scores(gold: list[dict], pred: list) -> dict:
    """Happening-level scores (DESIGN section 8): gold mentions grouped by cluster, each matched
    by at most one predicted event; for matched future happenings, whether when and where (the
    first mention stating each) are right."""
    happenings = gold_happenings({"events": gold})
    pairs: dict[int, object] = {}
    for ev in pred:
        free = [k for k, h in enumerate(happenings) if k not in pairs and matches(h, _as_dict(ev))]
        if free:
            pairs[free[0]] = ev
    tp = len(pairs)
    prec = tp / len(pred) if pred else 0.0
    rec = tp / len(happenings) if happenings else 0.0
    future = [(happenings[k], p) for k, p in pairs.items()
              if any(m["status"] == "future" for m in happenings[k].mentions)]
    args_ok = sum(when_right(_first_arguments(h), p) and where_right(_first_arguments(h), p)
                  for h, p in future)
    return {"gold": len(happenings), "pred": len(pred), "tp": tp, "p": prec, "r": rec,
            "f1": 2 * prec * rec / (prec + rec) if tp else 0.0,
            "future_matched": len(future), "future_when_where_ok": args_ok}


def _first_arguments(happening: Happening) -> dict:
    return {"when": next(iter(happening.values("when")), None),
            "where": next(iter(happening.values("where")), None)}


def speaker_name(quote) -> str | None:
    if quote.speaker is not None:
        return quote.speaker.name
    return quote.speaker_mention.normalized if quote.speaker_mention is not None else None


def quote_scores(gold: list[dict], pred: list) -> dict:
    found = right = 0
    for g in gold:
        hits = [q for q in pred if q.start < g["end"] and g["start"] < q.end]
        found += bool(hits)
        right += any(speaker_name(q) == g.get("speaker") for q in hits)
    direct = [q for q in pred if q.kind == "direct"]
    return {"gold": len(gold), "pred": len(pred), "pred_direct": len(direct),
            "found": found, "right_speaker": right}


def oracle_document(text: str, gold: dict) -> Document:
    """A segmented document carrying the gold entities and temporals (stages after merge alone)."""
    from presskz.segment.tokenizer import segment
    ref = dt.date.fromisoformat(gold["reference_date"]) if gold.get("reference_date") else None
    doc = segment(Document(text, doc_id=gold.get("doc_id", "doc"), reference_date=ref))
    for e in sorted(gold.get("entities", []), key=lambda e: e["start"]):
        doc.add("entities", doc.span(e["start"], e["end"], Entity, type=e["type"],
                                     normalized=e.get("normalized")))
    for t in sorted(gold.get("temporals", []), key=lambda t: t["start"]):
        doc.add("temporals", doc.span(t["start"], t["end"], Temporal, kind=t["kind"], value=t["value"]))
    return doc


def run(gold_path: Path, pipeline: str, oracle: bool) -> Document:
    from presskz.core.pipeline import load_pipeline
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    if oracle:
        from presskz.events.stage import EventsStage
        from presskz.people.stage import PeopleStage
        from presskz.quotes.stage import QuotesStage
        doc = oracle_document(text, gold)
        for stage in (EventsStage(), QuotesStage(), PeopleStage()):
            doc = stage(doc)
        return doc
    ref = dt.date.fromisoformat(gold["reference_date"]) if gold.get("reference_date") else None
    return load_pipeline(pipeline)(Document(text, doc_id=gold.get("doc_id", "doc"), reference_date=ref))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--pipeline", default="fast")
    ap.add_argument("--oracle", action="store_true")
    args = ap.parse_args(argv)
    for path in args.gold:
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = run(path, args.pipeline, args.oracle)
        print(path.name, "events", json.dumps(event_scores(gold.get("events") or [], doc.events)),
              "quotes", json.dumps(quote_scores(gold.get("quotes") or [], doc.quotes)))


if __name__ == "__main__":
    main()


def annotated_document(text: str, entities=(), temporals=()) -> Document:
    """A segmented document with hand-given spans, for tests: entities as (surface, type, normalized),
    temporals as (surface, kind, value); each surface is found at its first occurrence after the
    previous span of its layer."""
    from presskz.segment.tokenizer import segment
    doc = segment(Document(text))
    for layer, cls, items in (("entities", Entity, entities), ("temporals", Temporal, temporals)):
        pos = 0
        for surface, label, value in items:
            start = text.index(surface, pos)
            fields = ({"type": label, "normalized": value} if cls is Entity
                      else {"kind": label, "value": value})
            doc.add(layer, doc.span(start, start + len(surface), cls, **fields))
            pos = start + len(surface)
    return doc
