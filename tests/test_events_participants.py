"""Who takes part in or organises an event (presskz.events.agents, rules.roles), on real sentences
(tests/golden/events_participants.txt: KazNERD valid, none from the release corpus)."""
import pytest
from golden_lines import golden_pairs

from presskz.core.doc import Document
from presskz.events.agents import _passive

CASES = [(text, expected.split(" | ")) for text, expected in golden_pairs("events_participants.txt")]


@pytest.mark.parametrize("text,expected", CASES)
def test_participants(fast, text, expected):
    events = fast(Document(text)).events
    assert [f"{e.type}/{e.trigger.text}:" + ",".join(p.text for p in e.participants) + "/"
            + ",".join(p.text for p in e.organizer) for e in events] == expected


@pytest.mark.parametrize("stem,passive", [
    ("марапаттал", True), ("қосыл", True), ("табыс етіл", True), ("ашыл", True),
    ("марапатта", False), ("кездес", False), ("кел", False), ("бол", False), ("қол қой", False)])
def test_passive_stems(stem, passive):
    assert _passive(stem) is passive
