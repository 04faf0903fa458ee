"""Reliability of `presskz load`: no password shown, odd records cannot break a load."""
from __future__ import annotations

import json
import traceback

import pytest
from click.testing import CliRunner

from db_sample import sample_record
from presskz.cli.main import main
from presskz.db.loader import Database, DatabaseError, load_jsonl
from presskz.db.urls import mask_text, mask_url

SECRET = "S3cr3tPw"
REFUSED = f"postgresql://press:{SECRET}@127.0.0.1:1/press"  # nothing listens on port 1


def write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def invoke(*args, env=None):
    result = CliRunner().invoke(main, [str(a) for a in args], env=env)
    shown = result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        shown += "".join(traceback.format_exception(result.exception))
    return result, shown


@pytest.fixture
def records(tmp_path):
    path = tmp_path / "out.jsonl"
    write_jsonl(path, [sample_record("a")])
    return path


def test_mask_url_hides_the_password_in_userinfo_and_query():
    assert mask_url(f"postgresql://press:{SECRET}@db:5432/p") == "postgresql://press:***@db:5432/p"
    assert SECRET not in mask_url(f"postgresql://db/p?sslmode=require&password={SECRET}")
    assert mask_url("sqlite:///data/press.db") == "sqlite:///data/press.db"


def test_mask_text_hides_a_password_inside_a_driver_message_encoded_or_not():
    url = "postgresql://u:Se%20cret@[::1/db"
    masked = mask_text(f'bad URI: "{url}"; password "Se cret"', url)
    assert "Se%20cret" not in masked and "Se cret" not in masked and "u:***@" in masked


def test_connection_error_does_not_show_the_password(records):
    result, shown = invoke("load", records, "--db", REFUSED)
    assert result.exit_code == 5 and SECRET not in shown
    assert "press:***@127.0.0.1:1" in shown


def test_debug_traceback_of_a_connection_error_does_not_show_the_password(records):
    result, shown = invoke("--debug", "load", records, "--db", REFUSED)
    assert isinstance(result.exception, DatabaseError) and SECRET not in shown


def test_debug_traceback_of_a_driver_message_quoting_the_url_does_not_show_the_password(records):
    result, shown = invoke("--debug", "load", records, "--db",
                           f"postgresql://u:{SECRET}@[::1/db")
    assert isinstance(result.exception, DatabaseError) and SECRET not in shown


def test_a_url_from_presskz_db_is_masked_in_errors(records):
    result, shown = invoke("load", records, env={"PRESSKZ_DB": REFUSED})
    assert result.exit_code == 5 and SECRET not in shown and "***" in shown


def test_an_unsupported_url_is_masked_in_its_error(records):
    result, shown = invoke("--debug", "load", records, "--db", f"mysql://u:{SECRET}@h/db")
    assert isinstance(result.exception, DatabaseError) and SECRET not in shown


@pytest.mark.postgres
@pytest.mark.slow
def test_success_line_does_not_show_the_password(records, postgres_db):
    url = postgres_db.replace("presskz@", f"presskz:{SECRET}@")  # trust auth ignores it
    result, shown = invoke("load", records, "--db", url)
    assert result.exit_code == 0 and "1 documents" in shown
    assert SECRET not in shown and "presskz:***@" in shown


# --- loads that one odd record cannot break ---------------------------------------------------

BIG = 12345678901234567890  # 20 digits: over SQLite INTEGER and PostgreSQL BIGINT


def big_number_record(doc_id="big"):
    rec = sample_record(doc_id)
    rec["quantities"][0]["value"] = BIG
    return rec


