"""Validation of JSONL records against the record JSON Schema (one reason per problem)."""
from __future__ import annotations

import json
from functools import cache
from typing import Iterable

from jsonschema import Draft202012Validator

from presskz.core.record import record_json_schema


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(record_json_schema())


def record_problems(data) -> list[str]:
    """Reasons why one parsed record is invalid (empty when it is valid)."""
    problems = []
    for error in sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(record)"
        problems.append(f"{where}: {error.message[:200]}")
    if isinstance(data, dict):
        problems.extend(_offset_problems(data))
    return problems


def _offset_problems(data: dict) -> list[str]:
    """Spans whose text length does not fit their offsets (the schema cannot say this)."""
    out = []
    for layer in ("entities", "quantities", "temporals", "quotes"):
        for i, span in enumerate(data.get(layer) or []):
            if isinstance(span, dict) and {"start", "end", "text"} <= span.keys():
                if span["end"] - span["start"] != len(span["text"]):
                    out.append(f"{layer}/{i}: offsets {span['start']}:{span['end']} do not fit "
                               "its text")
    return out


def validate_lines(lines: Iterable[str]) -> tuple[list[tuple[int, str]], int]:
    """([(line number, reason)], number of records) for JSONL text."""
    problems, count = [], 0
    for line_no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        count += 1
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append((line_no, f"not JSON: {exc.msg} at column {exc.colno}"))
            continue
        problems.extend((line_no, reason) for reason in record_problems(data))
    return problems, count
