"""Loader for the entity/morphology data files: TSV with `#` comments and one header line.

Used by morph.py, normalize.py and the gazetteer rules; files live in src/presskz/data/.
"""
from __future__ import annotations

from functools import lru_cache
from types import ModuleType

from presskz.data_files import DATA_DIR, DataFileError, read_tsv  # noqa: F401 (re-exported)


@lru_cache(maxsize=64)
def read_list(relative: str) -> tuple[str, ...]:
    """Lines of a one-column list file (a header line first; `#` comments skipped)."""
    return tuple(row[next(iter(row))] for row in read_tsv(relative))


def load_tables(*modules: ModuleType) -> None:
    """Build now every table the modules build on first use: their argument-less loaders, i.e.
    the functions decorated with lru_cache(maxsize=1). A stage's load() calls this so that
    reading and indexing the data files is start-up work, not part of its first document."""
    for module in modules:
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) == module.__name__ \
                    and getattr(value, "cache_parameters", dict)().get("maxsize") == 1:
                value()
