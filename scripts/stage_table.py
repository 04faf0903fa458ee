"""Print the stage table of docs/architecture.md from the stages' declared contracts.

    python scripts/stage_table.py      (paste over the table; tests/test_docs.py checks it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_docs import stage_rows  # noqa: E402

print("| stage | requires | assigns |\n|---|---|---|")
print("\n".join(stage_rows()))