def test_a_twenty_digit_number_loads_into_sqlite_as_real_beside_its_exact_text(tmp_path):
    write_jsonl(tmp_path / "o.jsonl", [sample_record("a"), big_number_record()])
    stats = load_jsonl([tmp_path / "o.jsonl"], f"sqlite:///{tmp_path / 'p.db'}")
    assert stats.documents == 2 and not stats.skipped
    with Database(f"sqlite:///{tmp_path / 'p.db'}") as db:
        [(value, text)] = db.query("SELECT value, value_text FROM quantities "
                                   "WHERE doc_id = 'big' AND id = 'q1'")
        assert value == float(BIG) and text == str(BIG)
        assert db.query("SELECT value_text FROM quantities WHERE doc_id = 'a' AND id = 'q1'") \
            == [(None,)]


@pytest.mark.postgres
@pytest.mark.slow
def test_a_twenty_digit_number_loads_into_postgres_as_double_beside_its_exact_text(
        tmp_path, postgres_db):
    write_jsonl(tmp_path / "o.jsonl", [big_number_record()])
    assert load_jsonl([tmp_path / "o.jsonl"], postgres_db).documents == 1
    with Database(postgres_db) as db:
        assert db.query("SELECT value, value_text FROM quantities WHERE id = 'q1'") == \
            [(float(BIG), str(BIG))]


def test_a_database_made_before_the_exact_text_column_is_migrated(tmp_path):
    import sqlite3

    from presskz.db.loader import SQL_DIR
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript((SQL_DIR / "001_schema.sqlite.sql").read_text(encoding="utf-8") +
                       "CREATE TABLE presskz_migrations (version INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL); INSERT INTO presskz_migrations VALUES (1, 'x');")
    conn.close()
    write_jsonl(tmp_path / "o.jsonl", [big_number_record()])
    assert load_jsonl([tmp_path / "o.jsonl"], f"sqlite:///{path}").documents == 1


def duplicate_ids_record(doc_id):
    rec = sample_record(doc_id)
    rec["entities"].append(dict(rec["entities"][0]))  # valid JSON record, duplicate key (id e1)
    return rec


def test_one_record_the_database_refuses_is_skipped_and_the_rest_of_its_batch_loads(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    write_jsonl(tmp_path / "o.jsonl", [sample_record("a"), duplicate_ids_record("c"),
                                       sample_record("d")])
    stats = load_jsonl([tmp_path / "o.jsonl"], url, batch_size=500)
    assert stats.documents == 2 and len(stats.skipped) == 1 and "o.jsonl:2" in stats.skipped[0]
    with Database(url) as db:
        assert [r[0] for r in db.query("SELECT doc_id FROM documents ORDER BY 1")] == ["a", "d"]
        assert db.query("SELECT count(*) FROM entities WHERE doc_id = 'c'")[0][0] == 0


@pytest.mark.postgres
@pytest.mark.slow
def test_one_record_postgres_refuses_is_skipped_and_the_rest_of_its_batch_loads(
        tmp_path, postgres_db):
    write_jsonl(tmp_path / "o.jsonl", [sample_record("a"), duplicate_ids_record("c"),
                                       sample_record("d")])
    stats = load_jsonl([tmp_path / "o.jsonl"], postgres_db)
    assert stats.documents == 2 and len(stats.skipped) == 1
    with Database(postgres_db) as db:
        assert [r[0] for r in db.query("SELECT doc_id FROM documents ORDER BY 1")] == ["a", "d"]


def test_a_record_with_a_nul_character_is_refused_with_its_reason(tmp_path):
    rec = sample_record("nul")
    rec["entities"][0]["normalized"] = "Аста\u0000на"
    write_jsonl(tmp_path / "o.jsonl", [rec, sample_record("a")])
    stats = load_jsonl([tmp_path / "o.jsonl"], f"sqlite:///{tmp_path / 'p.db'}")
    assert stats.documents == 1 and "NUL" in stats.skipped[0]


@pytest.mark.postgres
@pytest.mark.slow
def test_a_record_with_a_nul_character_does_not_break_a_postgres_load(tmp_path, postgres_db):
    rec = sample_record("nul")
    rec["quotes"][0]["verb"] = "де\u0000ді"
    write_jsonl(tmp_path / "o.jsonl", [rec, sample_record("a")])
    stats = load_jsonl([tmp_path / "o.jsonl"], postgres_db)
    assert stats.documents == 1 and len(stats.skipped) == 1


@pytest.mark.postgres
@pytest.mark.slow
def test_an_over_long_doc_id_does_not_break_a_postgres_load(tmp_path, postgres_db):
    write_jsonl(tmp_path / "o.jsonl", [sample_record("x" * 3000), sample_record("a")])
    stats = load_jsonl([tmp_path / "o.jsonl"], postgres_db)
    assert stats.documents == 1 and "doc_id" in stats.skipped[0]


def test_load_reports_a_record_that_does_not_fit_the_schema_and_loads_the_rest(tmp_path):
    bad = sample_record("bad")
    bad["entities"] = "not a list"
    write_jsonl(tmp_path / "o.jsonl", [bad, sample_record("a")])
    stats = load_jsonl([tmp_path / "o.jsonl"], f"sqlite:///{tmp_path / 'p.db'}")
    assert stats.documents == 1 and "entities" in stats.skipped[0]


def test_an_errors_file_given_to_load_is_rejected_with_a_clear_message(tmp_path):
    errors = tmp_path / "out.errors.jsonl"
    write_jsonl(errors, [{"doc_id": "empty", "path": "in/empty.txt", "error_type": "empty",
                          "message": "empty file", "sha256": None}])
    result, shown = invoke("load", errors, "--db", f"sqlite:///{tmp_path / 'p.db'}")
    assert result.exit_code == 1 and "errors file" in shown
    with Database(f"sqlite:///{tmp_path / 'p.db'}") as db:
        assert db.query("SELECT count(*) FROM documents") == [(0,)]


# --- concurrent PostgreSQL loads --------------------------------------------------------------

def load_at_once(paths, url):
    """Load each path in its own thread at the same moment; returns what went wrong (exceptions
    and skipped records)."""
    import threading
    barrier, failures = threading.Barrier(len(paths)), []

    def one(path):
        barrier.wait()
        try:
            failures.extend(load_jsonl([path], url, batch_size=10).skipped)
        except Exception as exc:  # noqa: BLE001 - the test reports it
            failures.append(exc)
    threads = [threading.Thread(target=one, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failures


@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.parametrize("round_", range(3))
def test_two_loads_into_a_new_postgres_database_at_once_both_succeed(tmp_path, postgres_db,
                                                                     round_):
    paths = []
    for n in range(2):  # the same new documents in both files, in the same order
        paths.append(tmp_path / f"o{n}.jsonl")
        write_jsonl(paths[-1], [sample_record(f"d{i}") for i in range(40)])
    assert load_at_once(paths, postgres_db) == []
    with Database(postgres_db) as db:
        assert db.query("SELECT count(*) FROM documents") == [(40,)]
        assert db.query("SELECT count(*) FROM entities") == [(160,)]
        assert db.query("SELECT count(*) FROM presskz_migrations") == [(2,)]


@pytest.mark.postgres
@pytest.mark.slow
def test_a_document_another_load_is_inserting_is_replaced_once_that_load_commits(postgres_db):
    import threading

    from presskz.db.loader import _write_docs, migrate, write_batch
    from presskz.db.rows import rows_from_record
    with Database(postgres_db) as first, Database(postgres_db) as second:
        migrate(first)
        first.begin()
        _write_docs(first, {"same": rows_from_record(sample_record("same"))})  # not committed
        failures = []

        def load_second():
            try:
                write_batch(second, [sample_record("same")])
            except Exception as exc:  # noqa: BLE001 - the test reports it
                failures.append(exc)
        thread = threading.Thread(target=load_second)
        thread.start()
        thread.join(1.0)  # it waits on the first load's row
        first.commit()
        thread.join(30)
        assert failures == []
        assert second.query("SELECT count(*) FROM entities WHERE doc_id = 'same'") == [(4,)]
