"""The one loader of the language data files in src/presskz/data/: TSV with a header line, '#' comments.

Every data file (.tsv and .txt alike) is read here and nowhere else: its first line that is
neither blank nor a '#' comment is the header naming the columns; each later such line is a
row of tab-separated cells, as many as the header has. A file is read once per process.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class DataFileError(ValueError):
    """A data file that does not parse: names the file and the line."""


@cache  # each file is read once per process
def read_table(relative: str) -> tuple[dict[str, int], tuple[list[str], ...]]:
    """(column name -> index, rows as lists of cells) of data/<relative>.

    Blank lines and lines starting with '#' are skipped; a row whose cell count differs from
    the header's is a DataFileError naming the file and line. Rows stay lists, not dicts: the
    lexicon has 31k rows, and building a dict per row was most of its start-up time."""
    path = DATA_DIR / relative
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    header: list[str] | None = None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
        elif len(cells) != len(header):
            raise DataFileError(f"{path}:{number}: {len(cells)} fields, header has {len(header)}")
        else:
            rows.append(cells)
    if header is None:
        raise DataFileError(f"{path}: no header line")
    return {name: k for k, name in enumerate(header)}, tuple(rows)


@cache
def read_tsv(relative: str) -> tuple[dict[str, str], ...]:
    """Rows of data/<relative> as dicts keyed by the header (see read_table)."""
    columns, rows = read_table(relative)
    return tuple(dict(zip(columns, cells)) for cells in rows)


@cache
def read_list(relative: str) -> tuple[str, ...]:
    """The first column of data/<relative>: a one-word-a-line list under its header."""
    return tuple(cells[0] for cells in read_table(relative)[1])


def data_files() -> list[str]:
    """Every data file, as the relative name read_table takes (READMEs are not data)."""
    return sorted(path.relative_to(DATA_DIR).as_posix() for path in DATA_DIR.rglob("*")
                  if path.suffix in (".tsv", ".txt"))
