"""The ner_model stage: the shipped Stanza NER model (trained on KazNERD), run strictly offline.

The model is loaded once per process per model directory from explicit file paths (Stanza's NER
Trainer, no resources.json, no download) and run by presskz.ner.tagger's batched loop over the
sentences of all documents in a call. Input is pre-tokenised by our own tokeniser, and tags come
back per token, so entities are mapped to our tokens by index.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Iterable, Iterator

from presskz.core.doc import Document, Entity
from presskz.eval.kaznerd import spans_from_tags
from presskz.core.stage import Stage

if TYPE_CHECKING:  # torch and stanza load on first use: the fast pipeline never pays for them
    from presskz.ner.tagger import NerTagger

MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_FILE = "kk_kaznerd_nertagger.pt"
PRETRAIN_FILE = "kk_pretrain.pt"
MODEL_NAME = "presskz-kk-kaznerd-stanza"

_TAGGERS: dict[tuple[str, int, bool], NerTagger] = {}
_HASHES: dict[str, str] = {}


class ModelFilesMissing(FileNotFoundError):
    """A file of the NER model is not where the stage looks for it."""


def model_paths(model_dir: str | Path | None = None) -> tuple[Path, Path]:
    """(ner model, pretrain) paths in `model_dir`; raises ModelFilesMissing naming the file."""
    base = Path(model_dir) if model_dir else MODEL_DIR
    paths = (base / MODEL_FILE, base / PRETRAIN_FILE)
    for path in paths:
        if not path.is_file():
            raise ModelFilesMissing(f"NER model file not found: {path} (ner_model stage; "
                                    f"set model_dir or use the 'fast' pipeline without the model)")
    return paths


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
    model, pretrain = model_paths(model_dir)
    key = (str(model), batch_size, quantize)
    if key not in _TAGGERS:
        from presskz.ner.tagger import NerTagger  # imports torch and stanza

        if not verbose:
            logging.getLogger("stanza").setLevel(logging.ERROR)
        _TAGGERS[key] = NerTagger(model, pretrain, batch_size, quantize=quantize)
    return _TAGGERS[key]


def bioes_to_bio(tags: list[str]) -> list[str]:
    """Stanza predicts BIOES; S- starts and E- continues a span, so map them to B- and I-."""
    return [("B-" + t[2:]) if t.startswith("S-") else ("I-" + t[2:]) if t.startswith("E-") else t
            for t in tags]


def _entity_spans(runs: list[tuple[int, list[str]]]) -> Iterator[tuple[int, int, str]]:
    """(first token, end token, type) of a sentence's entities from its runs of BIOES tags."""
    for offset, tags in runs:
        for start, end, label in spans_from_tags(bioes_to_bio(tags)):
            yield offset + start, offset + end, label


class NerModelStage(Stage):
    name = "ner_model"
    requires = ("tokens", "sentences")
    assigns = ("model_entities",)

    def __init__(self, model_dir: str | Path | None = None, batch_size: int = 256,
                 verbose: bool = False, threads: int | None = 1, quantize: bool = False) -> None:
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.quantize = quantize  # int8 recurrent products: faster, a few tags differ
        # One torch thread by default: on this project's 2-core machine a second thread gave no
        # gain when the machine was quiet and made the model ~5x slower when another process was
        # busy (spinning threads). Parallelism comes from `batch --jobs`. None: torch's default.
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
        from presskz.ner.tagger import torch_threads

        with torch_threads(self.threads):
            tagged = tagger.entity_runs(words)
        for (doc, first), runs in zip(where, tagged):
            for start, end, label in _entity_spans(runs):
                begin, stop = doc.tokens[first + start].start, doc.tokens[first + end - 1].end
                if not any(map(str.isalnum, doc.text[begin:stop])):
                    continue  # a bare dash or quote tagged as an entity is always noise
                span = doc.span(begin, stop, Entity, type=label, source="model")
                doc.add("model_entities", span)
        for doc in docs:
            doc.assigned.add("model_entities")
        return docs

    def info(self) -> dict:
        model, _ = model_paths(self.model_dir)
        # int8 inference gives slightly different tags: the record says which was run
        name = MODEL_NAME + ("+int8" if self.quantize else "")
        return {"model": {"name": name, "sha256": file_sha256(model)}}
