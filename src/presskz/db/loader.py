"""Loads presskz JSONL records into a relational database (SQLite by default, PostgreSQL via psycopg 3).

    presskz load OUT.jsonl --db sqlite:///presskz.db
    presskz load OUT.jsonl --db postgresql://user@host:5432/dbname

The schema lives in `sql/NNN_*.<dialect>.sql` migrations, applied once each and recorded in
`presskz_migrations`. Loading is idempotent (a document already in the database is replaced
with all its rows) and transactional per batch of records. Each record is checked against the
record model first; a record the database still refuses is skipped and reported, never its batch.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable, Iterator

from presskz.core.extras import MissingExtra, require
from presskz.core.validate import model_problems
from presskz.io.files import jsonl_values
from presskz.db.rows import COLUMNS, DATE_COLUMNS, DELETE_ORDER, JSON_COLUMNS, RecordError, \
    rows_from_record
from presskz.db.urls import leaks, mask_text, mask_url

SQL_DIR = Path(__file__).parent / "sql"
_MIGRATION_NAME = re.compile(r"^(\d+)_.*\.(sqlite|postgres)\.sql$")
_MIGRATION_LOCK = 0x70726573736B7A  # "presskz": the advisory lock key of the schema step


class DatabaseError(RuntimeError):
    """A database URL we cannot use, or a failed load (one line, with the cause)."""


class Database:
    """One connection plus the few things that differ between SQLite and PostgreSQL."""

    def __init__(self, url: str):
        self.url = url
        if url.startswith("sqlite://"):
            self.dialect, self.conn = "sqlite", _connect_sqlite(url)
        elif url.startswith(("postgresql://", "postgres://")):
            self.dialect, self.conn = "postgres", _connect_postgres(url)
        else:
            raise DatabaseError(f"unsupported database URL {mask_url(url)!r}: use sqlite:///FILE "
                                "or postgresql://USER@HOST:PORT/DB")
        self.mark = "?" if self.dialect == "sqlite" else "%s"

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def begin(self) -> None:
        self.conn.execute("BEGIN")

    def commit(self) -> None:
        self.conn.execute("COMMIT") if self.dialect == "sqlite" else self.conn.commit()

    def rollback(self) -> None:
        self.conn.execute("ROLLBACK") if self.dialect == "sqlite" else self.conn.rollback()

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        """Rows of a query written with `?` placeholders (translated for PostgreSQL)."""
        if self.dialect == "postgres":
            sql = sql.replace("?", "%s")
        cur = self.conn.execute(sql, tuple(params))
        rows = cur.fetchall()
        if self.dialect == "postgres":
            self.conn.commit()  # end the implicit read transaction
        return rows


def _connect_sqlite(url: str) -> sqlite3.Connection:
    path = url[len("sqlite://"):]
    path = path[1:] if path.startswith("/") else path  # sqlite:///rel.db, sqlite:////abs.db
    if not path:  # not silently an in-memory database that vanishes with the load
        raise DatabaseError("sqlite:/// needs a file path: sqlite:///FILE (or sqlite:///:memory:)")
    try:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per batch
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")  # the first read: "file is not a database"
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"cannot open SQLite database {path}: {exc}") from exc
    return conn


def _connect_postgres(url: str):
    try:
        psycopg = require("psycopg", "db")
    except MissingExtra as exc:
        raise DatabaseError(str(exc)) from exc
    try:
        return psycopg.connect(url)
    except psycopg.Error as exc:
        reason = mask_text(str(exc).strip().splitlines()[0], url)
        # a driver message quoting the URL would print the password in a --debug traceback
        raise DatabaseError(f"cannot connect to {mask_url(url)}: {reason}") from (
            None if leaks(str(exc), url) else exc)


def migrations(dialect: str) -> list[tuple[int, Path]]:
    """(version, file) of every migration for a dialect, in order."""
    found = []
    for path in SQL_DIR.glob(f"*.{dialect}.sql"):
        if m := _MIGRATION_NAME.match(path.name):
            found.append((int(m[1]), path))
    return sorted(found)


def migrate(db: Database) -> list[int]:
    """Apply the migrations not yet applied; returns their versions.

    Two loads starting at once on a new database would both create the tables (PostgreSQL:
    duplicate key in pg_type) and both record migration 1: the whole step runs under a lock,
    an advisory transaction lock on PostgreSQL and the write lock (BEGIN IMMEDIATE) on SQLite."""
    if db.dialect == "sqlite":
        db.conn.execute("BEGIN IMMEDIATE")
    else:
        db.begin()
        db.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
    db.conn.execute("CREATE TABLE IF NOT EXISTS presskz_migrations (version INTEGER PRIMARY KEY, "
                    "name TEXT NOT NULL)")
    done = {row[0] for row in db.conn.execute("SELECT version FROM presskz_migrations").fetchall()}
    applied = []
    for version, path in migrations(db.dialect):
        if version in done:
            continue
        for statement in _statements(path.read_text(encoding="utf-8")):
            db.conn.execute(statement)
        db.conn.execute(f"INSERT INTO presskz_migrations (version, name) VALUES "
                        f"({db.mark}, {db.mark})", (version, path.name))
        applied.append(version)
    db.commit()
    return applied


def _statements(script: str) -> list[str]:
    """The statements of a migration file (no semicolons inside our statements or comments)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


