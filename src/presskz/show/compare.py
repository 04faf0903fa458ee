"""Gold beside prediction, for error analysis on the dev split (`presskz show --gold --pred`).

Each side is the text with its marks; a gold span that no prediction matches is a miss
(`miss`, red), a predicted span that matches no gold span a false positive (`fp`, amber),
under the matching rules of `presskz eval` (entities: span + type; quantities and temporals:
span + value; events: type + status + an overlapping mention; quotes: exact span, indirect
ones on overlap). An index page lists every document with its per-layer F1."""
from __future__ import annotations

import html
from pathlib import Path

from presskz.eval.records import evaluate
from presskz.eval.scores import overlaps, same_entity, same_mention, same_valued_span, span_eq
from presskz.show.page import controls, html_page, page_name, record_marks, tables
from presskz.show.marks import render_text

INDEX_LAYERS = ("entities", "quantities", "temporals", "events", "quotes")


def gold_as_record(gold: dict) -> dict:
    """The gold in record shape: ids given (g-prefixed), one event per gold mention."""
    out: dict = {"doc_id": gold["doc_id"], "announcement": gold.get("announcement") or {},
                 "optional_entities": gold.get("optional_entities") or []}
    for layer, prefix in (("entities", "ge"), ("quantities", "gq"), ("temporals", "gt"),
                          ("quotes", "gqt")):
        out[layer] = [{**item, "id": f"{prefix}{k}"} for k, item in enumerate(gold.get(layer) or [], 1)]
    out["events"] = [{**ev, "id": f"gev{k}", "when": [], "where": []}
                     for k, ev in enumerate(gold.get("events") or [], 1)]
    out["people"] = [{**p, "id": f"gp{k}", "mentions": []} for k, p in enumerate(gold.get("people") or [], 1)]
    return out


def _same(layer: str, g: dict, p: dict) -> bool:
    if layer == "entities":
        return same_entity(g, p)
    if layer in ("quantities", "temporals"):
        return same_valued_span(g, p)
    if layer == "quotes":
        same_kind = g.get("kind", "direct") == p.get("kind", "direct")
        return same_kind and (overlaps(g, p) if g.get("kind") == "indirect" else span_eq(g, p))
    # an event matches a gold mention through any of its own mentions
    return any(same_mention(g, {**p, "trigger": s}) for s in [p["trigger"], *(p.get("mentions") or [])])


def error_classes(gold: dict, pred: dict) -> tuple[dict[str, str], dict[str, str]]:
    """CSS classes by id: `miss` for unmatched gold items, `fp` for unmatched predictions."""
    gold_classes, pred_classes = {}, {}
    for layer in INDEX_LAYERS:
        golds, preds = gold.get(layer) or [], pred.get(layer) or []
        for g in golds:
            if not any(_same(layer, g, p) for p in preds):
                gold_classes[g["id"]] = "miss"
        for p in preds:
            if not any(_same(layer, g, p) for g in golds) and _counts_against(layer, p, gold):
                pred_classes[p["id"]] = "fp"
    return gold_classes, pred_classes


def _counts_against(layer: str, p: dict, gold: dict) -> bool:
    """Whether presskz eval counts an unmatched prediction as a false positive: not an entity
    over an optional gold span, not indirect speech where the gold annotates none."""
    if layer == "entities":
        return not any(overlaps(p, o) for o in gold.get("optional_entities") or [])
    if layer == "quotes" and p.get("kind") == "indirect":
        return any(q.get("kind") == "indirect" for q in gold.get("quotes") or [])
    return True


def compare_page(gold: dict, pred: dict, text: str) -> str:
    """Gold and prediction side by side, misses and false positives marked."""
    gold_record = gold_as_record(gold)
    gold_classes, pred_classes = error_classes(gold_record, pred)
    legend = ('<p class="legend"><span class="miss">missed gold</span> '
              '<span class="fp">false positive</span></p>')
    body = (f"<h1>{html.escape(gold['doc_id'])}: gold | prediction</h1>{controls()}{legend}"
            '<div class="columns">'
            f'<div><h2>gold</h2><div class="text" id="gold">'
            f"{render_text(text, record_marks(gold_record, gold_classes))}</div></div>"
            f'<div><h2>prediction</h2><div class="text" id="pred">'
            f"{render_text(text, record_marks(pred, pred_classes))}</div></div></div>"
            f"<h2>Prediction</h2>{tables(pred)}")
    return html_page(f"presskz: {gold['doc_id']} gold vs prediction", body)


def index_page(rows: list[tuple[str, dict]]) -> str:
    """One row per document: a link to its page and its per-layer F1."""
    head = "".join(f"<th>{x}</th>" for x in ("document", *INDEX_LAYERS))
    body = []
    for doc_id, scores in rows:
        cells = "".join(f"<td>{scores[x]['f1']:.2f}</td>" if x in scores else "<td>-</td>"
                        for x in INDEX_LAYERS)
        link = html.escape(page_name(doc_id), quote=True)
        body.append(f'<tr><td><a href="{link}">{html.escape(doc_id)}</a></td>{cells}</tr>')
    table = f'<table class="index"><tr>{head}</tr>{"".join(body)}</table>'
    return html_page("presskz: gold vs prediction", f"<h1>Documents (F1 per layer)</h1>{table}")


def write_compare_pages(golds: list[tuple[dict, str]], preds: dict[str, dict], out: Path) -> int:
    """One page per gold document with a prediction, plus index.html; returns the page count."""
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for gold, text in golds:
        pred = preds.get(gold["doc_id"])
        if pred is None:
            continue
        (out / page_name(gold["doc_id"])).write_text(compare_page(gold, pred, text), encoding="utf-8")
        rows.append((gold["doc_id"], evaluate([gold], [pred])))
    (out / "index.html").write_text(index_page(rows), encoding="utf-8")
    return len(rows)
