"""Builds a stage list from a pipelines/*.yaml spec, checks its order, runs it, builds the Record.

The spec is data:

    name: default
    version: "1"
    stages:
      - segment
      - ner_model: {model_dir: null}   # a stage with options

Stage names map to classes in one dict (STAGE_CLASSES); modules are imported only when a
pipeline uses them, so the rules-only pipeline never imports stanza.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path
from typing import Any
from collections.abc import Iterable

import yaml

from presskz.core import contracts
from presskz.core.doc import GIVEN_LAYERS, LAYERS, Document
from presskz.core.stage import Stage

PIPELINES_DIR = Path(__file__).resolve().parent.parent / "pipelines"

STAGE_CLASSES = {
    "segment": "presskz.segment.tokenizer:SegmentStage",
    "numbers": "presskz.numbers.stage:NumbersStage",
    "dates": "presskz.dates.stage:DatesStage",
    "gazetteer": "presskz.entities.gazetteer:GazetteerStage",
    "ner_model": "presskz.ner.stage:NerModelStage",
    "merge": "presskz.entities.merge:MergeStage",
    "events": "presskz.events.stage:EventsStage",
    "quotes": "presskz.quotes.stage:QuotesStage",
    "people": "presskz.people.stage:PeopleStage",
    "announcement": "presskz.people.announcement:AnnouncementStage",
}


class PipelineError(ValueError):
    """A pipeline spec that cannot be built (unknown stage, wrong order, bad file)."""


def _stage_class(name: str) -> type[Stage]:
    if name not in STAGE_CLASSES:
        raise PipelineError(f"unknown stage {name!r}; known stages: {', '.join(STAGE_CLASSES)}")
    module, _, cls = STAGE_CLASSES[name].partition(":")
    return getattr(importlib.import_module(module), cls)


def _stage_entries(spec: dict) -> list[tuple[str, dict]]:
    entries: list[tuple[str, dict]] = []
    for item in spec.get("stages") or []:
        if isinstance(item, str):
            entries.append((item, {}))
        elif isinstance(item, dict) and len(item) == 1:
            name, options = next(iter(item.items()))
            entries.append((name, dict(options or {})))
        else:
            raise PipelineError(f"bad stage entry {item!r}: a name or {{name: {{options}}}}")
    if not entries:
        raise PipelineError("a pipeline needs at least one stage")
    return entries


def check_order(stages: list[Stage]) -> None:
    """Raise PipelineError unless every stage's declarations (core/stage.py) fit its place:
    it names known layers, each layer it requires is given or assigned by an earlier stage, a
    layer it assigns that is already there it also requires (a rewrite), and no later stage
    assigns a layer it reads only optionally."""
    order = " -> ".join(s.name for s in stages)
    there: set[str] = set(GIVEN_LAYERS)
    for i, stage in enumerate(stages):
        unknown = [x for x in stage.requires + stage.optional + stage.assigns if x not in LAYERS]
        if unknown:
            raise PipelineError(f"stage {stage.name!r} declares unknown layers {', '.join(unknown)}; "
                                f"layers: {', '.join(LAYERS)}")
        missing = [layer for layer in stage.requires if layer not in there]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage "
                f"assigns (order: {order})")
        blind = [layer for layer in stage.assigns if layer in there and layer not in stage.requires]
        if blind:
            raise PipelineError(
                f"stage {stage.name!r} assigns {', '.join(blind)}, already there, without requiring "
                f"it: a stage that rewrites a layer requires and assigns it (order: {order})")
        late = [later.name for later in stages[i + 1:] if set(later.assigns) & set(stage.optional)]
        if late:
            raise PipelineError(
                f"stage {stage.name!r} reads {', '.join(stage.optional)} if assigned, but "
                f"{', '.join(late)} assigns it only later (order: {order})")
        there.update(stage.assigns)


class Pipeline:
    """An ordered list of stages plus the spec's name and version."""

    def __init__(self, stages: list[Stage], name: str = "custom", version: str = "1"):
        check_order(stages)
        self.stages, self.name, self.version = stages, name, version

    @classmethod
    def from_spec(cls, spec: dict, **overrides: Any) -> Pipeline:
        """Build from a parsed YAML spec; `overrides` maps a stage name to extra options."""
        stages = []
        for name, options in _stage_entries(spec):
            options.update(overrides.get(name, {}))
            try:
                stages.append(_stage_class(name)(**options))
            except TypeError as exc:
                raise PipelineError(f"stage {name!r}: bad options {options}: {exc}") from exc
        return cls(stages, name=str(spec.get("name", "custom")), version=str(spec.get("version", "1")))

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def load(self) -> Pipeline:
        """Load every stage's resources now (see Stage.load); returns the pipeline."""
        for stage in self.stages:
            stage.load()
        return self

    def pipe(self, docs: Iterable[Document]) -> list[Document]:
        """Run every stage over all documents, stage by stage (so the model batches across them)."""
        docs = list(docs)
        checked = contracts.enabled()  # PRESSKZ_CHECK_CONTRACTS=1: see core/contracts.py
        for stage in self.stages:
            docs = contracts.run_checked(stage, docs) if checked else stage.pipe(docs)
            for doc in docs:
                doc.assigned.update(stage.assigns)
        for doc in docs:
            doc.check_all()
        return docs

    def info(self) -> dict:
        """The record's `pipeline` block."""
        model = None
        for stage in self.stages:
            model = stage.info().get("model") or model
        return {"name": self.name, "version": self.version,
                "stages": [s.name for s in self.stages], "model": model}


def resolve_spec_path(name_or_path: str) -> Path:
    """A pipeline name ("default", "fast") or a path to a YAML file."""
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") or path.exists():
        if not path.is_file():
            raise PipelineError(f"pipeline file not found: {path}")
        return path
    candidate = PIPELINES_DIR / f"{name_or_path}.yaml"
    if not candidate.is_file():
        known = sorted(p.stem for p in PIPELINES_DIR.glob("*.yaml"))
        raise PipelineError(f"unknown pipeline {name_or_path!r}; known: {', '.join(known)}")
    return candidate


def read_spec(name_or_path: str) -> dict:
    path = resolve_spec_path(name_or_path)
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise PipelineError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(spec, dict):
        raise PipelineError(f"{path}: a pipeline spec is a mapping with 'stages'")
    return spec


@lru_cache(maxsize=8)
def load_pipeline(name_or_path: str = "default") -> Pipeline:
    """The pipeline for a name or YAML path, built once per process."""
    return Pipeline.from_spec(read_spec(name_or_path))
