"""Loader for the entity/morphology data files: TSV with `#` comments and one header line.

Used by morph.py, normalize.py and the gazetteer rules; files live in src/presskz/data/.
"""
from __future__ import annotations

from functools import lru_cache
from presskz.data_files import DATA_DIR, DataFileError, read_tsv  # noqa: F401 (re-exported)


@lru_cache(maxsize=64)
def read_list(relative: str) -> tuple[str, ...]:
    """Lines of a one-column list file (a header line first; `#` comments skipped)."""
    return tuple(row[next(iter(row))] for row in read_tsv(relative))
