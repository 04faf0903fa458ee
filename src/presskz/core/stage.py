"""The stage contract: a callable Document -> Document with declared inputs and outputs."""
from __future__ import annotations

from typing import ClassVar
from collections.abc import Iterable

from presskz.core.doc import Document


class Stage:
    """Base class of every pipeline stage.

    A stage declares every Document layer it touches (the names in core/doc.py LAYERS):
    - `requires`: layers it reads; the caller (GIVEN_LAYERS) or an earlier stage assigns them;
    - `optional`: layers it reads only if an earlier stage assigned them, and runs without
      (merge reads the model's entities when the model ran);
    - `assigns`: layers it writes: fills, replaces, appends to, or changes an object inside.
    A stage that rewrites a layer that is already there (dates drops the quantities inside a
    date, people sets the quotes' speakers, dates appends to the warnings) lists it in both
    `requires` and `assigns`. The caller's INPUTS (text, doc_id, meta) are readable by every stage
    and writable by none. `pipeline.check_order` checks the declarations when it builds a
    pipeline; PRESSKZ_CHECK_CONTRACTS=1 (core/contracts.py) checks each stage's run against them.
    A stage that gains from batching across documents (the model) overrides `pipe`.
    """

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()
    optional: ClassVar[tuple[str, ...]] = ()
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
