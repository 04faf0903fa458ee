"""Seed targets of issue 8 on corpora/seed: events F1 (type + overlapping trigger + status) >= 0.85 with
`when` and `where` right for >= 80% of the matched future events; the seed quote found with its
speaker; the three officials each one person with their position.

Run twice: on the gold entities/temporals (these stages alone) and through the rules-only pipeline.
"""
import datetime as dt
import json
from pathlib import Path

import pytest

from presskz.core.doc import Document
from presskz.eval.events import event_scores, oracle_document, quote_scores
from presskz.people.rules import same_name
from presskz.events.stage import EventsStage
from presskz.people.announcement import AnnouncementStage
from presskz.people.stage import PeopleStage
from presskz.quotes.stage import QuotesStage

SEED = Path(__file__).resolve().parent.parent / "corpora" / "seed"
GOLD = json.loads((SEED / "almaty-days-in-astana.gold.json").read_text(encoding="utf-8"))
TEXT = (SEED / "almaty-days-in-astana.txt").read_text(encoding="utf-8")
OFFICIALS = {"Арман Қырықбаев": "Алматы әкімінің орынбасары",
             "Алмас Мәдиев": "басқармасының басшысы",
             "Жанна Төлегенова": "Даму орталығының басшысы"}


@pytest.fixture(scope="module", params=["oracle", "fast"])
def seed_doc(request):
    if request.param == "oracle":
        doc = oracle_document(TEXT, GOLD)
        for stage in (EventsStage(), QuotesStage(), PeopleStage(), AnnouncementStage()):
            doc = stage(doc)
        return doc
    from presskz.core.pipeline import load_pipeline
    doc = load_pipeline("fast")(Document(TEXT, doc_id="seed", reference_date=dt.date(2016, 11, 3)))
    if not doc.entities:
        pytest.skip("the rules-only pipeline assigns no entities yet (gazetteer/merge not landed)")
    return doc


def test_seed_events_f1_and_future_arguments(seed_doc):
    scores = event_scores(GOLD["events"], seed_doc.events)
    assert scores["f1"] >= 0.85, scores
    assert scores["future_when_where_ok"] >= 0.8 * scores["future_matched"], scores


def test_seed_quote_found_with_its_speaker(seed_doc):
    direct = [q for q in GOLD["quotes"] if q.get("kind", "direct") == "direct"]
    scores = quote_scores(direct, seed_doc.quotes)
    assert scores["right_speaker"] == scores["gold"] == 1, scores


def test_seed_officials_are_one_person_each_with_position(seed_doc):
    for name, position in OFFICIALS.items():
        people = [p for p in seed_doc.people if any(same_name(name, m.normalized or m.text)
                                                    or name.split()[-1] in m.text for m in p.mentions)]
        assert len(people) == 1, (name, [p.name for p in people])
        assert any(position in pos for pos in people[0].positions), (name, people[0].positions)


def test_seed_programme_items_each_have_own_time(seed_doc):
    future = [e for e in seed_doc.events if e.trigger.start > TEXT.index("Мысалы, 5 қараша")]
    times = [tuple(t.value for t in e.when) for e in future if e.type in ("exhibition", "meeting", "concert")]
    assert ("2016-11-05T15:00",) in times and ("2016-11-05T18:00",) in times
    assert ("2016-11-06T15:00",) in times


def test_seed_issuer_is_the_body_of_the_press_service(seed_doc):
    assert seed_doc.announcement["issuer"] == "Алматы қаласы әкімдігі"  # "...-нің баспасөз қызметі" credits it
    assert seed_doc.announcement["main_event"].type == "press_conference"
