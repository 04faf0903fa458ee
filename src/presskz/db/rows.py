"""Turns one JSON record (DESIGN.md section 3) into rows of the normalised database tables.

Pure functions, no database: `db.py` executes what this module builds. Column lists here are
the single place that pairs record fields with the columns of `sql/001_schema.*.sql`.
"""
from __future__ import annotations

import calendar
import json
import re
from typing import Any

from presskz.core.record import MAX_DOC_ID_BYTES

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "sha256", "path", "url", "bytes", "encoding", "language", "script",
                  "reference_date", "headline", "issuer", "published", "main_event",
                  "pipeline_name", "pipeline_version", "model_sha256", "schema_version",
                  "warnings", "record"),
    "entities": ("doc_id", "id", "type", "text", "normalized", "start_char", "end_char",
                 "sentence", "source", "score", "mention_group"),
    "quantities": ("doc_id", "id", "kind", "text", "value", "unit", "approx", "start_char",
                   "end_char", "value_text"),
    "temporals": ("doc_id", "id", "kind", "text", "value", "date_from", "date_to", "start_char",
                  "end_char"),
    "events": ("doc_id", "id", "type", "status", "trigger_text", "trigger_start", "trigger_end",
               "title", "start_char", "end_char"),
    "event_arguments": ("doc_id", "event_id", "role", "arg_id", "position"),
    "people": ("doc_id", "id", "name", "mentions", "positions"),
    "quotes": ("doc_id", "id", "text", "start_char", "end_char", "speaker", "speaker_mention",
               "verb", "kind"),
}
# Children first: the order rows are deleted in (parents last) and inserted in (reversed).
DELETE_ORDER = ("event_arguments", "events", "quotes", "people", "temporals", "quantities",
                "entities", "documents")
JSON_COLUMNS = {("documents", "warnings"), ("documents", "record"), ("people", "mentions"),
                ("people", "positions")}
DATE_COLUMNS = {("documents", "reference_date"), ("temporals", "date_from"),
                ("temporals", "date_to")}
# record field -> event_arguments.role
EVENT_ROLES = (("when", "when"), ("where", "where"), ("participants", "participant"),
               ("organizer", "organizer"), ("amounts", "amount"))

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


_EXACT_FLOAT = 2 ** 53  # integers beyond this lose digits as a float (REAL, DOUBLE PRECISION)


class RecordError(ValueError):
    """A record that cannot be loaded (not an object, no doc_id, ...)."""


