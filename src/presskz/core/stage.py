"""The stage contract: a callable Document -> Document with declared inputs and outputs."""
from __future__ import annotations

from typing import ClassVar, Iterable

from presskz.core.doc import Document


class Stage:
    """Base class of every pipeline stage.

    `requires` are layers that must be assigned before this stage runs; `assigns` are the
    layers it fills. `pipeline.py` checks the order when it builds a pipeline. A stage that
    gains from batching across documents (the model) overrides `pipe`.
    """

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError

    def pipe(self, docs: Iterable[Document]) -> list[Document]:
        return [self(doc) for doc in docs]

    def load(self) -> None:
        """Load now what the stage would otherwise load on first use (the model stage's
        network), so that a batch's start-up is over before its first document."""

    def info(self) -> dict:
        """What the record's `pipeline` block says about this stage (overridden by the model)."""
        return {}
