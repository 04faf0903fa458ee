"""What `presskz extract` reads: stdin as text, and a named file by its format, as batch does.

A named file goes through the batch's own per-partition function (`process_partition`), so that
`presskz extract page.html` gives the record `presskz batch page.html` gives: the main text of an
HTML page with its metadata, a .docx's paragraphs, one record per line of a .jsonl.
"""
from __future__ import annotations

import sys
from pathlib import Path

from presskz.batch.inputs import InputFile, iter_units
from presskz.batch.partition import OUT, BatchOptions, process_partition
from presskz.io.files import read_bounded, read_text_file, source_from_bytes
from presskz.io.readers import format_of


def extract_lines(name: str, pipe, options: BatchOptions) -> list[tuple[str, str]]:
    """(stream, JSON) per document of one input: "out" and a record, or "err" and an error
    record. InputError for stdin that cannot be read, or a missing or folder input."""
    if name == "-":
        from presskz.api import document_from_source
        from presskz.core.record_builder import build_record

        raw = read_bounded(sys.stdin.buffer, options.max_bytes, "<stdin>")
        source = source_from_bytes(raw, None, options.max_bytes)
        doc = pipe(document_from_source(source, reference_date=options.reference_date))
        return [(OUT, build_record(doc, pipe).model_dump_json())]
    path = Path(name)
    if not path.is_file():
        read_text_file(path, options.max_bytes)  # raises the InputError that says why
    units = list(iter_units([InputFile(path, path.stem, format_of(path) or "txt")]))
    return process_partition(units, options)
