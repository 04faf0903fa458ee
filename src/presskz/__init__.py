"""presskz: structured extraction from Kazakh press releases.

    >>> import presskz
    >>> record = presskz.extract(text, reference_date="2016-11-03")
    >>> record.model_dump(mode="json")

Public API: extract, extract_file, Pipeline, load_pipeline, Record, Document.
"""
from presskz.api import extract, extract_file, make_document
from presskz.core.doc import Document
from presskz.core.pipeline import Pipeline, load_pipeline
from presskz.core.record import Record

__version__ = "0.1.0"
__all__ = ["extract", "extract_file", "make_document", "Document", "Pipeline", "load_pipeline",
           "Record", "__version__"]
