"""presskz load into SQLite: schema, idempotent reload, per-batch transactions, example query."""
from __future__ import annotations

import json
import sqlite3

import pytest

from db_sample import FUTURE_EVENTS_IN_ASTANA_NOV_2016, README_QUERIES, sample_record
from presskz.db import loader as dbmod
from presskz.db.loader import Database, DatabaseError, load_jsonl, migrate
from presskz.db.rows import COLUMNS, day_range, rows_from_record

TABLES = ("documents", "entities", "quantities", "temporals", "events", "event_arguments",
          "quotes", "people")


def counts(db: Database) -> dict[str, int]:
    return {t: db.query(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def write_jsonl(path, records, tail: bytes = b"") -> None:
    with open(path, "wb") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False).encode() + b"\n")
        fh.write(tail)


def test_schema_has_every_table_with_the_columns_the_loader_writes():
    with Database("sqlite:///:memory:") as db:
        migrate(db)
        for table, cols in COLUMNS.items():
            have = {row[1] for row in db.query(f"PRAGMA table_info({table})")}
            assert set(cols) <= have, table


def test_migrations_apply_once():
    with Database("sqlite:///:memory:") as db:
        assert migrate(db) == [1, 2]
        assert migrate(db) == []


@pytest.mark.parametrize("value, expected", [
    ("2016-11-05", ("2016-11-05", "2016-11-05")),
    ("2016-11-05T11:00", ("2016-11-05", "2016-11-05")),
    ("2016-11-05/2016-11-06", ("2016-11-05", "2016-11-06")),
    ("2016-02", ("2016-02-01", "2016-02-29")),
    ("2016", ("2016-01-01", "2016-12-31")),
    ("XXXX-11-05", (None, None)), ("P9M", (None, None)), ("199X", (None, None)), (None, (None, None)),
])
def test_day_range_covers_whole_known_days_only(value, expected):
    assert day_range(value) == expected


def test_record_rows_reference_ids_per_role():
    rows = rows_from_record(sample_record())
    roles = {(r["role"], r["arg_id"]) for r in rows["event_arguments"]}
    assert roles == {("when", "t1"), ("where", "e1"), ("where", "e2"), ("organizer", "e3")}


def test_record_without_doc_id_is_refused():
    with pytest.raises(dbmod.RecordError):
        rows_from_record({"entities": []})


def test_loading_twice_replaces_documents_without_duplicates(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    out = tmp_path / "out.jsonl"
    write_jsonl(out, [sample_record("a"), sample_record("b")])
    first = load_jsonl([out], url)
    with Database(url) as db:
        before = counts(db)
    changed = sample_record("a")
    changed["entities"] = changed["entities"][:3]
    changed["events"][0]["organizer"] = []
    write_jsonl(out, [changed, sample_record("b")])
    load_jsonl([out], url)
    with Database(url) as db:
        after = counts(db)
    assert first.documents == 2 and before["documents"] == after["documents"] == 2
    assert after["entities"] == before["entities"] - 1
    assert after["event_arguments"] == before["event_arguments"] - 1


def fail_commits_after(monkeypatch, good: int) -> None:
    """Database.commit fails after `good` commits (the database went away mid-load)."""
    calls = []
    real = Database.commit

    def commit(self):
        calls.append(1)
        if len(calls) > good:
            raise sqlite3.OperationalError("disk I/O error")
        real(self)
    monkeypatch.setattr(Database, "commit", commit)


def test_failing_batch_is_rolled_back_and_earlier_batches_stay(tmp_path, monkeypatch):
    # A record the database refuses is skipped alone (tests/test_reliability_db.py); a batch
    # whose transaction cannot commit is rolled back whole, and the batches before it stay.
    url = f"sqlite:///{tmp_path / 'p.db'}"
    out = tmp_path / "out.jsonl"
    write_jsonl(out, [sample_record("a"), sample_record("b"), sample_record("c"),
                      sample_record("d")])
    fail_commits_after(monkeypatch, 2)  # the migrations, then the first batch
    with pytest.raises(DatabaseError, match="rolled back"):
        load_jsonl([out], url, batch_size=2)
    monkeypatch.undo()
    with Database(url) as db:
        docs = [r[0] for r in db.query("SELECT doc_id FROM documents ORDER BY doc_id")]
        assert docs == ["a", "b"]
        assert db.query("SELECT count(*) FROM entities WHERE doc_id IN ('c', 'd')")[0][0] == 0


def test_bad_and_partial_lines_are_skipped_with_their_line_numbers(tmp_path):
    out = tmp_path / "out.jsonl"
    write_jsonl(out, [sample_record("a")], tail=b'{"no_doc_id": 1}\n{"doc_id": "x", "ent')
    stats = load_jsonl([out], f"sqlite:///{tmp_path / 'p.db'}")
    assert stats.documents == 1
    assert [s.split(": ")[0] for s in stats.skipped] == [f"{out}:2", f"{out}:3"]


def test_example_query_finds_future_events_in_astana_with_venues(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    out = tmp_path / "out.jsonl"
    write_jsonl(out, [sample_record("in"), sample_record("past", status="past"),
                      sample_record("dec", day="2016-12-01"),
                      sample_record("almaty", city=("Алматыда", "Алматы"))])
    load_jsonl([out], url)
    with Database(url) as db:
        rows = db.query(FUTURE_EVENTS_IN_ASTANA_NOV_2016)
    assert [(r[0], r[4], r[5]) for r in rows] == [("in", "2016-11-05", "Астана Арена")]


def test_json_columns_hold_the_whole_record(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    write_jsonl(tmp_path / "o.jsonl", [sample_record("a")])
    load_jsonl([tmp_path / "o.jsonl"], url)
    conn = sqlite3.connect(tmp_path / "p.db")
    (record,) = conn.execute("SELECT record FROM documents").fetchone()
    assert json.loads(record)["doc_id"] == "a"


def test_unknown_database_url_is_a_clear_error():
    with pytest.raises(DatabaseError, match="unsupported database URL"):
        Database("mysql://x")


@pytest.mark.parametrize("name", sorted(README_QUERIES))
def test_readme_queries_run_and_find_the_sample(tmp_path, name):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    write_jsonl(tmp_path / "o.jsonl", [sample_record("a")])
    load_jsonl([tmp_path / "o.jsonl"], url)
    with Database(url) as db:
        rows = db.query(README_QUERIES[name])
    assert len(rows) == 1
