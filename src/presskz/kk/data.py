"""The one loader of the language data files in src/presskz/data/: TSV with a header line, '#' comments."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import ModuleType

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


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
