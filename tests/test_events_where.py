"""Where an event happens (presskz.events.places), on real sentences (tests/golden/events_where.txt:
KazNERD valid, none from the release corpus), through the fast pipeline's entities."""
from pathlib import Path

import pytest

from presskz.core.doc import Document
from presskz.core.pipeline import load_pipeline

CASES = Path(__file__).resolve().parent / "golden" / "events_where.txt"


def _cases():
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, expected = line.split("\t")
            yield text, expected.split(" | ")


@pytest.fixture(scope="module")
def fast():
    return load_pipeline("fast")


@pytest.mark.parametrize("text,expected", list(_cases()))
def test_where(fast, text, expected):
    events = fast(Document(text)).events
    assert [f"{e.type}/{e.trigger.text}@" + ",".join(p.text for p in e.where) for e in events] == expected


WHEN_CASES = Path(__file__).resolve().parent / "golden" / "events_when.txt"


@pytest.mark.parametrize("line", [line for line in WHEN_CASES.read_text(encoding="utf-8").splitlines()
                                  if line.strip() and not line.startswith("#")])
def test_when(fast, line):
    text, expected = line.split("\t")
    events = fast(Document(text)).events
    assert [f"{e.type}/{e.trigger.text}@" + ",".join(t.text for t in e.when) for e in events] == \
        expected.split(" | ")

