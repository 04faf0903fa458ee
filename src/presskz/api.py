"""The Python API: build Documents from text or files and extract Records from them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from presskz.core.doc import Document
from presskz.io.files import DEFAULT_MAX_BYTES, Source, clean_text, read_text_file
from presskz.kk.language import detect_language_and_script
from presskz.core.pipeline import Pipeline, load_pipeline
from presskz.core.record import Record
from presskz.core.record_builder import build_record
from presskz.io.reference import parse_reference_date


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return parse_reference_date(value)


def make_document(text: str, doc_id: str = "doc", source: dict | None = None,
                  reference_date: dt.date | str | None = None,
                  reference_date_source: str = "cli", meta: dict | None = None) -> Document:
    """A Document with language/script guesses and, if given, a reference date. Characters no
    record can hold (NUL, lone surrogates) are replaced one for one, with a warning."""
    text, cleaned = clean_text(text)
    language, warnings, script = detect_language_and_script(text)
    doc = Document(text=text, doc_id=doc_id, meta=dict(meta or {}))
    doc.meta.update(source=source or {}, language=language, script=script)
    doc.warnings.extend(warnings + cleaned)
    doc.reference_date = _as_date(reference_date)
    if doc.reference_date is not None:
        doc.reference_date_source = reference_date_source
    return doc


def document_from_source(source: Source, doc_id: str | None = None,
                         reference_date: dt.date | str | None = None,
                         meta: dict | None = None) -> Document:
    """A Document for a decoded input file; doc_id defaults to the file stem."""
    if doc_id is None:
        doc_id = Path(source.path).stem if source.path else "stdin"
    doc = make_document(source.text, doc_id, source.info(), reference_date, meta=meta)
    doc.warnings.extend(source.warnings)
    return doc


def _pipeline(pipeline: Pipeline | str) -> Pipeline:
    return load_pipeline(pipeline) if isinstance(pipeline, str) else pipeline


def extract(text: str, pipeline: Pipeline | str = "default", doc_id: str = "doc",
            reference_date: dt.date | str | None = None, **meta: Any) -> Record:
    """Extract a Record from one text: `presskz.extract("...", reference_date="2016-11-03")`."""
    pipe = _pipeline(pipeline)
    doc = make_document(text, doc_id, reference_date=reference_date, meta=meta)
    return build_record(pipe(doc), pipe)


def extract_file(path: str | Path, pipeline: Pipeline | str = "default",
                 reference_date: dt.date | str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """Extract a Record from one file; raises presskz.io.files.InputError for bad input."""
    pipe = _pipeline(pipeline)
    doc = document_from_source(read_text_file(path, max_bytes), reference_date=reference_date)
    return build_record(pipe(doc), pipe)
