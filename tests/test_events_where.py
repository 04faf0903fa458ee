"""Where an event happens (presskz.events.places), on real sentences (tests/golden/events_where.txt:
KazNERD valid, none from the release corpus), through the fast pipeline's entities."""
import pytest
from golden_lines import golden_pairs

from presskz.core.doc import Document

CASES = [(text.replace("\\n", "\n"), expected.split(" | "))
         for text, expected in golden_pairs("events_where.txt")]


@pytest.mark.parametrize("text,expected", CASES)
def test_where(fast, text, expected):
    events = fast(Document(text)).events
    assert [f"{e.type}/{e.trigger.text}@" + ",".join(p.text for p in e.where) for e in events] == expected


@pytest.mark.parametrize("text,expected", golden_pairs("events_when.txt"))
def test_when(fast, text, expected):
    events = fast(Document(text)).events
    assert [f"{e.type}/{e.trigger.text}@" + ",".join(t.text for t in e.when) for e in events] == \
        expected.split(" | ")
