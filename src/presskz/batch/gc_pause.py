"""Pausing Python's cyclic garbage collector around allocation-heavy code that makes no cycles.

The collector runs every few hundred new container objects and walks the young ones; code that
builds tens of thousands of acyclic objects (a document's tokens) or throws them away again (the
regex module's pattern parser) pays for walks that can free nothing. Reference counting still
frees everything as usual while the collector is paused.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector inside the block (restored as it was after)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
