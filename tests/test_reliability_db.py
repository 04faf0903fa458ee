"""Reliability of `presskz load`: no password shown, odd records cannot break a load."""
from __future__ import annotations

import json
import traceback

import pytest
from click.testing import CliRunner

from db_sample import sample_record
from postgres_server import postgres_db, postgres_url  # noqa: F401  (pytest fixtures)
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
