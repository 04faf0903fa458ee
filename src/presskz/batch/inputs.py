"""What `presskz batch` reads: finding input files and cutting them into work units.

A unit is one document to process: a file (.txt, .html, .docx) or one line of a JSONL file.
Units are small and picklable (paths, plus the raw line for JSONL) so that the main process
can hand them to worker processes or Dask workers; the workers read and decode the files.
"""
from __future__ import annotations

import hashlib
import json
import errno
import os
import stat
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable, Iterator

from presskz.core.record import bounded_doc_id
from presskz.io.readers import ID_KEYS, format_of


@dataclass(frozen=True)
class Unit:
    """One document to process. For JSONL, `line` is its 1-based line number and `raw` its bytes."""

    fmt: str
    path: str
    doc_id: str
    line: int | None = None
    raw: bytes | None = None
    size: int = 0  # bytes, for cutting partitions of similar work
    problem: tuple[str, str] | None = None  # (error kind, message): found unreadable, not read

    @property
    def where(self) -> str:
        """The path the records and error records name (file.jsonl:12 for a JSONL line)."""
        return f"{self.path}:{self.line}" if self.line is not None else self.path


@dataclass
class InputFile:
    path: Path
    doc_id: str  # the document id (or, for JSONL, the prefix of its lines' ids)
    fmt: str
    problem: tuple[str, str] | None = None  # (error kind, message) for an entry not to read


def _doc_id(path: Path, root: Path | None) -> str:
    """Path below the input directory without its suffix ("2016/11/release"), or the stem."""
    if root is None:
        return path.stem
    return path.relative_to(root).with_suffix("").as_posix()


