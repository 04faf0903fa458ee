"""Reading input files without losing or altering text, and writing JSON / JSONL output.

Decoding policy (DESIGN section 6): UTF-8, UTF-8 with BOM, UTF-16 with BOM, then a charset the
input declares (an HTML meta charset), then the legacy code page among CP1251, KZ-1048 and KOI8-R
whose reading gives Kazakh or Russian letters (io/encodings.py), with a warning when it is
unsure, and only when the result reads as Cyrillic text. Anything else is an InputError. The
decoded text is kept exactly (no newline or Unicode normalisation), so offsets refer to it.

Measured against charset-normalizer 3.5 on 408 texts (the check corpus's Kazakh releases cut at
300 and 2,000 characters, in KZ-1048, and in Russian letters as CP1251/KZ-1048/KOI8-R Kazakh was
typed; 8 Russian releases likewise): the letter score reads all 408 right, and flags none as
unsure; charset-normalizer 398 (402 limited to the three code pages: it takes KZ-1048 Kazakh for
CP1251), so it is not used. Both take a millisecond or two a text.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from collections.abc import Iterable, Iterator

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # a press release is a few KB; 10 MB is generous

ERROR_KINDS = ("not_found", "is_directory", "empty", "binary", "decode", "too_large", "unreadable",
               "not_regular")


class InputError(Exception):
    """An input that cannot be processed; `kind` is one of ERROR_KINDS."""

    def __init__(self, kind: str, message: str, path: str | None = None):
        super().__init__(f"{path}: {message}" if path else message)
        self.kind, self.path, self.message = kind, path, message


@dataclass
class Source:
    """A decoded input: the text plus what the record says about where it came from."""

    text: str
    path: str | None
    sha256: str
    bytes: int
    encoding: str
    warnings: list[str] = field(default_factory=list)  # what clean_text replaced, for the record

    def info(self) -> dict:
        return {"path": self.path, "sha256": self.sha256, "bytes": self.bytes,
                "encoding": self.encoding}


def looks_binary(raw: bytes) -> bool:
    """Whether bytes look like a binary file: a NUL or many control bytes in the first 8 KB."""
    sample = raw[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in sample or controls > max(2, len(sample) // 100)


def _reads_as_cyrillic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return bool(letters) and cyrillic / len(letters) >= 0.5


UTF8_CYRILLIC_PAIR = re.compile(rb"[\xd0-\xd3][\x80-\xbf]")
HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _looks_like_broken_utf8(raw: bytes) -> bool:
    """UTF-8 Cyrillic with some bad bytes also decodes as CP1251 (mojibake): refuse it."""
    high = len(HIGH_BYTE.findall(raw))
    return high > 0 and 2 * len(UTF8_CYRILLIC_PAIR.findall(raw)) / high > 0.5


def decode_bytes(raw: bytes, path: str | None = None) -> tuple[str, str]:
    """(text, encoding) of raw bytes by the declared fallback chain, or InputError."""
    text, encoding, _ = decode_with_warnings(raw, path)
    return text, encoding


def decode_with_warnings(raw: bytes, path: str | None = None,
                         declared: str | None = None) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings) of raw bytes by the fallback chain, or InputError. `declared`
    is the charset the input names for itself (an HTML meta charset), tried after UTF-8."""
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw, "utf-8-sig", path), "utf-8-sig", []
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16", path), "utf-16", []
    if looks_binary(raw):
        raise InputError("binary", "binary file (NUL or control bytes), not text", path)
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared and declared != "utf-8":
        try:
            return raw.decode(declared), declared, []
        except UnicodeDecodeError:
            pass  # the declaration is wrong: read the bytes as if it were not there
    if _looks_like_broken_utf8(raw):
        raise InputError("decode", f"invalid UTF-8 at byte {utf8_error.start} (not a Cyrillic "
                         "code page either)", path)
    return _legacy(raw, path, utf8_error.start)


def _legacy(raw: bytes, path: str | None, utf8_error: int) -> tuple[str, str, list[str]]:
    """The best reading among the legacy Cyrillic code pages, if it reads as Cyrillic."""
    from presskz.io.encodings import CANDIDATES, readings, unsure

    found = readings(raw)
    if not found or not _reads_as_cyrillic(found[0].text):
        raise InputError("decode", f"not valid UTF-8 (byte {utf8_error}) and not Cyrillic text "
                         f"in {', '.join(CANDIDATES)}", path)
    best, others = found[0], found[1:]
    why = unsure(best, others)
    warnings = [f"encoding unsure: read as {best.encoding} ({why})"] if why else []
    return best.text, best.encoding, warnings


_SURROGATE = re.compile("[\ud800-\udfff]")  # in a str, a surrogate is always a lone one


