"""How many threads NumPy's BLAS (OpenBLAS) runs the NER tagger's matrix products with.

OpenBLAS splits a product across every core from a few million multiply-adds up, and the
tagger's recurrent products (256 sentences x 256 states x 1024 gates) are above that. On this
project's 2-core machine that gave nothing when the machine was quiet and made the tagger ~15x
slower when another process was busy (OpenBLAS threads spin waiting for a core); parallelism
comes from `batch --jobs` instead. NumPy has no call for it, and OpenBLAS reads its environment
variable only when it loads, so `blas_threads` calls OpenBLAS's own setter for the block and
restores the previous count afterwards (what threadpoolctl does, for the one library NumPy's
wheels bundle). Where no OpenBLAS is found (another BLAS, another OS) it does nothing.
Not threadpoolctl itself: each of its limit blocks leaves reference cycles behind, which the
pipeline's no-cycles contract (tests/test_pipeline.py) rejects for a stage.
"""
from __future__ import annotations

import ctypes
import functools
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# (setter, getter) symbol names: NumPy's own build (scipy-openblas, 64-bit ints) first
SYMBOLS = (("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
           ("scipy_openblas_set_num_threads", "scipy_openblas_get_num_threads"),
           ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
           ("openblas_set_num_threads", "openblas_get_num_threads"))


@functools.cache
def _openblas() -> tuple[Callable[[int], object], Callable[[], int]] | None:
    """(set, get) of the OpenBLAS loaded in this process (NumPy's), or None."""
    import numpy  # noqa: F401  (loads its BLAS)

    maps = Path(f"/proc/{os.getpid()}/maps")
    if not maps.is_file():
        return None
    libraries = {line.split()[-1] for line in maps.read_text().splitlines()
                 if "openblas" in line.rsplit("/", 1)[-1].lower() and ".so" in line}
    for path in sorted(libraries):
        library = ctypes.CDLL(path)  # already loaded: the same handle
        for setter, getter in SYMBOLS:
            if hasattr(library, setter) and hasattr(library, getter):
                return getattr(library, setter), getattr(library, getter)
    return None


def blas_thread_count() -> int | None:
    """OpenBLAS's thread count now, or None without OpenBLAS."""
    found = _openblas()
    return int(found[1]()) if found else None


@contextmanager
def blas_threads(count: int | None) -> Iterator[None]:
    """Run the block with `count` OpenBLAS threads (None: leave as is), then restore."""
    found = _openblas() if count else None
    if found is None or count is None or int(found[1]()) == count:
        yield
        return
    set_threads, get_threads = found
    previous = int(get_threads())
    set_threads(count)
    try:
        yield
    finally:
        set_threads(previous)
