"""Crash-safe JSONL output for `presskz batch`: whole-line appends, resume scanning, error records.

A kill -9 must leave only complete lines. Each line is written with ONE os.write of the full
encoded line on an O_APPEND descriptor (no Python buffering that could flush half a line),
so a killed process leaves only complete lines in the page cache, and the kernel writes them
out. Against power loss the file is fsync'ed after a chunk at most once a second (group commit:
an fsync costs ~5 ms here, a chunk of the fast pipeline ~100 ms) and at the end; a crash loses
at most the last second of lines, which --resume then redoes. Should a write still be cut
short (disk full, power loss), `scan_done` truncates the trailing partial line before a
resumed run appends.

One batch writes a given output at a time: LineWriter takes an exclusive, non-blocking flock on
each file before truncating or appending, so a second batch on the same files refuses
(OutputLockedError) instead of interleaving or truncating the first one's lines. A resumed run
that redid changed inputs ends with `supersede`, which drops the earlier lines it replaced
(rewriting the file atomically: temp file, fsync, rename), so the output keeps one line per input.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path
from collections.abc import Iterable

from presskz.io.paths import OutputPathError

# (doc_id, sha256 of the input bytes or None): what makes an input "already done" on --resume
DoneKey = tuple[str, "str | None"]


def errors_path_for(out: Path) -> Path:
    """Default errors file next to OUT: out.jsonl -> out.errors.jsonl."""
    name = out.name[: -len(".jsonl")] if out.name.endswith(".jsonl") else out.name
    return out.with_name(name + ".errors.jsonl")


def run_options_path(out: Path) -> Path:
    """Where a batch keeps the options its records depend on: out.jsonl -> out.run.json."""
    name = out.name[: -len(".jsonl")] if out.name.endswith(".jsonl") else out.name
    return out.with_name(name + ".run.json")


class ResumeMismatchError(ValueError):
    """--resume with options that would give other records than the run being resumed."""


def _flags(run: dict) -> str:
    return " ".join(f"--{key.replace('_', '-')} {value}" if value is not None
                    else f"no --{key.replace('_', '-')}" for key, value in run.items())


def remember_run(out: Path, run: dict, resume: bool) -> None:
    """Keep `run` (the options records depend on) next to OUT; on --resume, first refuse
    (ResumeMismatchError) if the run being resumed had other ones: its records and the new ones
    would not agree. An output from before this file existed is resumed as it is."""
    path = run_options_path(out)
    if resume and path.exists():
        try:
            earlier = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            earlier = None
        if isinstance(earlier, dict):
            if any(earlier.get(key) != value for key, value in run.items()):
                raise ResumeMismatchError(
                    f"--resume: {out} was made with {_flags({k: earlier.get(k) for k in run})}, "
                    f"this run has {_flags(run)}: give the same options, or run without --resume")
            return
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(run, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


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


# Error lines that say nothing against the document (its worker died or ran out of time, or a
# bug of ours): --resume runs the document again instead of keeping them
RETRIED_ERRORS = ("worker_crashed", "timeout", "internal")
_RETRIED = re.compile(rb'"error_type": ?"(?:' + b"|".join(e.encode() for e in RETRIED_ERRORS)
                      + rb')"')


def scan_done(paths: Iterable[Path]) -> tuple[set[DoneKey], int]:
    """Resume keys of every complete line in the given files but the error lines to retry
    (RETRIED_ERRORS), and the number of bad lines."""
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
                elif not _retried(raw):
                    done.add(key)
    return done, bad


def _retried(raw: bytes) -> bool:
    """Whether a line is an error line of a kind --resume retries."""
    if not _RETRIED.search(raw):
        return False
    try:
        line = json.loads(raw)
    except ValueError:
        return False
    return isinstance(line, dict) and line.get("error_type") in RETRIED_ERRORS


class OutputLockedError(RuntimeError):
    """Another batch is writing the same output or errors file."""


_LOCKED: set[int] = set()  # descriptors this process holds flock'ed


def _close_inherited_locks() -> None:
    # A forked worker shares the parent's locked descriptors: were it to outlive a killed batch,
    # it would keep the files locked and a --resume would refuse. Only the parent writes them.
    for fd in _LOCKED:
        with contextlib.suppress(OSError):
            os.close(fd)
    _LOCKED.clear()


os.register_at_fork(after_in_child=_close_inherited_locks)


def _open_locked(path: Path, append: bool) -> int:
    """A descriptor for appending to path, exclusively flock'ed (truncated after locking unless
    append); OutputLockedError if another process holds the lock."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise OutputPathError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise OutputLockedError(f"{path} is being written by another presskz batch: wait for "
                                "it to finish or choose another -o/--errors") from None
    if not append:  # only now: truncating first would wipe the other batch's lines
        os.ftruncate(fd, 0)
    _LOCKED.add(fd)
    return fd


class LineWriter:
    """Appends whole lines to a file it holds locked, each with a single os.write; fsync on
    `sync()` when lines were written since the last one and `sync_interval` seconds have passed."""

    def __init__(self, path: Path, append: bool, sync_interval: float = 1.0):
        self.path, self.fd, self.lines = path, _open_locked(path, append), 0
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
            _LOCKED.discard(self.fd)
            os.close(self.fd)
            self.fd = -1


def supersede(path: Path, old_size: int, keep: Counter) -> int:
    """Drop the lines among the first old_size bytes of path (what was there before a resumed run)
    whose resume key is not in `keep` (a multiset, consumed); returns the lines dropped.

    The file is rewritten only if a line goes: to a temp file in the same folder, fsync'ed, then
    renamed over path, so a kill leaves either the old or the new file, never a mix."""
    if old_size <= 0 or not path.exists():
        return 0
    drop: list[tuple[int, int]] = []  # byte ranges of the superseded lines
    with open(path, "rb") as fh:
        pos = 0
        while pos < old_size:
            raw = fh.readline()
            if not raw:
                break
            key = line_key(raw)
            if key is not None and keep[key] <= 0:
                drop.append((pos, pos + len(raw)))
            elif key is not None:
                keep[key] -= 1
            pos += len(raw)
    if drop:
        _rewrite_without(path, drop)
    return len(drop)


def _rewrite_without(path: Path, drop: list[tuple[int, int]]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with open(path, "rb") as src, os.fdopen(fd, "wb") as dst:
            pos = 0
            for start, end in drop:
                dst.write(src.read(start - pos))
                src.seek(end)
                pos = end
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
