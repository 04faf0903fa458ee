"""Checks on the files a command will write, made before it writes anything.

An output that is also an input (`presskz batch a.txt -o a.txt`) or lies under an input folder
would be truncated when the writer opens it, destroying the input. Paths are compared resolved
(symlinks, `..`), so another spelling of the same file is caught too.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


class OutputPathError(ValueError):
    """An output path the command must not write (one line, says which and why)."""


def _resolved(path: Path) -> Path:
    return Path(path).expanduser().resolve()


def check_writable(option: str, path: Path | None) -> None:
    """Raise OutputPathError if path is a folder, or its folder cannot be made or written."""
    if path is None:
        return
    path = Path(path)
    if path.is_dir():
        raise OutputPathError(f"{option} {path} is a folder: give a file name")
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent  # the nearest folder that exists: the writer makes the rest
    if not parent.is_dir():
        raise OutputPathError(f"{option} {path}: {parent} is a file, not a folder")
    if not os.access(path if path.exists() else parent, os.W_OK):
        raise OutputPathError(f"{option} {path}: permission denied")


def check_outputs_apart(outputs: Iterable[tuple[str, Path | None]], inputs: Iterable[Path]) -> None:
    """Raise OutputPathError if an output (option name, path) is an input or lies under one."""
    given = [(Path(p), _resolved(Path(p))) for p in inputs if str(p) != "-"]
    named = [(option, out) for option, out in outputs if out is not None]
    for option, out in named:
        check_writable(option, out)
    if len({_resolved(out) for _, out in named}) < len(named):
        raise OutputPathError(f"{' and '.join(o for o, _ in named)} name the same file: "
                              "give them different paths")
    for option, out in named:
        target = _resolved(out)
        for original, source in given:
            if target == source:
                raise OutputPathError(f"{option} {out} is also an input: refusing to overwrite it")
            if source.is_dir() and target.is_relative_to(source):
                raise OutputPathError(f"{option} {out} lies under the input folder {original}: "
                                      "write it elsewhere")
