-- presskz database schema, PostgreSQL dialect (migration 1). One row per document in `documents`;
-- every other table is keyed by (doc_id, id) with the record's ids ("e1", "t3", ...).
-- Offsets are character offsets into the document text; "start"/"end" are reserved words
-- in PostgreSQL, hence start_char/end_char.
CREATE TABLE IF NOT EXISTS documents (
    doc_id            TEXT PRIMARY KEY,
    sha256            TEXT,
    path              TEXT,
    url               TEXT,   -- source.url (HTML/JSONL metadata) when the record has it
    bytes             INTEGER,
    encoding          TEXT,
    language          TEXT,
    script            TEXT,
    reference_date    DATE,
    headline          TEXT,
    issuer            TEXT,
    published         TEXT,
    main_event        TEXT,
    pipeline_name     TEXT,
    pipeline_version  TEXT,
    model_sha256      TEXT,
    schema_version    TEXT,
    warnings          JSONB,  -- JSON array
    record            JSONB,  -- the whole JSON record
    loaded_at         TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256);
CREATE INDEX IF NOT EXISTS documents_reference_date ON documents (reference_date);

CREATE TABLE IF NOT EXISTS entities (
    doc_id      TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    type        TEXT NOT NULL,
    text        TEXT NOT NULL,
    normalized  TEXT,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    sentence    INTEGER,
    source      TEXT,
    score       DOUBLE PRECISION,
    mention_group TEXT,  -- the record's "group": mentions of one entity share it
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS entities_type_normalized ON entities (type, normalized);
CREATE INDEX IF NOT EXISTS entities_normalized ON entities (normalized);

CREATE TABLE IF NOT EXISTS quantities (
    doc_id      TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    value       DOUBLE PRECISION,
    unit        TEXT,
    approx      TEXT,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS quantities_kind_unit ON quantities (kind, unit);

-- date_from/date_to: the calendar days a temporal value covers when it names whole known
-- days ("2016-11-05", "2016-11-05T11:00", "2016-11-05/2016-11-06"), else NULL; makes
-- "what happens in November 2016" a range query.
CREATE TABLE IF NOT EXISTS temporals (
    doc_id      TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT,
    date_from   DATE,
    date_to     DATE,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS temporals_dates ON temporals (date_from, date_to);

CREATE TABLE IF NOT EXISTS events (
    doc_id         TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    type           TEXT NOT NULL,
    status         TEXT NOT NULL,
    trigger_text   TEXT,
    trigger_start  INTEGER,
    trigger_end    INTEGER,
    title          TEXT,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS events_type_status ON events (type, status);

-- role: when (arg_id is a temporal id) | where | participant | organizer (entity ids).
CREATE TABLE IF NOT EXISTS event_arguments (
    doc_id    TEXT NOT NULL,
    event_id  TEXT NOT NULL,
    role      TEXT NOT NULL,
    arg_id    TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (doc_id, event_id, role, arg_id),
    FOREIGN KEY (doc_id, event_id) REFERENCES events (doc_id, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS event_arguments_arg ON event_arguments (doc_id, arg_id);

CREATE TABLE IF NOT EXISTS people (
    doc_id     TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    name       TEXT NOT NULL,
    mentions   JSONB,  -- JSON array of entity ids
    positions  JSONB,  -- JSON array of strings
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS people_name ON people (name);

CREATE TABLE IF NOT EXISTS quotes (
    doc_id      TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    text        TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    speaker     TEXT,   -- people id
    speaker_mention TEXT,  -- entity id of the speaker's mention
    verb        TEXT,
    kind        TEXT,   -- direct | indirect
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (doc_id, speaker);
