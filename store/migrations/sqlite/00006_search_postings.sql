-- isnad's own inverted index beside FTS5, SQLite only: searches of words
-- (AND, OR, NOT; filtered or not) are ranked in Go from it, with FTS5's bm25
-- formula and weights, and their snippets cut from the terms' stored spans. FTS5's bm25
-- reads and scores every match inside SQLite (2 ms for a word in a few
-- thousand documents) and a snippet meant analysing the body again: a new
-- search cost 3-4.5 CPU ms, which 50 clients could not share on 2 cores.
-- FTS5 (migration 2) still serves phrases.
--
-- doc is the document's rowid in document_terms. Documents stored before
-- this version are indexed when the store is next opened (store/sqlite,
-- backfill.go); the store writes these rows with the document afterwards.

-- +goose Up
-- A document's id, length in terms (title and body, as bm25 counts it),
-- and what searches filter on, as in documents.
CREATE TABLE search_docs (
    doc       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL,
    length    INTEGER NOT NULL,
    outlet    TEXT NOT NULL,
    published TEXT NOT NULL
);

-- The body's terms for snippets: per term its byte span and a 16-bit hash
-- (search.AppendSpans). Apart from search_docs so that reading every
-- length stays a short scan.
CREATE TABLE search_spans (
    doc   INTEGER PRIMARY KEY,
    spans BLOB NOT NULL
);

-- Per term, the documents holding it in chunks of 4,096 doc numbers (chunk
-- = doc >> 12): per document the doc's low 12 bits (2 bytes, little endian)
-- and its weight 2 x (times in the title) + (times in the body) (uvarint),
-- in doc order. Storing a batch appends to each term's last chunk.
CREATE TABLE search_postings (
    term     TEXT NOT NULL,
    chunk    INTEGER NOT NULL,
    postings BLOB NOT NULL,
    PRIMARY KEY (term, chunk)
) WITHOUT ROWID;

-- +goose Down
DROP TABLE search_postings;
DROP TABLE search_spans;
DROP TABLE search_docs;
