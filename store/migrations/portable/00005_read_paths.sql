-- Indexes for the API's hot reads. Portable SQL: SQLite and PostgreSQL both
-- run this file.
--
-- corpus_results keeps each result whole (the claim groups of SaudiNewsNet
-- are a 42 MB value), and updated_at comes after value in the row: without
-- this index, reading the keys' save times (CorpusResultsVersion, asked on
-- every API request that looks up the corpus) walks the whole value's
-- overflow pages, some 50 MB per request. The index covers the query.

-- +goose Up
CREATE INDEX corpus_results_versions ON corpus_results (key, updated_at);

-- +goose Down
DROP INDEX corpus_results_versions;