@dataclass
class LoadStats:
    """What a load did: documents written, batches committed, bad lines skipped (with reasons)."""

    documents: int = 0
    batches: int = 0
    rows: int = 0
    skipped: list[str] = field(default_factory=list)


def _converter(db: Database) -> Callable[[str, str, Any], Any]:
    """Function (table, column, value) -> the value the driver should receive."""
    if db.dialect == "sqlite":
        def to_sqlite(table: str, column: str, value: Any) -> Any:
            if (table, column) in JSON_COLUMNS:
                return json.dumps(value, ensure_ascii=False)
            return value
        return to_sqlite
    Jsonb = require("psycopg.types.json", "db").Jsonb  # connected: psycopg is installed

    def to_postgres(table: str, column: str, value: Any) -> Any:
        if (table, column) in JSON_COLUMNS:
            return Jsonb(value)
        if (table, column) in DATE_COLUMNS and value is not None:
            try:
                return dt.date.fromisoformat(value)
            except (TypeError, ValueError):
                return None  # not a calendar day ("XXXX-11-05"): the raw value stays in the record
        return value
    return to_postgres


def _insert_sql(db: Database, table: str) -> str:
    cols = COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join([db.mark] * len(cols))})"


def _upsert_documents_sql(db: Database) -> str:
    # An upsert, not delete + insert: a second load of the same new document (another process,
    # at the same time) waits on the first one's row lock, then replaces it, instead of failing
    # on a duplicate key. Taking the document row first also serialises the child-row writes.
    updates = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS["documents"] if c != "doc_id")
    return (f"{_insert_sql(db, 'documents')} ON CONFLICT (doc_id) DO UPDATE SET {updates}, "
            "loaded_at = CURRENT_TIMESTAMP")


CHILD_TABLES = DELETE_ORDER[:-1]  # DELETE_ORDER ends with the documents table


def _write_docs(db: Database, by_doc: dict[str, dict[str, list[dict]]]) -> int:
    """Upsert the documents' rows and replace their child rows (inside the caller's
    transaction); returns the number of rows written."""
    convert = _converter(db)
    cur = db.conn.cursor()

    def values(table: str) -> list[tuple]:
        return [tuple(convert(table, c, row.get(c)) for c in COLUMNS[table])
                for rows in by_doc.values() for row in rows[table]]
    written = len(by_doc)
    cur.executemany(_upsert_documents_sql(db), values("documents"))
    ids = [(doc_id,) for doc_id in by_doc]
    for table in CHILD_TABLES:
        cur.executemany(f"DELETE FROM {table} WHERE doc_id = {db.mark}", ids)
    for table in reversed(CHILD_TABLES):
        if rows := values(table):
            cur.executemany(_insert_sql(db, table), rows)
            written += len(rows)
    return written


def write_batch(db: Database, records: list[dict]) -> int:
    """Replace the given documents in ONE transaction; returns the number of rows written."""
    by_doc = {rec["doc_id"]: rows_from_record(rec) for rec in records}  # last copy of a doc wins
    db.begin()
    try:
        written = _write_docs(db, by_doc)
        db.commit()
    except Exception:
        db.rollback()
        raise
    return written


