-- Documents as ingest made them. Portable SQL: SQLite and PostgreSQL both
-- run this file. Short columns come first and the body last, so that listing
-- and ranking, which read the short ones, never load a body they do not show.

-- +goose Up
CREATE TABLE documents (
    id             TEXT PRIMARY KEY,   -- 'd:' + digest of the matching-normalised text
    source         TEXT NOT NULL,      -- path, zip member or URL it was read from
    url            TEXT NOT NULL,
    outlet         TEXT NOT NULL,      -- '' when unknown
    published      TEXT NOT NULL,      -- YYYY-MM-DD, '' when unknown
    published_from TEXT NOT NULL,      -- metadata, dateline, text or ''
    language       TEXT NOT NULL,
    title          TEXT NOT NULL,
    author         TEXT NOT NULL,
    removed        TEXT NOT NULL,      -- JSON array: page-chrome lines dropped from the body
    credits        TEXT NOT NULL,      -- JSON array: outlets credited for the whole piece
    body_sha256    TEXT NOT NULL,      -- hex SHA-256 of body as stored
    stored_at      TEXT NOT NULL,      -- RFC 3339, UTC
    body           TEXT NOT NULL       -- cleaned, display-normalised text; offsets count code points
);

CREATE INDEX documents_by_published ON documents (published, id);
CREATE INDEX documents_by_outlet ON documents (outlet, published, id);

-- +goose Down
DROP TABLE documents;
