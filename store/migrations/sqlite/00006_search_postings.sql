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

-- The postings: per term, the documents holding it and the term's weight in
-- each, 2 x (times in the title) + (times in the body). They are kept in
-- segments, as FTS5 keeps its own: storing a batch writes one new segment
-- of its terms, and segments of like size are merged three into one (in
-- the same transaction), so that a posting is rewritten a few times in all
-- and a term is read from a few segments. A segment's terms, in byte
-- order, are packed into blocks of under 1 KB (store/sqlite, postings.go),
-- each a row keyed by its first term: storing a batch writes tens of rows
-- instead of one per term.
CREATE TABLE search_segments (
    seg   INTEGER PRIMARY KEY,
    level INTEGER NOT NULL, -- floor(log3(docs)); merged with its like
    docs  INTEGER NOT NULL, -- documents indexed in it
    first INTEGER NOT NULL  -- its lowest doc: segments are read in doc order
);

CREATE TABLE search_postings (
    seg   INTEGER NOT NULL,
    term  TEXT NOT NULL,    -- the block's first term
    block BLOB NOT NULL,
    PRIMARY KEY (seg, term)
) WITHOUT ROWID;

-- FTS5 now serves phrases only, which a few segments more on a level
-- hardly slow (a new phrase search over 5,000 articles 0.40 CPU ms with
-- either), while merging its segments four at a time cost some 8 % of the
-- CPU time of storing a document: merge sixteen at a time (FTS5's most).
INSERT INTO document_terms (document_terms, rank) VALUES ('automerge', 16);

-- +goose Down
DROP TABLE search_postings;
DROP TABLE search_segments;
DROP TABLE search_spans;
DROP TABLE search_docs;
INSERT INTO document_terms (document_terms, rank) VALUES ('automerge', 4);
