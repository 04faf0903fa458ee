"""Optional dependencies: import one where it is needed, or say which presskz extra installs it.

The core install runs `presskz extract` and `presskz batch` on plain text; HTML and .docx input,
PostgreSQL, the Dask engine and the dateparser comparison each come with an extra (see
pyproject.toml). Their packages are imported inside the function that needs them, through
`require`, so that a core install never pays for them and a missing one is a one-line error.
"""
from __future__ import annotations

import importlib
from types import ModuleType

# what each extra is for, for the error message (the packages are listed in pyproject.toml)
EXTRA_USES = {"html": "HTML input", "docx": ".docx input", "db": "PostgreSQL",
              "dask": "the Dask engine", "eval": "the dateparser comparison",
              "train": "training the NER model", "serve": "presskz serve"}


class MissingExtra(ImportError):
    """An optional package is not installed; the message names the extra that installs it."""


def require(module: str, extra: str, package: str | None = None) -> ModuleType:
    """The imported `module`, or MissingExtra naming `package` (default: the module's top-level
    name) and the command that installs the extra."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if not _is_or_contains(exc.name, module):
            raise  # the package is there but something it imports is not: not ours to rename
        name = package or module.split(".")[0]
        use = EXTRA_USES.get(extra, extra)
        raise MissingExtra(f"{name} is not installed (needed for {use}): "
                           f"pip install 'presskz[{extra}]'", name=module) from exc


def _is_or_contains(missing: str | None, module: str) -> bool:
    """Whether the missing module `missing` is `module` or one of its parent packages."""
    return missing is not None and (module == missing or module.startswith(missing + "."))
