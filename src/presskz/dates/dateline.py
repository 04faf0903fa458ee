"""Finds a release's own date when no reference date was given: a dateline at the top
("Астана, 3 қараша 2016 ж. ...", "03.11.2016") or a date alone on the last line.

A dateline without a year ("Астана, 3 қараша.") cannot give a full reference date: the stage then
warns and leaves relative dates unresolved rather than guess the year.
"""
from __future__ import annotations

import datetime as dt

import regex

from presskz.dates.context import Context
from presskz.dates.spans import find_in_sentence

# "Астана, " / "Алматы қ., " / "АСТАНА. " before the date: capitalised words then a comma or dot.
PLACE_RE = regex.compile(r"^\s*(?:\p{Lu}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*){0,2}\s*[,.]\s*)?")
HEAD_CHARS = 80
DATE_RE = regex.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)$")
# A dateline's date ends its line or is followed by a dot or dash, not by the sentence it starts.
AFTER_DATE_RE = regex.compile(r"[ \t]*(?:[.,—–-]|\n|$)")


def _line_end(text: str, start: int) -> int:
    """Where the line holding `start` ends (an end position: with none, the regex module reads to
    the end of the text on every match)."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _date_at(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(value, offset) of a date starting exactly at `start`, found inside text[start:end]."""
    for item in find_in_sentence(text, start, end, Context()):
        if item.start == start and item.kind == "date" and item.value is not None \
                and DATE_RE.match(item.value) \
                and (text[item.end - 1] == "."
                     or AFTER_DATE_RE.match(text, item.end, _line_end(text, item.end))):
            return item.value, item.start
    return None


def _head_candidate(text: str) -> str | None:
    head_end = min(len(text), text.find("\n") if "\n" in text[:HEAD_CHARS] else HEAD_CHARS)
    start = PLACE_RE.match(text).end()
    found = _date_at(text, start, head_end)
    return found[0] if found else None


def _tail_candidate(text: str) -> str | None:
    stripped = text.rstrip()
    line_start = stripped.rfind("\n") + 1
    line = stripped[line_start:]
    if not line or len(line) > 40:
        return None
    start = line_start + len(line) - len(line.lstrip())
    found = _date_at(text, start, len(stripped))
    return found[0] if found else None


def find_dateline(text: str) -> tuple[dt.date | None, str | None]:
    """(reference date, None) from a dated dateline, or (None, "XXXX-11-03") for a yearless one,
    or (None, None) when the text has none."""
    value = _head_candidate(text) or _tail_candidate(text)
    if value is None:
        return None, None
    match = DATE_RE.match(value)
    if match.group(1) == "XXXX":
        return None, value
    return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))), None
