-- The full-text index, SQLite only (FTS5). A PostgreSQL store keeps its own
-- version 2 (a tsvector column) in postgres/.
--
-- isnad analyses text in Go (package search: fold, clitics, stem) and stores
-- the terms joined by spaces. FTS5 must then take each term as it is: the
-- 'ascii' tokenizer splits only on ASCII spaces and punctuation, keeps every
-- non-ASCII character as part of a token and folds only A-Z, which the terms
-- no longer hold. (unicode61 would also work on today's terms but applies its
-- own Unicode 6.1 idea of letters to Arabic.)
--
-- Contentless: the text lives in documents; the index keeps only doc_id
-- (contentless_unindexed) to join back. contentless_delete lets a document's
-- row be deleted later.

-- +goose Up
CREATE VIRTUAL TABLE document_terms USING fts5(
    doc_id UNINDEXED,
    title,
    body,
    content = '',
    contentless_delete = 1,
    contentless_unindexed = 1,
    tokenize = 'ascii'
);

-- +goose Down
DROP TABLE document_terms;
