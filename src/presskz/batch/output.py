"""Crash-safe JSONL output for `presskz batch`: whole-line appends, resume scanning, error records.

A kill -9 must leave only complete lines. Each line is written with ONE os.write of the full
encoded line on an O_APPEND descriptor (no Python buffering that could flush half a line),
so a killed process leaves only complete lines in the page cache, and the kernel writes them
out. Against power loss the file is fsync'ed after a chunk at most once a second (group commit:
an fsync costs ~5 ms here, a chunk of the fast pipeline ~100 ms) and at the end; a crash loses
at most the last second of lines, which --resume then redoes. Should a write still be cut
short (disk full, power loss), `scan_done` truncates the trailing partial line before a
resumed run appends.
"""
from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Iterable

# (doc_id, sha256 of the input bytes or None): what makes an input "already done" on --resume
DoneKey = tuple[str, "str | None"]


def errors_path_for(out: Path) -> Path:
    """Default errors file next to OUT: out.jsonl -> out.errors.jsonl."""
    name = out.name[: -len(".jsonl")] if out.name.endswith(".jsonl") else out.name
    return out.with_name(name + ".errors.jsonl")


def error_record(doc_id: str, path: str | None, error_type: str, message: str,
                 sha256: str | None = None) -> dict:
    """The line written to the errors file for an input that produced no record."""
    return {"doc_id": doc_id, "path": path, "error_type": error_type, "message": message,
            "sha256": sha256}


def done_key(line: dict) -> DoneKey | None:
    """The resume key of a record or error line, or None if the line has no doc_id."""
    doc_id = line.get("doc_id")
    if not isinstance(doc_id, str):
        return None
    sha = (line.get("source") or {}).get("sha256") if "source" in line else line.get("sha256")
    return doc_id, sha


# Resume reads only the two keys it needs: a record is tens of KB of JSON, and 100,000 of them
# would take minutes to parse whole. In a JSON string a quote is always escaped, so an
# unescaped `"doc_id":` can only be a key; the first sha256 key of a record is source.sha256
# (our writer emits doc_id, source, ... in that order; error records have one sha256 key).
_DOC_ID = re.compile(rb'(?<!\\)"doc_id":\s*("(?:[^"\\]|\\.)*")')
_SHA = re.compile(rb'(?<!\\)"sha256":\s*("[0-9a-f]*"|null)')


def line_key(raw: bytes) -> DoneKey | None:
    """done_key of one JSONL line, reading just its doc_id and sha256 when it can."""
    head = raw[:8192]  # both keys come first in our lines
    doc, sha = _DOC_ID.search(head), _SHA.search(head)
    if doc and sha and doc.start() < sha.start():
        return json.loads(doc[1]), json.loads(sha[1])
    try:
        return done_key(json.loads(raw))
    except ValueError:
        return None


def truncate_partial_line(path: Path) -> int:
    """Cut a trailing line that has no newline (an interrupted write); returns bytes removed."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    if size == 0:
        return 0
    with open(path, "rb+") as fh:
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        pos, keep = size, 0
        while pos > 0 and not keep:  # scan backwards in blocks for the last newline
            step = min(65536, pos)
            pos -= step
            fh.seek(pos)
            block = fh.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                keep = pos + nl + 1
        fh.truncate(keep)
        return size - keep


def scan_done(paths: Iterable[Path]) -> tuple[set[DoneKey], int]:
    """Resume keys of every complete line in the given files, and the number of bad lines."""
    done: set[DoneKey] = set()
    bad = 0
    for path in paths:
        truncate_partial_line(path)
        if not path.exists():
            continue
        with open(path, "rb") as fh:
            for raw in fh:
                key = line_key(raw)
                if key is None:
                    bad += 1
                else:
                    done.add(key)
    return done, bad


class LineWriter:
    """Appends whole lines to a file, each with a single os.write; fsync on `sync()` when lines
    were written since the last one and `sync_interval` seconds have passed."""

    def __init__(self, path: Path, append: bool, sync_interval: float = 1.0):
        path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
        self.path, self.fd, self.lines = path, os.open(path, flags, 0o644), 0
        self.sync_interval, self.synced_lines, self.synced_at = sync_interval, 0, time.monotonic()

    def write(self, line: str) -> None:
        data = (line.rstrip("\n") + "\n").encode("utf-8")
        view = memoryview(data)
        while view:  # a regular file takes it in one go; loop only for a short write
            view = view[os.write(self.fd, view):]
        self.lines += 1

    def sync(self) -> None:
        if self.lines == self.synced_lines:
            return
        now = time.monotonic()
        if now - self.synced_at >= self.sync_interval:
            os.fsync(self.fd)
            self.synced_lines, self.synced_at = self.lines, now

    def close(self) -> None:
        if self.fd >= 0:
            os.fsync(self.fd)
            os.close(self.fd)
            self.fd = -1
