"""Loads presskz JSONL records into a relational database (SQLite by default, PostgreSQL via psycopg 3).

    presskz load OUT.jsonl --db sqlite:///presskz.db.loader
    presskz load OUT.jsonl --db postgresql://user@host:5432/dbname

The schema lives in `sql/NNN_*.<dialect>.sql` migrations, applied once each and recorded in
`presskz_migrations`. Loading is idempotent (a document already in the database is deleted
with all its rows, then inserted again) and transactional per batch of records.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from presskz.db.rows import COLUMNS, DATE_COLUMNS, DELETE_ORDER, JSON_COLUMNS, RecordError, \
    rows_from_record
from presskz.db.urls import leaks, mask_text, mask_url

SQL_DIR = Path(__file__).parent / "sql"
_MIGRATION_NAME = re.compile(r"^(\d+)_.*\.(sqlite|postgres)\.sql$")


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

    def __enter__(self) -> "Database":
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
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per batch
    conn = sqlite3.connect(path or ":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    return conn


def _connect_postgres(url: str):
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a dependency
        raise DatabaseError("PostgreSQL needs psycopg 3: pip install 'psycopg[binary]'") from exc
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
    """Apply the migrations not yet applied; returns their versions."""
    db.begin()
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


def _converter(db: Database):
    """Function (table, column, value) -> the value the driver should receive."""
    if db.dialect == "sqlite":
        def convert(table: str, column: str, value: Any) -> Any:
            if (table, column) in JSON_COLUMNS:
                return json.dumps(value, ensure_ascii=False)
            return value
        return convert
    from psycopg.types.json import Jsonb

    def convert(table: str, column: str, value: Any) -> Any:
        if (table, column) in JSON_COLUMNS:
            return Jsonb(value)
        if (table, column) in DATE_COLUMNS and value is not None:
            try:
                return dt.date.fromisoformat(value)
            except (TypeError, ValueError):
                return None  # not a calendar day ("XXXX-11-05"): the raw value stays in the record
        return value
    return convert


def _insert_sql(db: Database, table: str) -> str:
    cols = COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join([db.mark] * len(cols))})"


def write_batch(db: Database, records: list[dict]) -> int:
    """Replace the given documents in ONE transaction; returns the number of rows inserted."""
    by_doc = {rec["doc_id"]: rows_from_record(rec) for rec in records}  # last copy of a doc wins
    convert = _converter(db)
    inserted = 0
    db.begin()
    try:
        cur = db.conn.cursor()
        ids = [(doc_id,) for doc_id in by_doc]
        for table in DELETE_ORDER:
            cur.executemany(f"DELETE FROM {table} WHERE doc_id = {db.mark}", ids)
        for table in reversed(DELETE_ORDER):
            values = [tuple(convert(table, c, row.get(c)) for c in COLUMNS[table])
                      for rows in by_doc.values() for row in rows[table]]
            if values:
                cur.executemany(_insert_sql(db, table), values)
                inserted += len(values)
        db.commit()
    except Exception:
        db.rollback()
        raise
    return inserted


def read_records(path: Path, stats: LoadStats) -> Iterator[dict]:
    """Records of a JSONL file; bad lines are noted in stats.skipped, not fatal."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            if not raw.endswith(b"\n"):
                stats.skipped.append(f"{path}:{lineno}: incomplete last line (interrupted write)")
                continue
            try:
                rec = json.loads(raw)
                rows_from_record(rec)  # validates doc_id early, outside the transaction
            except (ValueError, RecordError) as exc:
                stats.skipped.append(f"{path}:{lineno}: {str(exc).splitlines()[0]}")
                continue
            yield rec


def load_jsonl(paths: Iterable[Path], url: str, batch_size: int = 500) -> LoadStats:
    """Load JSONL record files into the database at `url` (created/migrated as needed)."""
    stats = LoadStats()
    with Database(url) as db:
        migrate(db)
        batch: list[dict] = []
        for path in paths:
            for rec in read_records(Path(path), stats):
                batch.append(rec)
                if len(batch) >= batch_size:
                    _flush(db, batch, stats)
        _flush(db, batch, stats)
    return stats


def _flush(db: Database, batch: list[dict], stats: LoadStats) -> None:
    if not batch:
        return
    try:
        stats.rows += write_batch(db, batch)
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        first = mask_text(first, db.url)
        raise DatabaseError(f"batch of {len(batch)} records starting at doc "
                            f"{batch[0]['doc_id']!r} rolled back: {first}") from exc
    stats.documents += len({rec["doc_id"] for rec in batch})
    stats.batches += 1
    batch.clear()
