"""How many threads NumPy's BLAS runs the NER tagger's matrix products with (threadpoolctl).

OpenBLAS splits a product across every core from a few million multiply-adds up, and the
tagger's recurrent products (256 sentences x 256 states x 1024 gates) are above that. On this
project's 2-core machine that gave nothing when the machine was quiet and made the tagger ~15x
slower when another process was busy (OpenBLAS threads spin waiting for a core); parallelism
comes from `batch --jobs` instead. NumPy has no call for it and OpenBLAS reads its environment
variable only when it loads, so the count is set for the tagger's block and restored afterwards
(threadpoolctl: ~0.4 ms a block), never for the process that embeds presskz.
"""
from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

import numpy  # noqa: F401  (loads the BLAS threadpoolctl looks for)
from threadpoolctl import threadpool_info, threadpool_limits


def blas_thread_count() -> int | None:
    """The BLAS's thread count now, or None when no BLAS threadpoolctl knows is loaded."""
    counts = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    return counts[0] if counts else None


def blas_threads(count: int | None) -> AbstractContextManager:
    """Run the block with `count` BLAS threads (None: leave as is), then restore."""
    return threadpool_limits(limits=count, user_api="blas") if count else nullcontext()
