"""Hand-written records in the shape of DESIGN.md section 3, shared by the database tests."""
from __future__ import annotations

import copy


def sample_record(doc_id: str = "almaty-2016", city: tuple[str, str] = ("Астанада", "Астана"),
                  status: str = "future", day: str = "2016-11-05") -> dict:
    """A small record: a concert in `city` on `day` with a venue, a quote and a person."""
    return copy.deepcopy({
        "schema_version": "1.0", "doc_id": doc_id,
        "source": {"path": f"{doc_id}.txt", "sha256": "ab" * 32, "bytes": 120, "encoding": "utf-8"},
        "language": "kk", "script": "cyrl", "reference_date": "2016-11-03",
        "announcement": {"headline": None, "issuer": "баспасөз қызметі", "issuer_entity": None,
                         "published": None, "main_event": "ev1"},
        "sentences": [{"start": 0, "end": 60}],
        "entities": [
            {"id": "e1", "type": "GPE", "text": city[0], "normalized": city[1], "start": 0,
             "end": len(city[0]), "sentence": 0, "source": "rule", "score": None},
            {"id": "e2", "type": "FACILITY", "text": "«Астана Арена»", "normalized": "Астана Арена",
             "start": 10, "end": 24, "sentence": 0, "source": "both", "score": 0.93},
            {"id": "e3", "type": "PERSON", "text": "Бауыржан Байбек", "normalized": "Бауыржан Байбек",
             "start": 30, "end": 45, "sentence": 0, "source": "model", "score": 0.99},
            {"id": "e4", "type": "ORGANISATION", "text": "әкімдігі", "normalized": "Алматы әкімдігі",
             "start": 80, "end": 88, "sentence": 0, "source": "rule", "score": None}],
        "quantities": [{"id": "q1", "kind": "cardinal", "text": "4500", "value": 4500, "unit": "орын",
                        "approx": None, "start": 50, "end": 54},
                       {"id": "q2", "kind": "money", "text": "1,8 млрд. теңге", "value": 1.8e9,
                        "unit": "KZT", "approx": None, "start": 90, "end": 105}],
        "temporals": [{"id": "t1", "kind": "date", "text": "5 қарашада", "value": day,
                       "start": 25, "end": 35},
                      {"id": "t2", "kind": "duration", "text": "9 ай", "value": "P9M",
                       "start": 36, "end": 40}],
        "events": [{"id": "ev1", "type": "concert", "status": status,
                    "trigger": {"text": "өтеді", "start": 55, "end": 60}, "title": "гала-концерт",
                    "when": ["t1"], "where": ["e1", "e2"], "participants": [], "organizer": ["e3"],
                    "start": 0, "end": 60}],
        "quotes": [{"id": "qt1", "text": "Біз дайынбыз", "start": 61, "end": 73, "speaker": "p1",
                    "verb": "деді"}],
        "people": [{"id": "p1", "name": "Бауыржан Байбек", "mentions": ["e3"],
                    "positions": ["Алматы қаласының әкімі"]}],
        "pipeline": {"name": "default", "version": "1", "stages": ["segment"],
                     "model": {"name": "kaznerd", "sha256": "cd" * 32}},
        "warnings": [],
    })


# The README's example query: future events in Astana in November 2016 with their venues.
FUTURE_EVENTS_IN_ASTANA_NOV_2016 = """
SELECT DISTINCT ev.doc_id, ev.id, ev.type, ev.title, t.value AS day, venue.normalized AS venue
FROM events ev
JOIN event_arguments w ON w.doc_id = ev.doc_id AND w.event_id = ev.id AND w.role = 'when'
JOIN temporals t ON t.doc_id = w.doc_id AND t.id = w.arg_id
JOIN event_arguments wh ON wh.doc_id = ev.doc_id AND wh.event_id = ev.id AND wh.role = 'where'
JOIN entities city ON city.doc_id = wh.doc_id AND city.id = wh.arg_id
     AND city.type = 'GPE' AND city.normalized = 'Астана'
LEFT JOIN (SELECT a.doc_id, a.event_id, e.normalized
           FROM event_arguments a JOIN entities e ON e.doc_id = a.doc_id AND e.id = a.arg_id
           WHERE a.role = 'where' AND e.type IN ('FACILITY', 'LOCATION')) venue
     ON venue.doc_id = ev.doc_id AND venue.event_id = ev.id
WHERE ev.status = 'future' AND t.date_from <= '2016-11-30' AND t.date_to >= '2016-11-01'
ORDER BY ev.doc_id, ev.id, venue
"""

# The other README example queries (run by the tests on SQLite and PostgreSQL).
README_QUERIES = {
    "organisations": """
SELECT normalized, count(DISTINCT doc_id) AS releases
FROM entities WHERE type = 'ORGANISATION'
GROUP BY normalized ORDER BY releases DESC LIMIT 20""",
    "quotes": """
SELECT p.name, p.positions, q.verb, q.text, q.doc_id
FROM quotes q JOIN people p ON p.doc_id = q.doc_id AND p.id = q.speaker
ORDER BY p.name""",
    "money": """
SELECT d.doc_id, d.reference_date, q.text, q.value
FROM quantities q JOIN documents d ON d.doc_id = q.doc_id
WHERE q.kind = 'money' AND q.unit = 'KZT' ORDER BY q.value DESC LIMIT 20""",
    "events_per_month": """
SELECT substr(CAST(t.date_from AS TEXT), 1, 7) AS month, ev.type, count(*) AS events
FROM events ev
JOIN event_arguments w ON w.doc_id = ev.doc_id AND w.event_id = ev.id AND w.role = 'when'
JOIN temporals t ON t.doc_id = w.doc_id AND t.id = w.arg_id
WHERE t.date_from IS NOT NULL
GROUP BY month, ev.type ORDER BY month, events DESC""",
}