def write_each(db: Database, batch: list[tuple[str, dict]]) -> tuple[int, set[str], list[str]]:
    """Write a batch in one transaction, each document under its own savepoint, so that a record
    the database refuses is reported ("where: reason") and skipped, not the batch; returns
    (rows written, doc_ids written, failures)."""
    last = {rec["doc_id"]: (where, rec) for where, rec in batch}
    written, done, failures = 0, set(), []
    db.begin()
    try:
        for doc_id, (where, rec) in last.items():
            db.conn.execute("SAVEPOINT presskz_doc")
            try:
                written += _write_docs(db, {doc_id: rows_from_record(rec)})
                done.add(doc_id)
            except Exception as exc:
                db.conn.execute("ROLLBACK TO SAVEPOINT presskz_doc")
                failures.append(f"{where}: {_first_line(exc, db.url)}")
            db.conn.execute("RELEASE SAVEPOINT presskz_doc")
        db.commit()
    except Exception:
        db.rollback()
        raise
    return written, done, failures


def _first_line(exc: BaseException, url: str) -> str:
    text = str(exc).strip()
    return mask_text(text.splitlines()[0], url) if text else type(exc).__name__


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _check_record(rec: Any) -> dict:
    """The record of a line, checked against the record model before anything is written;
    RecordError saying why it cannot be loaded."""
    problems = model_problems(rec)
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise RecordError(f"not a valid record: {problems[0]}{more}")
    # a NUL is legal JSON ("\\u0000") but PostgreSQL text and JSONB cannot hold it
    if _has_nul(rec):
        raise RecordError("contains NUL characters (\\u0000), which databases cannot store")
    rows_from_record(rec)  # doc_id checks
    return rec


def _complete_lines(fh, where: Callable[[int], str], stats: LoadStats) -> Iterator[bytes]:
    """The lines of a file; a last line without its newline (an interrupted write) is skipped."""
    lineno = 0
    for lineno, raw in enumerate(fh, 1):
        if raw.endswith(b"\n"):
            yield raw
        elif raw.strip():
            stats.skipped.append(f"{where(lineno)}: incomplete last line (interrupted write)")


def read_records(path: Path, stats: LoadStats) -> Iterator[tuple[str, dict]]:
    """(where, record) of a JSONL file's valid records; bad lines are noted in stats.skipped."""
    def where(lineno: int) -> str:
        return f"{path}:{lineno}"
    with open(path, "rb") as fh:
        for lineno, value, problem in jsonl_values(_complete_lines(fh, where, stats)):
            try:
                if problem is not None:
                    raise RecordError(problem)
                rec = _check_record(value)
            except RecordError as exc:
                stats.skipped.append(f"{where(lineno)}: {str(exc).splitlines()[0]}")
                continue
            yield where(lineno), rec


def load_jsonl(paths: Iterable[Path], url: str, batch_size: int = 500) -> LoadStats:
    """Load JSONL record files into the database at `url` (created/migrated as needed)."""
    stats = LoadStats()
    with Database(url) as db:
        migrate(db)
        batch: list[tuple[str, dict]] = []
        for path in paths:
            for item in read_records(Path(path), stats):
                batch.append(item)
                if len(batch) >= batch_size:
                    _flush(db, batch, stats)
        _flush(db, batch, stats)
    return stats


def _flush(db: Database, batch: list[tuple[str, dict]], stats: LoadStats) -> None:
    if not batch:
        return
    try:
        stats.rows += write_batch(db, [rec for _, rec in batch])
        done = {rec["doc_id"] for _, rec in batch}
    except Exception:
        # one record the database refuses must not cost the other records of its batch: redo
        # the batch record by record (the fast path above stays one executemany per table)
        try:
            rows, done, failures = write_each(db, batch)
        except Exception as exc:
            raise DatabaseError(f"batch of {len(batch)} records starting at doc "
                                f"{batch[0][1]['doc_id']!r} rolled back: "
                                f"{_first_line(exc, db.url)}") from exc
        stats.rows += rows
        stats.skipped.extend(failures)
    stats.documents += len(done)
    stats.batches += 1
    batch.clear()
