"""Runs a pipeline over a gold folder (every `<id>.gold.json` beside its `<id>.txt`) and pairs
the records with the gold, for `scripts/eval_releases.py` and the release floors test.

Each text is read as `presskz extract` reads a file and given the gold's `reference_date` (the
publication date, which a user of presskz passes or the release's dateline gives) and its page's
`url` (metadata a user has with the page, as `presskz batch` reads it from JSONL or HTML; the
outlet relaying a release may be known from it only)."""
from __future__ import annotations

import json
from pathlib import Path

from presskz.api import document_from_source
from presskz.core.pipeline import Pipeline
from presskz.core.record_builder import build_record
from presskz.io.files import read_text_file


def gold_documents(folder: str | Path) -> list[tuple[dict, Path]]:
    """(gold, text path) for every gold file under folder, sorted by path."""
    pairs = []
    for path in sorted(Path(folder).rglob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        pairs.append((gold, path.with_name(path.name[: -len(".gold.json")] + ".txt")))
    return pairs


def _page_meta(gold: dict) -> dict:
    url = (gold.get("meta") or {}).get("url")
    return {"url": url} if url else {}


def predict(pipeline: Pipeline, golds: list[tuple[dict, Path]]) -> list[dict]:
    """One JSON record per gold document, doc_id = the gold's doc_id."""
    docs = [document_from_source(read_text_file(text), doc_id=gold["doc_id"],
                                 reference_date=gold.get("reference_date"), meta=_page_meta(gold))
            for gold, text in golds]
    return [build_record(doc, pipeline).model_dump(mode="json") for doc in pipeline.pipe(docs)]