def find_inputs(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> tuple[list[InputFile], int]:
    """Input files under the given files/directories (recursive, sorted) and the count ignored.

    A file named on the command line is read whatever its suffix (unknown suffix: as text);
    inside directories only known suffixes are taken, hidden files and folders are skipped,
    and `exclude` (the batch's own output files) is never read back as input.
    """
    skip = {p.resolve() for p in exclude}
    found: list[InputFile] = []
    ignored = 0
    for given in paths:
        if not given.is_dir():
            found.append(InputFile(given, _doc_id(given, None), format_of(given) or "txt"))
            continue
        for path in sorted(given.rglob("*")):
            rel = path.relative_to(given)
            if any(part.startswith(".") for part in rel.parts):
                continue
            problem = _entry_problem(path)
            if problem == _FOLDER:
                continue
            fmt = format_of(path)
            if fmt is None or (problem is None and path.resolve() in skip):
                ignored += fmt is None
                continue
            found.append(InputFile(path, _doc_id(path, given), fmt, problem))
    return _unique_ids(found), ignored


_FOLDER = ("folder", "")


def _entry_problem(path: Path) -> tuple[str, str] | None:
    """None for a regular file (through symlinks), _FOLDER for a folder, else (error kind,
    message): a FIFO would block the batch on opening it, a device never ends, a symlink loop
    cannot be resolved; each becomes an error line, not a read or an abort."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "unreadable", "symlink loop (too many levels of symbolic links)"
        if exc.errno == errno.ENOENT:
            return "not_found", "no such file (a symlink to nothing)"
        return "unreadable", exc.strerror or str(exc)
    if stat.S_ISDIR(mode):
        return _FOLDER
    if not stat.S_ISREG(mode):
        return "not_regular", "not a regular file (a FIFO, socket or device): not read"
    return None


def _resolved(path: Path) -> Path:
    """The path resolved, or as it is when it cannot be (a symlink loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _unique_ids(files: list[InputFile]) -> list[InputFile]:
    """Every file once, under an id no other file has. The same file named twice (a folder and
    a file inside it) is read once. Files whose ids clash keep their suffix first ("a.txt" and
    "a.html" give "a.txt", "a.html"); files still clashing (two input folders holding the same
    relative path) are named by their path below the folders' common parent ("2016/r1.txt",
    "2017/r1.txt"), so that no record replaces another in `presskz load` or --resume."""
    unique, seen = [], set()
    for f in files:
        if _resolved(f.path) not in seen:
            seen.add(_resolved(f.path))
            unique.append(f)
    files = unique
    for f in _clashing(files):
        f.doc_id += f.path.suffix
    still = _clashing(files)
    if still:
        parent = Path(os.path.commonpath([_resolved(f.path).parent for f in still]))
        for f in still:
            f.doc_id = _resolved(f.path).relative_to(parent).as_posix()
    return files


def _clashing(files: list[InputFile]) -> list[InputFile]:
    counts = Counter(f.doc_id for f in files)
    return [f for f in files if counts[f.doc_id] > 1]


def count_units(files: list[InputFile]) -> int:
    """Number of documents: one per file, one per non-blank JSONL line."""
    total = 0
    for f in files:
        total += _count_lines(f.path) if f.fmt == "jsonl" and f.problem is None else 1
    return total


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(1 for raw in fh if raw.strip())
    except OSError:
        return 1  # unreadable: it will become one error record


def iter_units(files: list[InputFile]) -> Iterator[Unit]:
    """The units of the files, in order; a JSONL file is read line by line, lazily."""
    for f in files:
        if f.problem is not None:
            yield Unit(f.fmt, str(f.path), bounded_doc_id(f.doc_id), problem=f.problem)
            continue
        if f.fmt != "jsonl":
            yield Unit(f.fmt, str(f.path), bounded_doc_id(f.doc_id), size=_size(f.path))
            continue
        try:
            fh = open(f.path, "rb")  # noqa: SIM115 - `with fh:` below closes it; only open() is guarded
        except OSError:
            # the worker reports why it cannot be read
            yield Unit("txt", str(f.path), bounded_doc_id(f.doc_id))
            continue
        with fh:
            for lineno, raw in enumerate(fh, 1):
                if raw.strip():
                    doc_id = bounded_doc_id(f"{f.doc_id}:{lineno}")
                    yield Unit("jsonl", str(f.path), doc_id, lineno, raw.rstrip(b"\r\n"),
                               len(raw))


def resume_keys(unit: Unit) -> list[tuple[str, str | None]]:
    """The keys a resumed run may have written for this unit: (doc_id, sha256 of its bytes) under
    the unit's id, and for a JSONL line under its own id too (the id it has when it loads). The
    bytes decide how the unit loads, so the key found among the done ones is the one it gets."""
    if unit.raw is not None:
        sha: str | None = hashlib.sha256(unit.raw).hexdigest()
    elif unit.problem is not None:
        sha = None
    else:
        try:
            with open(unit.path, "rb") as fh:
                sha = hashlib.file_digest(fh, "sha256").hexdigest()
        except (OSError, ValueError):
            sha = None
    keys = [(unit.doc_id, sha)]
    if unit.fmt == "jsonl" and unit.raw is not None:
        own = _own_id(unit.raw)
        if own:
            keys.append((bounded_doc_id(own), sha))
    return keys


def _own_id(raw: bytes) -> str | None:
    try:
        obj = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    return next((str(obj[k]) for k in ID_KEYS if obj.get(k) not in (None, "")), None)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def chunked(units: Iterable[Unit], size: int, max_bytes: int = 0) -> Iterator[list[Unit]]:
    """Partitions of at most `size` units and (if max_bytes) about max_bytes of input.

    The byte budget keeps partitions of similar work when releases range from 1 KB to 100 KB,
    so that N workers finish together; a unit larger than the budget is a partition alone.
    """
    chunk: list[Unit] = []
    held = 0
    for unit in units:
        if chunk and max_bytes and held + unit.size > max_bytes:
            yield chunk
            chunk, held = [], 0
        chunk.append(unit)
        held += unit.size
        if len(chunk) >= size:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk
