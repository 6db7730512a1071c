-- The HTTP API's background jobs (uploads, relinks), so that an analyst can
-- still read how an upload ended after the server restarted.
-- Portable SQL: SQLite and PostgreSQL both run this file.

-- +goose Up

-- One row per job, rewritten at each change of state. The record is the
-- job as the API shows it (JSON), so that new fields need no migration.
CREATE TABLE api_jobs (
    id         TEXT PRIMARY KEY,       -- random hex, as in /api/jobs/{id}
    created_at TEXT NOT NULL,          -- RFC 3339 with nanoseconds, UTC: the listing's order
    record     TEXT NOT NULL           -- the job as JSON
);
CREATE INDEX api_jobs_created ON api_jobs (created_at);

-- +goose Down
DROP TABLE api_jobs;
