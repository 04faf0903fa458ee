"""Loader for the entity/morphology data files: TSV with `#` comments and one header line.

Used by morph.py, normalize.py and the gazetteer rules; files live in src/presskz/data/.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


class DataFileError(ValueError):
    """A data file that does not parse: names the file and the line."""


@lru_cache(maxsize=64)
def read_tsv(relative: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts keyed by the header (first non-comment line)."""
    path = DATA_DIR / relative
    header: list[str] | None = None
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                raise DataFileError(f"{path}:{number}: {len(cells)} fields, header has {len(header)}")
            rows.append(dict(zip(header, cells)))
    if header is None:
        raise DataFileError(f"{path}: no header line")
    return tuple(rows)


@lru_cache(maxsize=64)
def read_list(relative: str) -> tuple[str, ...]:
    """Lines of a one-column list file (a header line first; `#` comments skipped)."""
    return tuple(row[next(iter(row))] for row in read_tsv(relative))