def split_number(value: Any) -> tuple[Any, str | None]:
    """(value for the REAL column, exact digits or None): an integer a float cannot hold exactly
    is stored approximately (None past the float range) beside its exact text."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _EXACT_FLOAT:
        try:
            return float(value), str(value)
        except OverflowError:
            return None, str(value)
    return value, None


def day_range(value: str | None) -> tuple[str | None, str | None]:
    """The first and last ISO day a TIMEX3 value covers, or (None, None) if not whole known days.

    "2016-11-05T11:00" -> both 2016-11-05; "2016-11" -> 2016-11-01..2016-11-30;
    "2016-11-05/2016-11-06" -> that range; "XXXX-11-05", "P9M", "199X" -> (None, None).
    """
    if not value:
        return None, None
    if "/" in value:
        first, _, last = value.partition("/")
        lo, hi = day_range(first)[0], day_range(last)[1]
        return (lo, hi) if lo and hi else (None, None)
    if m := _DAY.match(value):
        day = "-".join(m.groups())
        return day, day
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            last_day = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last_day:02d}"
    if m := _YEAR.match(value):
        return f"{m[1]}-01-01", f"{m[1]}-12-31"
    return None, None


def _document_row(rec: dict) -> dict[str, Any]:
    source, ann, pipe = rec.get("source") or {}, rec.get("announcement") or {}, rec.get("pipeline") or {}
    return {"doc_id": rec["doc_id"], "sha256": source.get("sha256"), "path": source.get("path"),
            "url": source.get("url"),
            "bytes": source.get("bytes"), "encoding": source.get("encoding"),
            "language": rec.get("language"), "script": rec.get("script"),
            "reference_date": rec.get("reference_date"), "headline": ann.get("headline"),
            "issuer": ann.get("issuer"), "published": ann.get("published"),
            "main_event": ann.get("main_event"), "pipeline_name": pipe.get("name"),
            "pipeline_version": pipe.get("version"),
            "model_sha256": (pipe.get("model") or {}).get("sha256"),
            "schema_version": rec.get("schema_version"), "warnings": rec.get("warnings") or [],
            "record": rec}


def _span_rows(doc_id: str, items: list[dict] | None, fields: tuple[str, ...]) -> list[dict]:
    rows = []
    for item in items or []:
        row = {"doc_id": doc_id, "start_char": item.get("start"), "end_char": item.get("end")}
        row.update({f: item.get(f) for f in fields})
        rows.append(row)
    return rows


def _quantity_rows(doc_id: str, items: list[dict] | None) -> list[dict]:
    rows = _span_rows(doc_id, items, ("id", "kind", "text", "value", "unit", "approx"))
    for row in rows:
        row["value"], row["value_text"] = split_number(row["value"])
    return rows


def _temporal_rows(doc_id: str, items: list[dict] | None) -> list[dict]:
    rows = _span_rows(doc_id, items, ("id", "kind", "text", "value"))
    for row in rows:
        row["date_from"], row["date_to"] = day_range(row["value"])
    return rows


def _event_rows(doc_id: str, items: list[dict] | None) -> tuple[list[dict], list[dict]]:
    events, args = [], []
    for ev in items or []:
        trigger = ev.get("trigger") or {}
        events.append({"doc_id": doc_id, "id": ev.get("id"), "type": ev.get("type"),
                       "status": ev.get("status"), "trigger_text": trigger.get("text"),
                       "trigger_start": trigger.get("start"), "trigger_end": trigger.get("end"),
                       "title": ev.get("title"), "start_char": ev.get("start"),
                       "end_char": ev.get("end")})
        for field, role in EVENT_ROLES:
            # dict.fromkeys: an id listed twice under one role is one argument
            for position, arg_id in enumerate(dict.fromkeys(ev.get(field) or [])):
                args.append({"doc_id": doc_id, "event_id": ev.get("id"), "role": role,
                             "arg_id": arg_id, "position": position})
    return events, args


def rows_from_record(rec: Any) -> dict[str, list[dict[str, Any]]]:
    """Rows per table for one record; raises RecordError for a record without a doc_id."""
    if not isinstance(rec, dict) or not isinstance(rec.get("doc_id"), str) or not rec["doc_id"]:
        raise RecordError("a record is a JSON object with a non-empty string doc_id")
    doc_id = rec["doc_id"]
    if len(doc_id.encode("utf-8")) > MAX_DOC_ID_BYTES:
        raise RecordError(f"doc_id of {len(doc_id.encode('utf-8'))} bytes is over the "
                          f"{MAX_DOC_ID_BYTES}-byte limit of a database key")
    events, args = _event_rows(doc_id, rec.get("events"))
    entities = _span_rows(doc_id, rec.get("entities"), (
        "id", "type", "text", "normalized", "sentence", "source", "score"))
    for row, item in zip(entities, rec.get("entities") or []):
        row["mention_group"] = item.get("group")  # "group" is a reserved word in SQL
    people = [{"doc_id": doc_id, "id": p.get("id"), "name": p.get("name"),
               "mentions": p.get("mentions") or [], "positions": p.get("positions") or []}
              for p in rec.get("people") or []]
    return {
        "documents": [_document_row(rec)],
        "entities": entities,
        "quantities": _quantity_rows(doc_id, rec.get("quantities")),
        "temporals": _temporal_rows(doc_id, rec.get("temporals")),
        "events": events,
        "event_arguments": args,
        "people": people,
        "quotes": _span_rows(doc_id, rec.get("quotes"), (
            "id", "text", "speaker", "speaker_mention", "verb", "kind")),
    }


def row_values(table: str, row: dict[str, Any], json_dump=None) -> tuple:
    """The row as a tuple in COLUMNS order; JSON columns dumped by `json_dump` (default: text)."""
    dump = json_dump or (lambda v: json.dumps(v, ensure_ascii=False))
    return tuple(dump(row.get(c)) if (table, c) in JSON_COLUMNS else row.get(c)
                 for c in COLUMNS[table])