def clean_text(text: str) -> tuple[str, list[str]]:
    """The text with characters no database or JSON consumer can take replaced by U+FFFD, one for
    one (offsets stay those of the decoded text), and a warning per kind replaced.

    A NUL (past the binary check's first 8 KB, or a JSONL "\\u0000") cannot be stored in
    PostgreSQL text or JSONB; a lone surrogate (JSONL "\\ud800") cannot be encoded as UTF-8, so a
    record holding one could not be written."""
    warnings = []
    if "\x00" in text:
        warnings.append(f"{text.count(chr(0))} NUL characters replaced by U+FFFD")
        text = text.replace("\x00", "\ufffd")
    if _SURROGATE.search(text):
        warnings.append(f"{len(_SURROGATE.findall(text))} lone surrogate characters replaced by "
                        "U+FFFD")
        text = _SURROGATE.sub("\ufffd", text)
    return text, warnings


def _strict(raw: bytes, encoding: str, path: str | None) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError("decode", f"invalid {encoding} at byte {exc.start}", path) from exc


def source_from_bytes(raw: bytes, path: str | None = None,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Decode and check raw bytes: empty, whitespace-only and oversized inputs are errors."""
    if len(raw) > max_bytes:
        raise InputError("too_large", f"{len(raw)} bytes is over the limit of {max_bytes} "
                         "(--max-bytes)", path)
    if not raw:
        raise InputError("empty", "empty file", path)
    text, encoding, unsure = decode_with_warnings(raw, path)
    if not text.strip():
        raise InputError("empty", "no text (whitespace only)", path)
    text, warnings = clean_text(text)
    return Source(text, path, hashlib.sha256(raw).hexdigest(), len(raw), encoding,
                  unsure + warnings)


def read_text_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read and decode one text file, or raise InputError saying why not."""
    p = Path(path)
    if p.is_dir():
        raise InputError("is_directory", "is a directory (use `presskz batch DIR`)", str(p))
    return source_from_bytes(read_file_bounded(p, max_bytes), str(p), max_bytes)


def read_file_bounded(p: Path, max_bytes: int) -> bytes:
    """The bytes of a file, refused before reading when its size is over max_bytes, and while
    reading when it says nothing of its size (/dev/zero, a pipe); InputError if not."""
    try:
        size = p.stat().st_size
        if size > max_bytes:  # refuse before reading a huge file into memory
            raise InputError("too_large", f"{size} bytes is over the limit of {max_bytes} "
                             "(--max-bytes)", str(p))
        with open(p, "rb") as handle:
            return read_bounded(handle, max_bytes, str(p))
    except FileNotFoundError:
        raise InputError("not_found", "no such file", str(p)) from None
    except OSError as exc:
        raise InputError("unreadable", exc.strerror or str(exc), str(p)) from exc


def read_bounded(handle: IO[bytes], max_bytes: int, path: str | None = None) -> bytes:
    """At most max_bytes from a binary handle; InputError "too_large" as soon as there is more,
    so that an endless stream (stdin, /dev/zero) stops at the limit, not at memory's end."""
    raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise InputError("too_large", f"more than the limit of {max_bytes} bytes "
                         "(--max-bytes)", path)
    return raw


def jsonl_values(lines: Iterable[bytes] | Iterable[str]) -> Iterator[tuple[int, Any, str | None]]:
    """(line number, value, None) per JSON line, read by the jsonlines library, or (line number,
    None, problem) for a line that is not UTF-8 or not JSON; blank lines are passed over. A bad
    line never stops the reading (validate and load report it and go on)."""
    import jsonlines

    reader = jsonlines.Reader(lines, loads=json.loads)  # json's errors, whatever is installed
    lineno = 0
    while True:
        lineno += 1
        try:
            value = reader.read(allow_none=True)
        except EOFError:
            return
        except jsonlines.InvalidLineError as exc:
            if not exc.line.strip():
                continue
            yield lineno, None, _line_problem(exc)
            continue
        yield lineno, value, None


def _line_problem(exc: Exception) -> str:
    cause = exc.__cause__
    if isinstance(cause, UnicodeDecodeError):
        return f"not UTF-8 text (byte {cause.start})"
    if isinstance(cause, json.JSONDecodeError):
        return f"not JSON: {cause.msg} at column {cause.colno}"
    return str(exc)


def dumps_record(record, pretty: bool = False) -> str:
    """One record as JSON text (Cyrillic kept readable, not \\u-escaped)."""
    data = record.model_dump(mode="json") if hasattr(record, "model_dump") else record
    return json.dumps(data, ensure_ascii=False, indent=2 if pretty else None)


def write_jsonl(records: Iterable, handle: IO[str]) -> int:
    count = 0
    for record in records:
        handle.write(dumps_record(record) + "\n")
        count += 1
    return count
