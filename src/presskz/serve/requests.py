"""What a request body must hold, checked before any extraction: the service's 4xx answers.

Kept apart from the web framework so that the rules are plain functions: a body is a JSON object
with a non-empty string `text` and optional string `reference_date` (YYYY-MM-DD), `doc_id` and
`url`; anything else is a RequestError carrying the HTTP status, a stable code and a message.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from presskz.io.reference import parse_reference_date

FIELDS = ("text", "reference_date", "doc_id", "url")


class RequestError(ValueError):
    """A bad request: `status` (4xx), `code` (stable, for programs) and a message (for people)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message}}


@dataclass(frozen=True)
class ExtractRequest:
    """One text to extract, with what the record should say about it."""

    text: str
    doc_id: str = "doc"
    reference_date: str | None = None
    url: str | None = None


def parse_json(raw: bytes) -> Any:
    """The JSON value of a body; RequestError 400 when it is not UTF-8 JSON."""
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RequestError(400, "bad_encoding", f"the body is not UTF-8: {exc.reason} "
                                                f"at byte {exc.start}") from None
    except ValueError as exc:
        raise RequestError(400, "malformed_json", f"the body is not valid JSON: {exc}") from None


def extract_request(obj: Any, default_id: str = "doc") -> ExtractRequest:
    """The ExtractRequest a decoded body asks for; RequestError 422 naming the first problem."""
    if not isinstance(obj, dict):
        raise RequestError(422, "not_an_object",
                           f"expected a JSON object with a 'text' field, got {_kind(obj)}")
    unknown = sorted(set(obj) - set(FIELDS))
    if unknown:
        raise RequestError(422, "unknown_field", f"unknown field(s) {', '.join(map(repr, unknown))}; "
                                                 f"allowed: {', '.join(FIELDS)}")
    if "text" not in obj:
        raise RequestError(422, "missing_text", "the 'text' field is required")
    for name in FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise RequestError(422, "wrong_type", f"'{name}' must be a string, got {_kind(value)}")
    text = obj["text"]
    if text is None or not text.strip():
        raise RequestError(422, "empty_text", "'text' is empty (or only whitespace)")
    _check_date(obj.get("reference_date"))
    return ExtractRequest(text=text, doc_id=obj.get("doc_id") or default_id,
                          reference_date=obj.get("reference_date"), url=obj.get("url"))


def parse_extract(raw: bytes, default_id: str = "doc") -> ExtractRequest:
    """The ExtractRequest of a raw body (JSON object); RequestError 400/422 when it is bad."""
    return extract_request(parse_json(raw), default_id)


def _check_date(value: str | None) -> None:
    if value is None:
        return
    try:
        parse_reference_date(value)
    except ValueError as exc:
        raise RequestError(422, "bad_reference_date", f"'reference_date' {exc}") from None


def _kind(value: Any) -> str:
    """The JSON name of a decoded value's type, for messages."""
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string",
             list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)
