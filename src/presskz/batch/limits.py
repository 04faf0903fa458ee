"""How many worker processes this machine can run (`--jobs` capped by its cores and memory),
and how long a document may take (`--doc-timeout`, enforced by batch/deadline.py).

More workers than cores only share the cores (64 workers for 2 files started 64 pipelines);
more than memory holds swap or get killed. Each worker loads the whole pipeline.
"""
from __future__ import annotations

import os

# Peak resident memory of one worker (pipeline loaded, then a partition run). The default
# pipeline's Stanza model: 475 MB loaded, ~0.6 GB working; fast: 68 MB loaded.
DEFAULT_WORKER_MEMORY = 600 << 20
WORKER_MEMORY = {"fast": 150 << 20}
# Seconds a document may take. A release takes well under a second; 5 MB with no full stop
# about 25 s of CPU (fast pipeline): the limit is for hangs, not for slow documents.
DEFAULT_DOC_TIMEOUT = 300.0


def usable_cores() -> int:
    """The cores this process may run on (its affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def total_memory() -> int | None:
    """Physical memory in bytes, or None where the system does not say."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def capped_jobs(jobs: int, pipeline: str) -> tuple[int, str | None]:
    """(jobs to run, a warning saying why fewer than asked, or None)."""
    cores, memory = usable_cores(), total_memory()
    per_worker = WORKER_MEMORY.get(pipeline, DEFAULT_WORKER_MEMORY)  # a YAML spec: as default
    by_memory = max(1, memory // per_worker) if memory else jobs
    allowed = max(1, min(jobs, cores, by_memory))
    if allowed == jobs:
        return jobs, None
    held = f", {memory / 2**30:.1f} GB memory" if memory else ""
    return allowed, (f"warning: --jobs {jobs} capped to {allowed} ({cores} cores{held}, "
                     f"~{per_worker / 2**30:.2f} GB per {pipeline!r} worker)")
