"""Reading the compact golden files of tests/golden/: one case a line, `input<TAB>expected`,
blank lines and `#` comments skipped."""
from __future__ import annotations

from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"


def golden_pairs(name: str) -> list[tuple[str, str]]:
    """(input, expected) of every case line of tests/golden/NAME."""
    pairs = []
    for line in (GOLDEN / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, expected = line.split("\t")
            pairs.append((text, expected))
    return pairs
