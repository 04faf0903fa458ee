"""docs/ stays true to the code: the stage table of docs/architecture.md is the stages' own
declared contracts (regenerate it with `python scripts/stage_table.py` when a stage changes)."""
from pathlib import Path

from presskz.core.pipeline import STAGE_CLASSES, _stage_class

ROOT = Path(__file__).resolve().parents[1]


def stage_rows() -> list[str]:
    rows = []
    for name in STAGE_CLASSES:
        stage = _stage_class(name)
        optional = f" (optional: {', '.join(stage.optional)})" if stage.optional else ""
        rows.append(f"| {name} | {', '.join(stage.requires)}{optional} | {', '.join(stage.assigns)} |")
    return rows


def test_architecture_doc_lists_every_stage_with_its_declared_contract():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert all(row in doc for row in stage_rows()), "\n".join(stage_rows())


def test_readme_starts_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8").split("```")[1]
    assert "make demo" in head and "make test" in head
