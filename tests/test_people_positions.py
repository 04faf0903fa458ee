"""People and their positions through the default pipeline, on real sentences of fresh releases
(tests/golden/people_positions.txt; issue 21: positions right)."""
import pytest
from golden_lines import golden_pairs

from presskz.api import load_pipeline, make_document

CASES = [(text.replace("\\n", "\n"), expected) for text, expected in golden_pairs("people_positions.txt")]


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline("default")


@pytest.mark.parametrize("text,expected", CASES)
def test_people_positions(pipeline, text, expected):
    doc = pipeline(make_document(text))
    got = " | ".join(f"{p.name}: {'; '.join(p.positions)}" for p in doc.people)
    assert got == expected
