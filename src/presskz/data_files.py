"""Loading the language data files in src/presskz/data/: TSV with a header line, '#' comments."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


class DataFileError(ValueError):
    """A data file that does not parse: names the file and the line."""


@lru_cache(maxsize=None)  # each file is read once per process
def read_tsv(relative: str) -> tuple[dict[str, str], ...]:
    """Rows of data/<relative> as dicts keyed by the header (the first non-comment line).

    Blank lines and lines starting with '#' are skipped; a row whose cell count differs from
    the header's is a DataFileError naming the file and line."""
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
