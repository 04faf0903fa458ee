"""Who takes part in or organises an event (presskz.events.agents, rules.roles), on real sentences
(tests/golden/events_participants.txt: KazNERD valid, none from the release corpus)."""
from pathlib import Path

import pytest

from presskz.core.doc import Document
from presskz.core.pipeline import load_pipeline
from presskz.events.agents import _passive

CASES = Path(__file__).resolve().parent / "golden" / "events_participants.txt"


def _cases():
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, expected = line.split("\t")
            yield text, expected.split(" | ")


@pytest.fixture(scope="module")
def fast():
    return load_pipeline("fast")


@pytest.mark.parametrize("text,expected", list(_cases()))
def test_participants(fast, text, expected):
    events = fast(Document(text)).events
    assert [f"{e.type}/{e.trigger.text}:" + ",".join(p.text for p in e.participants) + "/"
            + ",".join(p.text for p in e.organizer) for e in events] == expected


@pytest.mark.parametrize("stem,passive", [
    ("марапаттал", True), ("қосыл", True), ("табыс етіл", True), ("ашыл", True),
    ("марапатта", False), ("кездес", False), ("кел", False), ("бол", False), ("қол қой", False)])
def test_passive_stems(stem, passive):
    assert _passive(stem) is passive
