"""Inter-annotator agreement: the second annotation (corpora/agreement) against the first
(corpora/releases), per layer, with the scorers of `presskz eval`.

    python corpora/agreement/agreement.py [--markdown]

The first annotation is taken as reference and the second as "prediction" (F1 is symmetric
for span layers, so the choice does not change it). The second annotation is put in record
shape: ids given, one event per cluster (trigger = its first mention, the others as
`mentions`), quote speakers as people ids. Temporal values are compared as well as spans; the
second annotator had no publication dates, so a separate `temporals.span` row compares spans
alone. Speakers are compared by name (person, or body/position as written) over the quotes
both annotators marked. The README's table is this script's `--markdown` output.
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from presskz.eval.records import evaluate
from presskz.eval.report import format_markdown, format_scores
from presskz.eval.scores import LayerScore, add_counts, match, overlaps, span_eq

HERE = Path(__file__).resolve().parent
RELEASES = HERE.parent / "releases"


def first_annotation(doc_id: str) -> dict:
    found = [p for p in RELEASES.rglob(f"{doc_id}.gold.json")]
    if len(found) != 1:
        raise SystemExit(f"{doc_id}: expected one first annotation, found {len(found)}")
    return json.loads(found[0].read_text(encoding="utf-8"))


def as_record(gold: dict) -> dict:
    """A gold document in the shape of a predicted record (ids, one event per cluster)."""
    rec: dict = {"doc_id": gold["doc_id"], "announcement": gold.get("announcement") or {}}
    for layer, prefix in (("entities", "e"), ("quantities", "q"), ("temporals", "t")):
        rec[layer] = [{**x, "id": f"{prefix}{k}"} for k, x in enumerate(gold.get(layer) or [], 1)]
    rec["people"] = [{"id": f"p{k}", "name": p["name"], "positions": p.get("positions", []),
                      "mentions": []} for k, p in enumerate(gold.get("people") or [], 1)]
    people = {p["name"]: p["id"] for p in rec["people"]}
    rec["quotes"] = [{**q, "id": f"qt{k}", "speaker": people.get(q.get("speaker") or "")}
                     for k, q in enumerate(gold.get("quotes") or [], 1)]
    clusters: dict[str, list[dict]] = defaultdict(list)
    for k, ev in enumerate(sorted(gold.get("events") or [], key=lambda e: e["trigger"]["start"])):
        clusters[ev.get("cluster") or f"alone{k}"].append(ev)
    rec["events"] = [{"id": f"ev{k}", "type": ms[0]["type"], "status": ms[0]["status"],
                      "trigger": ms[0]["trigger"], "mentions": [m["trigger"] for m in ms[1:]],
                      "when": [], "where": []}
                     for k, ms in enumerate(clusters.values(), 1)]
    return rec


def _speaker(q: dict) -> str:
    return (q.get("speaker") or q.get("speaker_entity") or "").casefold()


def speaker_agreement(pairs: list[tuple[dict, dict]]) -> dict[str, float]:
    """Over quotes both annotators marked (direct: same span; indirect: overlapping), how often
    they name the same speaker (a person, or the body / position: one name inside the other)."""
    same: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for first, second in pairs:
        for q in first.get("quotes") or []:
            kind = q.get("kind", "direct")
            other = next((o for o in second.get("quotes") or [] if o.get("kind", "direct") == kind
                          and (span_eq(q, o) if kind == "direct" else overlaps(q, o))), None)
            if other is not None:
                a, b = _speaker(q), _speaker(other)
                same[kind][0] += int(bool(a and b and (a in b or b in a)) or a == b)
                same[kind][1] += 1
    return {kind: round(r / n, 3) for kind, (r, n) in same.items() if n}


def temporal_spans(pairs: list[tuple[dict, dict]]) -> dict:
    score = LayerScore()
    for first, second in pairs:
        add_counts(score, *match(first.get("temporals") or [], second.get("temporals") or [], span_eq))
    return score.as_dict()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    pairs = [(first_annotation(p.name[: -len(".gold.json")]), json.loads(p.read_text(encoding="utf-8")))
             for p in sorted(HERE.glob("*.gold.json"))]
    scores = evaluate([f for f, _ in pairs], [as_record(s) for _, s in pairs])
    # the second annotation in record shape has no event arguments and no speaker ids: those
    # accuracies would compare against nothing, so they are left out (speakers: below)
    dropped = ("when_right", "where_right", "participants_right", "speaker_right")
    scores = {k: {f: v for f, v in s.items() if not f.startswith(dropped) and not f.startswith("future_")
                  and f.removesuffix("_n") not in dropped}
              for k, s in scores.items() if not k.startswith("entities[")}
    scores["temporals.span"] = temporal_spans(pairs)
    print(f"{len(pairs)} documents, first annotation = reference")
    print(format_markdown(scores) if args.markdown else format_scores(scores))
    print("speaker agreement over quotes both marked (speaker_right above needs record ids):",
          speaker_agreement(pairs))


if __name__ == "__main__":
    main()
