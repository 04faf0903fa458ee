"""The ner_model stage: the shipped NER model (Stanza's NERTagger trained on KazNERD), offline.

The model is loaded once per process per model directory from one explicit file, the .npz that
presskz.ner.export writes from Stanza's training files (no stanza, no torch, no download), and
run by presskz.ner.tagger's batched NumPy loop over the sentences of all documents in a call.
Input is pre-tokenised by our own tokeniser, and tags come back per token, so entities are
mapped to our tokens by index.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Iterable, Iterator

from presskz.core.doc import Document, Entity
from presskz.eval.kaznerd import spans_from_tags
from presskz.core.stage import Stage
from presskz.ner.blas import blas_threads

if TYPE_CHECKING:  # the tagger loads on first use: the fast pipeline never pays for it
    from presskz.ner.tagger import NerTagger

MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
WEIGHTS_FILE = "kk_kaznerd_ner.npz"  # what ships and runs (presskz.ner.loading)
# Stanza's files as training writes them (scripts/train_ner.py); scripts/export_ner.py turns
# them into WEIGHTS_FILE
MODEL_FILE = "kk_kaznerd_nertagger.pt"
PRETRAIN_FILE = "kk_pretrain.pt"
MODEL_NAME = "presskz-kk-kaznerd-stanza"

_TAGGERS: dict[tuple[str, int, bool], NerTagger] = {}
_HASHES: dict[str, str] = {}


class ModelFilesMissing(FileNotFoundError):
    """A file of the NER model is not where the stage looks for it."""


def model_path(model_dir: str | Path | None = None) -> Path:
    """The model file in `model_dir`; raises ModelFilesMissing naming the file."""
    base = Path(model_dir) if model_dir else MODEL_DIR
    path = base / WEIGHTS_FILE
    if not path.is_file():
        hint = (f"; Stanza's training files are there: python scripts/export_ner.py --package "
                f"{base}" if (base / MODEL_FILE).is_file() else "")
        raise ModelFilesMissing(f"NER model file not found: {path} (ner_model stage; set "
                                f"model_dir or use the 'fast' pipeline without the model{hint})")
    return path


def file_sha256(path: Path) -> str:
    key = str(path)
    if key not in _HASHES:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        _HASHES[key] = digest.hexdigest()
    return _HASHES[key]


def load_tagger(model_dir: str | Path | None = None, batch_size: int = 256,
                verbose: bool = False, quantize: bool = False) -> NerTagger:
    """The cached tagger for `model_dir` (loaded on first use)."""
    path = model_path(model_dir)
    key = (str(path), batch_size, quantize)
    if key not in _TAGGERS:
        from presskz.ner.tagger import NerTagger

        _TAGGERS[key] = NerTagger(path, batch_size, quantize=quantize)
    return _TAGGERS[key]


def bioes_to_bio(tags: list[str]) -> list[str]:
    """Stanza predicts BIOES; S- starts and E- continues a span, so map them to B- and I-."""
    return [("B-" + t[2:]) if t.startswith("S-") else ("I-" + t[2:]) if t.startswith("E-") else t
            for t in tags]


def _entity_spans(runs: list[tuple[int, list[str], list[float]]]
                  ) -> Iterator[tuple[int, int, str, float]]:
    """(first token, end token, type, score) of a sentence's entities from its runs of BIOES
    tags; the score is the smallest marginal of the span's tags (presskz.ner.marginals)."""
    for offset, tags, sure in runs:
        for start, end, label in spans_from_tags(bioes_to_bio(tags)):
            yield offset + start, offset + end, label, round(min(sure[start:end]), 4)


class NerModelStage(Stage):
    name = "ner_model"
    requires = ("tokens", "sentences")
    assigns = ("model_entities",)

    def __init__(self, model_dir: str | Path | None = None, batch_size: int = 256,
                 verbose: bool = False, threads: int | None = 1, quantize: bool = False) -> None:
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.quantize = quantize  # int8 recurrent products: faster, a few tags differ
        # One BLAS thread by default (presskz.ner.blas says why); parallelism comes from
        # `batch --jobs`. None: OpenBLAS's default.
        self.threads = threads
        self.verbose = verbose or os.environ.get("PRESSKZ_VERBOSE") == "1"

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def load(self) -> None:
        load_tagger(self.model_dir, self.batch_size, self.verbose, self.quantize)

    def pipe(self, docs: Iterable[Document]) -> list[Document]:
        return self._pipe(list(docs))

    def _pipe(self, docs: list[Document]) -> list[Document]:
        tagger = load_tagger(self.model_dir, self.batch_size, self.verbose, self.quantize)
        # (doc, first token index) per sentence, so tags go back to our tokens by index
        where, words = [], []
        for doc in docs:
            texts = doc.token_texts()
            for sent in doc.sentences:
                if sent.token_end > sent.token_start:
                    where.append((doc, sent.token_start))
                    words.append(texts[sent.token_start:sent.token_end])
        with blas_threads(self.threads):
            tagged = tagger.scored_runs(words)
        for (doc, first), runs in zip(where, tagged):
            for start, end, label, score in _entity_spans(runs):
                begin, stop = doc.tokens[first + start].start, doc.tokens[first + end - 1].end
                if not any(map(str.isalnum, doc.text[begin:stop])):
                    continue  # a bare dash or quote tagged as an entity is always noise
                span = doc.span(begin, stop, Entity, type=label, source="model", score=score)
                doc.add("model_entities", span)
        for doc in docs:
            doc.assigned.add("model_entities")
        return docs

    def info(self) -> dict:
        model = model_path(self.model_dir)
        # int8 inference gives slightly different tags: the record says which was run
        name = MODEL_NAME + ("+int8" if self.quantize else "")
        return {"model": {"name": name, "sha256": file_sha256(model)}}
