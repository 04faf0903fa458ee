"""Readers for the input formats press releases really come in: .txt, .html, .docx and JSONL.

Each reader turns raw bytes into a `presskz.io.files.Source` (the text the offsets refer to, plus the
sha256 of the raw bytes) and a metadata dict (title, date, url, format). A metadata date becomes
the document's reference date (source "metadata"). Bad input raises `presskz.io.files.InputError`
with a `kind` the batch writes into its errors file.

HTML: the main text comes from trafilatura (boilerplate removal, measured against selectolax
in scripts/bench.py --html); selectolax's plain block text is the fallback when trafilatura finds
no main text.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io as _io
import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presskz.core.extras import require
from presskz.io.html_depth import bounded_depth
from presskz.io.encodings import declared_charset
from presskz.io.files import DEFAULT_MAX_BYTES, InputError, Source, clean_text, \
    decode_with_warnings, read_file_bounded, source_from_bytes

FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".docx": "docx",
           ".jsonl": "jsonl", ".ndjson": "jsonl"}
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "published_at", "datetime", "pub_date")
URL_KEYS = ("url", "link", "source_url")
ID_KEYS = ("doc_id", "id")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})")


@dataclass
class Loaded:
    """A decoded input: its Source, its own doc_id if it carries one, and its metadata."""

    source: Source
    meta: dict[str, Any] = field(default_factory=dict)
    doc_id: str | None = None

    @property
    def date(self) -> dt.date | None:
        return parse_date(self.meta.get("date"))


def parse_date(value: Any) -> dt.date | None:
    """A calendar date from metadata ("2016-11-03", "2016-11-03T10:00:00+06:00", "03.11.2016")."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    if m := _DMY.match(value):
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
    return None


def format_of(path: Path) -> str | None:
    """The input format of a file by its suffix, or None if we do not read it."""
    return FORMATS.get(path.suffix.lower())


def read_raw(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refusing directories, missing and oversized files before reading,
    and endless ones (a character device) while reading."""
    if path.is_dir():
        raise InputError("is_directory", "is a directory", str(path))
    return read_file_bounded(path, max_bytes)


def _source(text: str, raw: bytes, path: str, encoding: str, found: Sequence[str] = ()) -> Source:
    if not text.strip():
        raise InputError("empty", "no text found", path)
    text, warnings = clean_text(text)
    return Source(text, path, hashlib.sha256(raw).hexdigest(), len(raw), encoding,
                  [*found, *warnings])


def load_txt(raw: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    return Loaded(source_from_bytes(raw, path, max_bytes), {"format": "txt"})


def load_html(raw: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Main text and metadata (title, date, url) of an HTML page."""
    if not raw.strip():
        raise InputError("empty", "empty file", path)
    html, encoding, unsure = decode_with_warnings(raw, path, declared_charset(raw))
    html, deep = bounded_depth(html)
    text, meta = html_main_text(html)
    meta["format"] = "html"
    return Loaded(_source(text, raw, path, encoding, unsure + deep), meta)


def html_main_text(html: str) -> tuple[str, dict[str, Any]]:
    """(main text, {title, date, url}) by trafilatura, falling back to selectolax block text."""
    trafilatura = require("trafilatura", "html")  # here: a txt-only batch never pays for it

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                        include_tables=True)
    doc = (found.as_dict() if hasattr(found, "as_dict") else found) or {}
    meta = {k: doc.get(k) for k in ("title", "date", "url") if doc.get(k)}
    text = doc.get("text") or ""
    if not text.strip():
        text = html_block_text(html)
        meta["extractor"] = "selectolax"
    else:
        meta["extractor"] = "trafilatura"
    return text, meta


def html_block_text(html: str) -> str:
    """Visible text of <body> without scripts, styles and page furniture, one block a line."""
    LexborHTMLParser = require("selectolax.lexbor", "html", "selectolax").LexborHTMLParser

    tree = LexborHTMLParser(html)
    tree.strip_tags(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"])
    body = tree.body or tree.root
    if body is None:
        return ""
    blocks = [n.text(separator=" ", strip=True) for n in body.css("p, h1, h2, h3, h4, li, td")]
    blocks = [b for b in blocks if b]
    return "\n".join(blocks) if blocks else body.text(separator="\n", strip=True)


def load_docx(raw: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Paragraph text (then table cells) of a .docx; title and created date as metadata."""
    docx = require("docx", "docx", "python-docx")

    check_archive(raw, path, max_bytes)
    try:
        document = docx.Document(_io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError("decode", f"not a readable .docx file ({exc})", path) from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    text = "\n".join(line for line in lines if line.strip())
    props = document.core_properties
    meta: dict[str, Any] = {"format": "docx"}
    if props.title:
        meta["title"] = props.title
    # the created date of a .docx is often the template's: metadata only, not a reference date
    if props.created:
        meta["created"] = props.created.isoformat()
    return Loaded(_source(text, raw, path, "docx"), meta)


# A .docx's XML is a few times the text it holds; an archive whose members add up to more than
# this many times --max-bytes is refused as a zip bomb (0.75 MB can expand to 4 GB)
ARCHIVE_EXPANSION = 10


def check_archive(raw: bytes, path: str, max_bytes: int) -> None:
    """Refuse a zip archive whose members' uncompressed sizes, read from its directory, add up
    to more than ARCHIVE_EXPANSION * max_bytes. The directory bounds what is read: zipfile
    never returns more of a member than the size the directory gives it (it stops there and
    fails the CRC check), so a directory that understates a member cannot get past this."""
    try:
        with zipfile.ZipFile(_io.BytesIO(raw)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError("decode", f"not a readable .docx file ({exc})", path) from exc
    limit = ARCHIVE_EXPANSION * max_bytes
    if total > limit:
        raise InputError("too_large", f"{total} bytes uncompressed is over the limit of {limit} "
                         f"({ARCHIVE_EXPANSION} x --max-bytes)", path)


def load_jsonl_line(raw: bytes, path: str, text_field: str = "text",
                    max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """One JSONL line: the text is obj[text_field]; title/date/url/id keys become metadata."""
    if len(raw) > max_bytes:
        raise InputError("too_large", f"{len(raw)} bytes is over the limit of {max_bytes}", path)
    try:
        obj = json.loads(raw)
    except ValueError as exc:
        raise InputError("bad_json", f"not valid JSON: {exc}", path) from None
    if not isinstance(obj, dict):
        raise InputError("bad_json", "a JSONL line must be a JSON object", path)
    text = obj.get(text_field)
    if not isinstance(text, str):
        raise InputError("missing_field", f"no string field {text_field!r} (--text-field); "
                         f"keys: {', '.join(sorted(obj))[:200]}", path)
    meta: dict[str, Any] = {"format": "jsonl"}
    for name, keys in (("title", TITLE_KEYS), ("date", DATE_KEYS), ("url", URL_KEYS)):
        value = next((obj[k] for k in keys if isinstance(obj.get(k), str) and obj[k]), None)
        if value:
            meta[name] = value
    doc_id = next((str(obj[k]) for k in ID_KEYS if obj.get(k) not in (None, "")), None)
    return Loaded(_source(text, raw, path, "utf-8"), meta, doc_id)


LOADERS = {"txt": load_txt, "html": load_html, "docx": load_docx}
