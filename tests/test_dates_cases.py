"""The normalisation table (tests/data/timex_cases.tsv): each expression alone is one temporal
covering the whole text, with the expected kind and TIMEX3 value for its reference date."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from presskz.core.doc import Document
from presskz.segment.tokenizer import segment
from presskz.dates.stage import DatesStage

CASES = Path(__file__).parent / "data" / "timex_cases.tsv"


def read_cases() -> list[tuple[str, str, str, str]]:
    lines = CASES.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def run(expression: str, reference: str) -> Document:
    doc = Document(text=expression)
    if reference != "-":
        doc.reference_date, doc.reference_date_source = dt.date.fromisoformat(reference), "cli"
    return DatesStage()(segment(doc))


def test_the_table_has_at_least_200_cases():
    assert len(read_cases()) >= 200


@pytest.mark.parametrize("expression,reference,kind,value", read_cases())
def test_expression_normalises_to_expected_value(expression, reference, kind, value):
    doc = run(expression, reference)
    found = [(t.text, t.kind, t.value) for t in doc.temporals]
    assert found == [(expression, kind, value)]
