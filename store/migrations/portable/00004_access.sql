-- Access tokens of the HTTP API and the analysts' source-reliability edits.
-- Portable SQL: SQLite and PostgreSQL both run this file.

-- +goose Up

-- One row per API token. The secret itself is never stored: only the hex
-- SHA-256 of it, compared in constant time with the hash of what a client
-- presents. A revoked token is deleted.
CREATE TABLE api_tokens (
    id          TEXT PRIMARY KEY,      -- public part of the token, random hex
    name        TEXT NOT NULL,         -- who or what it is for, free text
    role        TEXT NOT NULL,         -- reader, analyst or admin
    secret_hash TEXT NOT NULL,         -- hex SHA-256 of the secret
    created_at  TEXT NOT NULL          -- RFC 3339, UTC
);

-- Per-source reliability letters set by analysts; each overrides the row of
-- the shipped table (data/judge/reliability.tsv) for the same name, or adds
-- a source the table lacks.
CREATE TABLE source_reliability (
    name       TEXT PRIMARY KEY,       -- as in the table's first column: a name, "a;b" spellings, or "kind:X"
    letter     TEXT NOT NULL,          -- A … F
    note       TEXT NOT NULL,
    updated_at TEXT NOT NULL,          -- RFC 3339, UTC
    updated_by TEXT NOT NULL           -- token name, or "local" on loopback
);

-- +goose Down
DROP TABLE source_reliability;
DROP TABLE api_tokens;
