"""Why dev gold happenings are missed, and how far the event trigger detection generalises.

    PYTHONPATH=src:tools python -m presskz_tools.event_recall [--only LIST] [--misses]

Dev split only (corpora/seed + corpora/releases/dev; never the frozen test split). For every gold
happening (mentions grouped by cluster, presskz.eval.happenings) it says whether a predicted event
matches it and, if not, why: `undetected` (no predicted event overlaps any of its mentions),
`type` / `status` (an overlapping event has another type / status), `taken` (the overlapping event
matched another happening: two happenings merged into one event).

Coverage: a gold mention is `lexicon` covered when a trigger of event_triggers.tsv matches at its
first token, `entity` when it lies in an EVENT name. Each lexicon entry's support is the set of dev
publishers whose gold triggers it covers; a happening whose covering entries are all supported by
its own publisher only is `own-publisher` (a leave-publisher-out run would lose it: the entry was
probably mined from that release). The leave-publisher-out recall estimate counts the found
happenings that are not own-publisher-only, over all happenings; --misses lists those own-publisher
happenings ("own") before the missed ones.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from presskz import load_pipeline
from presskz.api import document_from_source
from presskz.core.record_builder import build_record
from presskz.eval.corpus import _page_meta, gold_documents
from presskz.eval.happenings import gold_happenings, matches
from presskz.eval.scores import overlaps
from presskz.events.matching import TokenMatches
from presskz.events.governed import cue_verbs
from presskz.io.files import read_text_file

ROOT = Path(__file__).resolve().parents[2]
DEV = ("corpora/seed", "corpora/releases/dev")


def _dev(only: set[str] | None) -> list[tuple[dict, Path]]:
    return [pair for folder in DEV for pair in gold_documents(ROOT / folder)
            if only is None or pair[0]["doc_id"] in only]


def _entry_at(doc, matches_: TokenMatches, start: int, end: int) -> str | None:
    """The lexicon form matching at a token inside [start, end), else None."""
    for i, tok in enumerate(doc.tokens):
        if tok.end <= start or tok.start >= end:
            continue
        hit = matches_.noun[i] or matches_.verb[i]
        if hit and hit[0].pos != "gov":
            return hit[0].form
    return None


def _cued(doc, matches_: TokenMatches, end: int) -> bool:
    """A finite cue verb (event_cue_verbs.tsv) follows the token ending at `end` at once: the
    general mechanism would find the mention even without a lexicon entry."""
    last = doc.token_index_at(end - 1)
    hit = matches_.verb[last + 1] if last is not None and last + 1 < len(doc.tokens) else None
    return hit is not None and hit[0].form in cue_verbs() and hit[1].form == "finite"


def _reason(happening, events: list[dict], taken: set[str]) -> str:
    spans = lambda ev: [ev["trigger"], *ev.get("mentions", [])]  # noqa: E731
    near = [ev for ev in events for m in happening.mentions
            if any(overlaps(m["trigger"], s) for s in spans(ev))]
    if not near:
        return "undetected"
    if any(matches(happening, ev) for ev in near):
        return "taken"
    return "status" if any(matches(happening, ev, status=False) for ev in near) else "type"


def analyse(only: set[str] | None) -> list[dict]:
    """One row per gold happening: doc, publisher, reason (or 'ok'), mentions with their entries."""
    pipeline = load_pipeline("default")
    pairs = _dev(only)
    docs = [document_from_source(read_text_file(text), doc_id=gold["doc_id"],
                                 reference_date=gold.get("reference_date"), meta=_page_meta(gold))
            for gold, text in pairs]
    rows = []
    for (gold, _), doc in zip(pairs, pipeline.pipe(docs)):
        record = build_record(doc, pipeline).model_dump(mode="json")
        tm = TokenMatches(doc.tokens)
        names = [e for e in doc.entities if e.type == "EVENT"]
        publisher = (gold.get("meta") or {}).get("publisher") or gold["doc_id"]
        happenings = gold_happenings(gold)
        matched: dict[int, str] = {}
        for ev in record.get("events", []):
            free = [k for k, h in enumerate(happenings) if matches(h, ev) and k not in matched]
            if free:
                matched[free[0]] = ev["id"]
        for k, h in enumerate(happenings):
            mentions = []
            for m in h.mentions:
                t = m["trigger"]
                entry = _entry_at(doc, tm, t["start"], t["end"])
                named = any(e.start <= t["start"] and t["end"] <= e.end for e in names)
                mentions.append({"text": t["text"], "start": t["start"], "type": m["type"],
                                 "status": m["status"], "entry": entry, "named": named,
                                 "cued": _cued(doc, tm, t["end"])})
            reason = "ok" if k in matched else _reason(h, record.get("events", []), set(matched.values()))
            rows.append({"doc": gold["doc_id"], "publisher": publisher, "reason": reason,
                         "type": h.mentions[0]["type"], "mentions": mentions})
    return rows


def _kind(r: dict, support: dict[str, set[str]]) -> str:
    entries = {m["entry"] for m in r["mentions"] if m["entry"]}
    if any(support[e] - {r["publisher"]} for e in entries):
        return "lexicon, shared with another publisher"
    if entries:
        return "lexicon, own publisher only"
    return "EVENT name only" if any(m["named"] for m in r["mentions"]) else "no trigger"


def _support(rows: list[dict]) -> dict[str, set[str]]:
    """Lexicon entry -> the dev publishers whose gold happenings it covers."""
    support: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for m in r["mentions"]:
            if m["entry"]:
                support[m["entry"]].add(r["publisher"])
    return support


def leave_publisher_out(rows: list[dict]) -> float:
    """Estimated recall when each publisher's own lexicon entries are left out: found happenings
    not covered by own-publisher-only entries, over all happenings."""
    support = _support(rows)
    kept = [r for r in rows if r["reason"] == "ok" and _kind(r, support) != "lexicon, own publisher only"]
    return len(kept) / len(rows) if rows else 0.0


def coverage(rows: list[dict]) -> Counter:
    """Happenings by how their mentions are covered: lexicon entry with support from other
    publishers (general), own-publisher-only entry, EVENT name only, or nothing; '& cued': a
    mention stands right before a finite cue verb (the general mechanism reaches it)."""
    support = _support(rows)
    out: Counter = Counter()
    for r in rows:
        kind = _kind(r, support)
        out[kind] += 1
        out[f"{kind} & found"] += r["reason"] == "ok"
        out[f"{kind} & cued"] += any(m["cued"] for m in r["mentions"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", type=Path, help="score only the dev documents of this list file")
    ap.add_argument("--misses", action="store_true", help="list every missed happening")
    args = ap.parse_args(argv)
    only = None
    if args.only:
        lines = args.only.read_text(encoding="utf-8").splitlines()
        only = {ln.split("#")[0].strip() for ln in lines if ln.split("#")[0].strip()}
    rows = analyse(only)
    print(f"{len(rows)} gold happenings")
    for reason, n in Counter(r["reason"] for r in rows).most_common():
        print(f"  {reason:12} {n}")
    print("coverage (happenings; '& found' = matched by a predicted event, '& cued' = a mention "
          "right before a cue verb):")
    for kind, n in sorted(coverage(rows).items()):
        print(f"  {kind:50} {n}")
    print(f"leave-publisher-out recall estimate: {leave_publisher_out(rows):.3f}")
    if args.misses:
        support = _support(rows)
        for r in rows:
            if r["reason"] == "ok" and _kind(r, support) == "lexicon, own publisher only":
                ms = "; ".join(f"{m['text']}({m['entry'] or '-'})" for m in r["mentions"])
                print(f"{'own':10} {r['type']:14} {r['doc']}: {ms}")
        for r in rows:
            if r["reason"] != "ok":
                ms = "; ".join(f"{m['text']}({m['status']}{',' + m['entry'] if m['entry'] else ''}"
                               f"{',EVENT' if m['named'] else ''})" for m in r["mentions"])
                print(f"{r['reason']:10} {r['type']:14} {r['doc']}: {ms}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
