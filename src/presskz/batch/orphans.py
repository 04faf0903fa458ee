"""Worker processes that end with their batch: a parent-death signal, or a watchdog thread.

Killing only the batch's main process (kill, SIGTERM, the OOM killer) used to leave its workers
alive for minutes, ~600 MB each, holding its stderr. On Linux the kernel sends a worker SIGKILL
when the process that started it dies (prctl PR_SET_PDEATHSIG); elsewhere a thread checks once
a second whether the worker has been handed to another parent.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Make this process end when `parent` (the pid that started it) does."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the batch's own handler (forked)
    if not (sys.platform.startswith("linux") and _parent_death_signal()):
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was set
        os._exit(1)


def _parent_death_signal() -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
