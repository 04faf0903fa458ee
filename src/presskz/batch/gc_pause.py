"""Pausing Python's cyclic garbage collector in batch workers, around a whole partition.

The collector runs every few hundred new container objects and walks the young ones; a
partition's documents, tokens, entities and records (about 10^5 objects, none in a reference
cycle: tests/test_pipeline.py checks) give it walks that can free nothing. Reference counting
still frees everything as usual while the collector is paused. Only `presskz batch` pauses it
(batch/partition.py), in processes it runs: the library itself (presskz.extract, Pipeline.pipe)
never switches off the process-wide collector of a program that embeds it.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from collections.abc import Iterator


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
