"""presskz load into a real PostgreSQL server (started by tests/postgres_server.py)."""
from __future__ import annotations

import json

import pytest

from db_sample import FUTURE_EVENTS_IN_ASTANA_NOV_2016, README_QUERIES, sample_record
from presskz.db.loader import Database, DatabaseError, load_jsonl

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def test_load_is_idempotent_on_postgres(tmp_path, postgres_db):
    out = tmp_path / "out.jsonl"
    write_jsonl(out, [sample_record("a"), sample_record("b")])
    load_jsonl([out], postgres_db)
    load_jsonl([out], postgres_db)
    with Database(postgres_db) as db:
        assert db.query("SELECT count(*) FROM documents")[0][0] == 2
        assert db.query("SELECT count(*) FROM entities")[0][0] == 8
        assert db.query("SELECT count(*) FROM event_arguments")[0][0] == 8


def test_types_are_native_on_postgres(tmp_path, postgres_db):
    write_jsonl(tmp_path / "o.jsonl", [sample_record("a")])
    load_jsonl([tmp_path / "o.jsonl"], postgres_db)
    with Database(postgres_db) as db:
        (ref, doc) = db.query("SELECT reference_date, record->>'doc_id' FROM documents")[0]
        assert str(ref) == "2016-11-03" and doc == "a"
        assert db.query("SELECT positions->>0 FROM people")[0][0] == "Алматы қаласының әкімі"


def test_failing_batch_rolls_back_on_postgres(tmp_path, postgres_db, monkeypatch):
    # A record PostgreSQL refuses is skipped alone (tests/test_reliability_db.py); a batch whose
    # transaction cannot commit is rolled back whole, and the batches before it stay.
    import psycopg
    write_jsonl(tmp_path / "o.jsonl", [sample_record("a"), sample_record("b"), sample_record("c")])
    calls, real = [], Database.commit

    def commit(self):
        calls.append(1)
        if len(calls) > 2:  # the migrations, then the first batch
            raise psycopg.OperationalError("server closed the connection unexpectedly")
        real(self)
    monkeypatch.setattr(Database, "commit", commit)
    with pytest.raises(DatabaseError, match="rolled back"):
        load_jsonl([tmp_path / "o.jsonl"], postgres_db, batch_size=2)
    monkeypatch.undo()
    with Database(postgres_db) as db:
        assert [r[0] for r in db.query("SELECT doc_id FROM documents ORDER BY 1")] == ["a", "b"]


def test_example_query_runs_on_postgres(tmp_path, postgres_db):
    write_jsonl(tmp_path / "o.jsonl", [sample_record("in"), sample_record("past", status="past")])
    load_jsonl([tmp_path / "o.jsonl"], postgres_db)
    with Database(postgres_db) as db:
        rows = db.query(FUTURE_EVENTS_IN_ASTANA_NOV_2016)
    assert [(r[0], str(r[4]), r[5]) for r in rows] == [("in", "2016-11-05", "Астана Арена")]


def test_readme_queries_run_on_postgres(tmp_path, postgres_db):
    write_jsonl(tmp_path / "o.jsonl", [sample_record("a")])
    load_jsonl([tmp_path / "o.jsonl"], postgres_db)
    with Database(postgres_db) as db:
        found = {name: len(db.query(sql)) for name, sql in README_QUERIES.items()}
    assert found == {"organisations": 1, "quotes": 1, "money": 1, "events_per_month": 1}
