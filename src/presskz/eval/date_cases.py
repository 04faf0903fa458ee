"""Scores the normalisation table (tests/data/timex_cases.tsv) with the dates stage and, for
comparison, with dateparser (which ships Kazakh locale data): used by scripts/eval_dates.py.

dateparser returns one datetime, so it is scored only on rows whose expected value is a single
day ("2016-11-05") or day + time; a row counts as handled when it returns exactly that.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path
from typing import Any

from presskz.core.doc import Document
from presskz.core.extras import require
from presskz.segment.tokenizer import segment
from presskz.dates.stage import DatesStage

DAY_RE = re.compile(r"^\d{4}-\d\d-\d\d(T\d\d:\d\d)?$")


def read_cases(path: str | Path) -> list[tuple[str, ...]]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def ours(expression: str, reference: str) -> list[tuple[str, str, str | None]]:
    doc = Document(text=expression)
    if reference != "-":
        doc.reference_date = dt.date.fromisoformat(reference)
    return [(t.text, t.kind, t.value) for t in DatesStage()(segment(doc)).temporals]


def dateparser_value(expression: str, reference: str) -> str | None:
    dateparser = require("dateparser", "eval")
    settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False}
    if reference != "-":
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(reference)
    found = dateparser.parse(expression, languages=["kk"], settings=settings)
    if found is None:
        return None
    return found.strftime("%Y-%m-%dT%H:%M") if "T" in expression or ":" in expression \
        else found.date().isoformat()


def score_cases(path: str | Path, with_dateparser: bool = False) -> str:
    """A short text report: our pass rate, and dateparser's on the single-day rows."""
    cases = read_cases(path)
    start = time.perf_counter()
    passed = sum(ours(e, r) == [(e, k, v)] for e, r, k, v in cases)
    lines = [f"dates stage: {passed}/{len(cases)} rows exact (span, kind, value) "
             f"in {time.perf_counter() - start:.2f}s"]
    if with_dateparser:
        rows = [c for c in cases if DAY_RE.match(c[3]) and "X" not in c[3]]
        start = time.perf_counter()
        answers = [dateparser_value(e, r) for e, r, _, _ in rows]
        seconds = time.perf_counter() - start
        right = sum(a == v for a, (_, _, _, v) in zip(answers, rows))
        none = sum(a is None for a in answers)
        lines.append(f"dateparser on {len(rows)} single-day rows: {right} right, "
                     f"{len(rows) - right - none} wrong, {none} not parsed, {seconds:.2f}s")
        ours_right = sum(ours(e, r) == [(e, k, v)] for e, r, k, v in rows)
        lines.append(f"dates stage on the same rows: {ours_right} right")
        wrong = [(e, a, v) for a, (e, _, _, v) in zip(answers, rows) if a != v]
        lines += [f"  dateparser: {e!r} -> {a} (expected {v})" for e, a, v in wrong[:15]]
    return "\n".join(lines)
