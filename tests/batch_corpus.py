"""Small synthetic release folders for the batch tests, built from the sample corpus sentences."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def corpus_sentences() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "corpora").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences += [s.strip() for s in _SENTENCE_END.split(text) if 20 < len(s.strip()) < 300]
    return sentences


def make_releases(folder: Path, count: int, seed: int = 7, sentences_per_doc: int = 2) -> list[Path]:
    """`count` short .txt releases in folder/ and folder/sub/, each a few corpus sentences."""
    rng = random.Random(seed)
    pool = corpus_sentences()
    paths = []
    for i in range(count):
        path = folder / ("sub" if i % 3 == 0 else "") / f"r{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(" ".join(rng.sample(pool, sentences_per_doc)) + f" №{i}.",
                        encoding="utf-8")
        paths.append(path)
    return paths


def add_bad_inputs(folder: Path) -> dict[str, str]:
    """Inputs that must become error records: doc_id -> expected error_type."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 no zip")
    lines = [json.dumps({"text": "Астанада 5 қарашада концерт өтеді.", "date": "2016-11-03"},
                        ensure_ascii=False), "{bad json", json.dumps({"body": "x"})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"empty": "empty", "binary": "binary", "broken": "decode", "feed:2": "bad_json",
            "feed:3": "missing_field"}


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
