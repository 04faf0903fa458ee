"""Scores as tables: plain text for the terminal, Markdown for docs/, and per-group breakdowns
(`presskz eval --by publisher-kind`)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from presskz.eval.records import evaluate

COUNT_KEYS = ("precision", "recall", "f1", "tp", "fp", "fn")


def _extras(s: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in s.items()
                     if k not in COUNT_KEYS and not k.endswith("_n") and v is not None)


def _prf(s: dict, width: int = 0) -> list[str]:
    """P, R, F1 as text; "-" for a row that counts no spans (accuracies only, e.g. announcement)."""
    if not (s["tp"] or s["fp"] or s["fn"]):
        return ["-".rjust(width)] * 3
    return [f"{s[k]:{width}.3f}" for k in ("precision", "recall", "f1")]


def format_scores(scores: dict[str, dict]) -> str:
    """A plain-text table: layer, P, R, F1, counts, extra accuracies."""
    lines = [f"{'layer':22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}  extra"]
    for layer, s in scores.items():
        lines.append(f"{layer:22} {' '.join(_prf(s, 6))} "
                     f"{s['tp']:5d} {s['fp']:5d} {s['fn']:5d}  {_extras(s)}")
    return "\n".join(lines)


def format_markdown(scores: dict[str, dict], per_type: bool = False) -> str:
    """A Markdown table of the same figures (per-type entity rows only when asked)."""
    lines = ["| layer | P | R | F1 | tp | fp | fn | other |", "|---|---:|---:|---:|---:|---:|---:|---|"]
    for layer, s in scores.items():
        if layer.startswith("entities[") and not per_type:
            continue
        lines.append(f"| {layer} | {' | '.join(_prf(s))} | {s['tp']} | {s['fp']} | {s['fn']} "
                     f"| {_extras(s)} |")
    return "\n".join(lines)


def group_key(gold: dict, by: str) -> str:
    """The group a gold document belongs to: a `meta` field (publisher-kind -> publisher_kind)."""
    return str((gold.get("meta") or {}).get(by.replace("-", "_")) or "unknown")


def evaluate_by(golds: list[dict], preds: list[dict], by: str) -> dict[str, tuple[int, dict]]:
    """(document count, scores) per group of gold documents, groups sorted by name."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for gold in golds:
        groups[group_key(gold, by)].append(gold)
    return {name: (len(groups[name]), evaluate(groups[name], preds)) for name in sorted(groups)}


def format_groups(groups: dict[str, tuple[int, dict]], markdown: bool = False) -> str:
    """F1 of every main layer, one row a group (with its document count)."""
    layers = ("entities", "quantities", "temporals", "events", "events.mentions", "quotes",
              "quotes.indirect")
    header = ["group", "docs", *layers]
    rows = []
    for name, (docs, scores) in groups.items():
        cells = [_prf(scores[x])[2] if x in scores else "-" for x in layers]
        rows.append([name, str(docs), *cells])
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(out)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in [header, *rows])


def read_targets(path) -> list[dict[str, str]]:
    """Rows of a targets file (tab-separated, `#` comments, header issue/layer/metric/at_least)."""
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def _figure(scores: dict[str, dict], layer: str, metric: str) -> float | None:
    value = (scores.get(layer) or {}).get(metric)
    return float(value) if isinstance(value, (int, float)) else None


def format_targets(targets: list[dict[str, str]], by_split: dict[str, dict[str, dict]]) -> str:
    """A Markdown table: each target with its dev and test figures and whether test meets it."""
    lines = ["| issue | layer | figure | target | dev | test | met on test |",
             "|---|---|---|---:|---:|---:|---|"]
    for row in targets:
        goal = float(row["at_least"])
        dev, test = (_figure(by_split.get(s, {}), row["layer"], row["metric"]) for s in ("dev", "test"))
        met = "-" if test is None else ("yes" if test >= goal else "no")
        cells = ["-" if v is None else f"{v:.3f}" for v in (dev, test)]
        lines.append(f"| {row['issue']} | {row['layer']} | {row['metric']} | >= {goal:.2f} "
                     f"| {cells[0]} | {cells[1]} | {met} |")
    return "\n".join(lines)
