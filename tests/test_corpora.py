"""Checks every gold file under corpora/ against its source text.

For each `<id>.gold.json` next to `<id>.txt`: every span's text equals the source at
its offsets, spans sit on word boundaries, the flat entity layer has no overlaps,
nested entities lie inside a flat one, enum fields hold allowed values, events,
quotes and people are well-formed, and every release is listed in its README.
Generalises corpora/seed/check_gold.py to all corpora.
"""
import json
import re
from pathlib import Path

import pytest

from presskz.core import labels

ROOT = Path(__file__).resolve().parents[1] / "corpora"
GOLD_FILES = sorted(ROOT.rglob("*.gold.json"))

# gold keeps numeric and temporal classes in quantities/temporals, not in entities
VALUE_TYPES = {"DATE", "TIME", "MONEY", "PERCENTAGE", "CARDINAL", "ORDINAL", "QUANTITY"}
ENTITY_TYPES = set(labels.ENTITY_TYPES) - VALUE_TYPES
QKINDS = set(labels.QUANTITY_KINDS)
APPROX = {*labels.APPROX_VALUES, None}
TKINDS = set(labels.TEMPORAL_KINDS)
STATUS = set(labels.EVENT_STATUSES)
QUOTE_KINDS = set(labels.QUOTE_KINDS)
ENTITY_LAYERS = ("entities", "nested_entities", "optional_entities")


def load(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text_path = path.with_name(path.name[: -len(".gold.json")] + ".txt")
    return gold, text_path.read_text(encoding="utf-8")


def check_span(content, d, where, boundary=True):
    st, en = d["start"], d["end"]
    assert isinstance(st, int) and isinstance(en, int), where
    assert 0 <= st < en <= len(content), (where, st, en)
    assert content[st:en] == d["text"], (where, content[st:en], d["text"])
    assert d["text"] == d["text"].strip(), ("span has outer whitespace", where, d["text"])
    if boundary:
        assert st == 0 or not content[st - 1].isalnum(), ("starts mid-word", where, d["text"])
        assert en == len(content) or not content[en].isalnum(), ("ends mid-word", where, d["text"])


def test_there_are_gold_files():
    assert len(GOLD_FILES) >= 2


@pytest.fixture(params=GOLD_FILES, ids=lambda p: p.name)
def doc(request):
    return load(request.param) + (request.param,)


def test_header(doc):
    gold, _, path = doc
    assert gold["doc_id"] == path.name[: -len(".gold.json")]
    ref = gold["reference_date"]
    assert ref is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref), ref
    assert all(isinstance(n, str) and n for n in gold.get("notes", []))


def test_entity_spans(doc):
    gold, content, _ = doc
    for layer in ENTITY_LAYERS:
        seen = set()
        for i, e in enumerate(gold.get(layer, [])):
            check_span(content, e, f"{layer}[{i}]")
            assert e["type"] in ENTITY_TYPES, (layer, i, e["type"])
            assert isinstance(e["normalized"], str) and e["normalized"].strip(), (layer, i)
            key = (e["start"], e["end"], e["type"])
            assert key not in seen, ("duplicate", layer, e)
            seen.add(key)


def test_flat_entities_do_not_overlap(doc):
    gold, _, _ = doc
    ents = sorted(gold["entities"], key=lambda d: d["start"])
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], ("overlap in flat entities", a["text"], b["text"])


def test_nested_entities_lie_inside_a_flat_one(doc):
    gold, _, _ = doc
    for e in gold.get("nested_entities", []):
        assert any(f["start"] <= e["start"] and e["end"] <= f["end"]
                   and (f["start"], f["end"]) != (e["start"], e["end"])
                   for f in gold["entities"]), ("nested not inside a flat entity", e["text"])


def test_quantities(doc):
    gold, content, _ = doc
    for i, q in enumerate(gold["quantities"]):
        check_span(content, q, f"quantities[{i}]")
        assert q["kind"] in QKINDS, q
        assert isinstance(q["value"], (int, float)) and not isinstance(q["value"], bool), q
        assert q["unit"] is None or isinstance(q["unit"], str), q
        assert q["approx"] in APPROX, q


def test_temporals(doc):
    gold, content, _ = doc
    for i, t in enumerate(gold["temporals"]):
        check_span(content, t, f"temporals[{i}]")
        assert t["kind"] in TKINDS, t
        assert isinstance(t["value"], str) and t["value"], t


def test_events(doc):
    gold, content, _ = doc
    for i, ev in enumerate(gold["events"]):
        check_span(content, ev["trigger"], f"events[{i}].trigger")
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", ev["type"]), ev["type"]
        assert ev["status"] in STATUS, ev
        for k in ("when", "where", "title"):
            assert ev[k] is None or (isinstance(ev[k], str) and ev[k]), (i, k)


def test_quotes(doc):
    gold, content, _ = doc
    for i, q in enumerate(gold["quotes"]):
        check_span(content, q, f"quotes[{i}]", boundary=False)
        assert q["speaker"] is None or (isinstance(q["speaker"], str) and q["speaker"]), q
        assert q.get("kind", "direct") in QUOTE_KINDS, q
        if q.get("kind", "direct") == "direct":
            # a direct quote sits just inside its quotation marks or dashes, or opens its line (a
            # paragraph of speech closed by ", - деді X", issue 20; or one whose first word is a
            # quoted name: «Эйр Астана» ...)
            before = content[q["start"] - 1] if q["start"] else "\n"
            assert before in "«\"“—–- \n" and content[q["end"]] in "»\"”—–-,", q["text"][:30]


def test_quote_speakers_are_people(doc):
    gold, _, _ = doc
    if "people" not in gold:
        pytest.skip("no people layer")
    names = {p["name"] for p in gold["people"]}
    for q in gold["quotes"]:
        assert q["speaker"] is None or q["speaker"] in names, q["speaker"]


def test_people(doc):
    gold, content, _ = doc
    persons = [e for e in gold["entities"] + gold.get("nested_entities", []) if e["type"] == "PERSON"]
    for i, p in enumerate(gold.get("people", [])):
        assert isinstance(p["name"], str) and p["name"], p
        assert all(isinstance(s, str) and s for s in p["positions"]), p
        assert p["mentions"], p
        for m in p["mentions"]:
            check_span(content, m, f"people[{i}].mentions")
            assert any(e["start"] <= m["start"] and m["end"] <= e["end"] for e in persons), m


def test_every_release_is_listed_in_its_readme(doc):
    _, _, path = doc
    # the corpus README lists its documents (a split folder, dev/ or test/, has none of its own)
    readme = next((d / "README.md" for d in (path.parent, path.parent.parent) if (d / "README.md").exists()),
                  path.parent / "README.md")
    assert readme.exists(), readme
    assert path.name[: -len(".gold.json")] in readme.read_text(encoding="utf-8")
