"""Contract checking: PRESSKZ_CHECK_CONTRACTS=1 makes a pipeline fail when a stage touches a layer
it did not declare (the declarations: core/stage.py; the layers: core/doc.py LAYERS).

Pipeline.pipe runs each stage through `run_checked` in this mode. Around the stage:
- every layer the stage declares nowhere (requires, optional, assigns) is swapped for a stand-in
  that raises ContractError when the stage uses it (iterates, indexes, measures, tests or calls a
  method of it, appends to it) and that is missed if the stage assigns the layer; the stand-in
  remembers its use, so a stage that catches the error still fails when it returns;
- every layer it may read but not write (requires or optional without assigns, and the INPUTS)
  is compared by its repr before and after: a change anywhere inside it (a quote's speaker, an
  entity's group) fails.
Only a read of a stand-in that uses nothing of it (`doc.reference_date is None`) goes unseen.
Off, Pipeline.pipe calls stage.pipe directly: the mode costs nothing unless it is on (the test
suite turns it on, tests/conftest.py).
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from presskz.core.doc import INPUTS, LAYERS, Document

ENV = "PRESSKZ_CHECK_CONTRACTS"


class ContractError(RuntimeError):
    """A stage read or wrote a Document layer that its requires / optional / assigns do not name."""


def enabled() -> bool:
    """True when PRESSKZ_CHECK_CONTRACTS is set to anything but "" or "0"."""
    return os.environ.get(ENV, "0") not in ("", "0")


class Undeclared:
    """Stands in for a layer the running stage did not declare: any use of it raises."""

    __slots__ = ("layer", "stage", "used")

    def __init__(self, stage: str, layer: str) -> None:
        self.stage, self.layer, self.used = stage, layer, False

    def error(self) -> ContractError:
        return ContractError(f"stage {self.stage!r} used layer {self.layer!r}, which it does not "
                             f"declare (requires, optional or assigns)")

    def _fail(self, *args: Any) -> Any:
        self.used = True
        raise self.error()

    def __getattr__(self, name: str) -> Any:  # .append, .isoformat, .get, ...
        self._fail()

    def __repr__(self) -> str:  # kept harmless: debuggers and tracebacks show it
        return f"<layer {self.layer!r} undeclared by stage {self.stage!r}>"

    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = __contains__ = _fail
    __bool__ = __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __hash__ = _fail
    __add__ = __radd__ = __iadd__ = __sub__ = __rsub__ = __str__ = __format__ = _fail
    __reversed__ = __index__ = __int__ = __float__ = _fail


def _fingerprint(value: Any) -> Any:
    # a str is immutable and compares by identity first; anything else by its repr, which
    # the dataclasses write out field by field, nested objects included
    return value if isinstance(value, str) else repr(value)


def _declared(stage) -> tuple[set[str], list[str]]:
    """(layers the stage may touch, layers it may only read)."""
    declared = set(stage.requires) | set(stage.optional) | set(stage.assigns)
    read_only = list(INPUTS) + [x for x in (*stage.requires, *stage.optional)
                                if x not in stage.assigns]
    return declared, read_only


def run_checked(stage, docs: Iterable[Document]) -> list[Document]:
    """stage.pipe(docs), raising ContractError if the stage touched an undeclared layer."""
    docs = list(docs)
    declared, read_only = _declared(stage)
    hidden = [layer for layer in LAYERS if layer not in declared]
    saved = [{layer: getattr(doc, layer) for layer in hidden} for doc in docs]
    before = [[_fingerprint(getattr(doc, layer)) for layer in read_only] for doc in docs]
    for doc in docs:
        for layer in hidden:
            setattr(doc, layer, Undeclared(stage.name, layer))
    try:
        out = stage.pipe(docs)
    finally:
        broken = [_swapped_back(doc, layers, stage.name) for doc, layers in zip(docs, saved)]
    for error in broken:
        if error is not None:
            raise error
    for doc, fingerprints in zip(docs, before):
        for layer, fingerprint in zip(read_only, fingerprints):
            if _fingerprint(getattr(doc, layer)) != fingerprint:
                raise ContractError(
                    f"stage {stage.name!r} changed layer {layer!r}, which it declares only as read: "
                    f"a stage that rewrites a layer declares it in requires and assigns")
    return out


def _swapped_back(doc: Document, saved: dict[str, Any], stage: str) -> ContractError | None:
    """Put the hidden layers back; the error for the first one the stage used or assigned."""
    error = None
    for layer, value in saved.items():
        now = getattr(doc, layer)
        setattr(doc, layer, value)
        if error is None and not isinstance(now, Undeclared):
            error = ContractError(f"stage {stage!r} assigned layer {layer!r}, which "
                                  f"it does not declare (assigns)")
        elif error is None and now.used:
            error = now.error()
    return error
