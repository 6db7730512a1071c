-- What the single-document stages found in each document (entities, times,
-- quantities, claims with their chains, events), and the corpus-level results
-- saved whole. Portable SQL: SQLite and PostgreSQL both run this file.
--
-- A document's rows are written in the transaction that stores the document
-- and never change after; position columns keep each list in the order the
-- analysis had, so reading a document back gives exactly what was stored.
-- Offsets (span_start, span_end) count code points, end exclusive ("end" is a
-- reserved word). published and outlet are copied from documents where a
-- listing filters or orders by them, so that the lookup runs on one index.

-- +goose Up

-- One row per analysed document; a document stored without analysis has none.
CREATE TABLE document_analyses (
    doc_id      TEXT PRIMARY KEY REFERENCES documents (id),
    recycled    BOOLEAN NOT NULL,
    analysed_at TEXT NOT NULL          -- RFC 3339, UTC
);

-- The corpus-wide actor: the first document to name it sets its name; counts
-- grow with every analysed document that mentions it.
CREATE TABLE entities (
    id          TEXT PRIMARY KEY,      -- 'e:' + lexicon id, or type and folded name
    type        TEXT NOT NULL,         -- PER, ORG, LOC, MISC
    name        TEXT NOT NULL,
    english     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    wikidata    TEXT NOT NULL,
    affiliation TEXT NOT NULL,         -- entity id of the body it belongs to, or ''
    folded      TEXT NOT NULL,         -- matching form of name and English, for lookups
    mentions    INTEGER NOT NULL,      -- mentions in all documents
    documents   INTEGER NOT NULL       -- documents that mention it
);

CREATE INDEX entities_by_mentions ON entities (mentions DESC, id);
CREATE INDEX entities_by_type ON entities (type, mentions DESC, id);

-- Every surface form seen for an entity, in any document.
CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    alias     TEXT NOT NULL,
    folded    TEXT NOT NULL,           -- matching form of alias
    PRIMARY KEY (entity_id, alias)
);

-- An entity as one document's analysis gave it (its name and aliases there).
CREATE TABLE document_entities (
    doc_id      TEXT NOT NULL REFERENCES documents (id),
    position    INTEGER NOT NULL,
    entity_id   TEXT NOT NULL REFERENCES entities (id),
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    english     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    wikidata    TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    aliases     TEXT NOT NULL,         -- JSON array, as in this document
    PRIMARY KEY (doc_id, position)
);

CREATE TABLE mentions (
    doc_id     TEXT NOT NULL REFERENCES documents (id),
    entity_pos INTEGER NOT NULL,       -- the entity's position in document_entities
    position   INTEGER NOT NULL,       -- the mention's position among the entity's
    entity_id  TEXT NOT NULL REFERENCES entities (id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    published  TEXT NOT NULL,          -- the document's, for newest-first listings
    PRIMARY KEY (doc_id, entity_pos, position)
);

CREATE INDEX mentions_by_entity ON mentions (entity_id, published DESC, doc_id, entity_pos, position);

CREATE TABLE times (
    doc_id     TEXT NOT NULL REFERENCES documents (id),
    position   INTEGER NOT NULL,       -- what claims and events refer to
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT,                   -- YYYY, YYYY-MM or YYYY-MM-DD; NULL when unresolved
    end_value  TEXT,
    qualifier  TEXT,
    PRIMARY KEY (doc_id, position)
);

CREATE INDEX times_by_value ON times (value, doc_id);

CREATE TABLE quantities (
    doc_id     TEXT NOT NULL REFERENCES documents (id),
    position   INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      DOUBLE PRECISION,
    min_value  DOUBLE PRECISION,
    max_value  DOUBLE PRECISION,
    approx     BOOLEAN NOT NULL,
    unit       TEXT NOT NULL,
    PRIMARY KEY (doc_id, position)
);

CREATE TABLE claims (
    doc_id        TEXT NOT NULL REFERENCES documents (id),
    position      INTEGER NOT NULL,
    id            TEXT NOT NULL,       -- 'c:' id
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    text          TEXT,                -- NULL when it is the document's text at the span
    polarity      TEXT NOT NULL,       -- asserted, denied
    carried       BOOLEAN NOT NULL,
    hedges        TEXT NOT NULL,       -- JSON array of the hedging words
    entity_refs   TEXT NOT NULL,       -- JSON array: entity ids inside the claim, in order
    time_refs     TEXT NOT NULL,       -- JSON array of positions in times
    quantity_refs TEXT NOT NULL,       -- JSON array of positions in quantities
    origin_name   TEXT NOT NULL,       -- the chain's deepest link; '' for the outlet's own voice
    origin_kind   TEXT NOT NULL,
    outlet        TEXT NOT NULL,       -- the document's
    published     TEXT NOT NULL,       -- the document's
    PRIMARY KEY (doc_id, position)
);

CREATE INDEX claims_by_id ON claims (id);
CREATE INDEX claims_by_published ON claims (published DESC, doc_id, position);
CREATE INDEX claims_by_origin_kind ON claims (origin_kind, published DESC, doc_id, position);

-- A claim's chain of sources, nearest the publisher first (position 0).
CREATE TABLE chain_links (
    doc_id         TEXT NOT NULL REFERENCES documents (id),
    claim_pos      INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    entity_id      TEXT,               -- NULL when the source is no known entity
    cue            TEXT NOT NULL,
    org            TEXT NOT NULL,
    role           TEXT NOT NULL,
    inherited_from TEXT NOT NULL,      -- document whose chain completed this one, or ''
    PRIMARY KEY (doc_id, claim_pos, position)
);

-- Which claims concern an entity: named inside the claim, or a source of its
-- chain. One row per claim and entity.
CREATE TABLE claim_entities (
    entity_id TEXT NOT NULL,
    doc_id    TEXT NOT NULL REFERENCES documents (id),
    claim_pos INTEGER NOT NULL,
    in_text   BOOLEAN NOT NULL,
    in_chain  BOOLEAN NOT NULL,
    published TEXT NOT NULL,
    PRIMARY KEY (entity_id, doc_id, claim_pos)
);

CREATE INDEX claim_entities_by_entity ON claim_entities (entity_id, published DESC, doc_id, claim_pos);

CREATE TABLE events (
    doc_id        TEXT NOT NULL REFERENCES documents (id),
    position      INTEGER NOT NULL,
    id            TEXT NOT NULL,       -- 'v:' id
    claim_id      TEXT NOT NULL,
    type          TEXT NOT NULL,
    place         TEXT,
    time_ref      INTEGER,             -- position in times, NULL when none
    quantity_refs TEXT NOT NULL,       -- JSON array of positions in quantities
    published     TEXT NOT NULL,
    PRIMARY KEY (doc_id, position)
);

CREATE INDEX events_by_type ON events (type, published DESC, doc_id, position);
CREATE INDEX events_by_published ON events (published DESC, doc_id, position);

CREATE TABLE event_actors (
    doc_id    TEXT NOT NULL REFERENCES documents (id),
    event_pos INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    role      TEXT NOT NULL,           -- agent, counterpart, target, intermediary
    published TEXT NOT NULL,
    PRIMARY KEY (doc_id, event_pos, position)
);

CREATE INDEX event_actors_by_entity ON event_actors (entity_id, published DESC, doc_id, event_pos);

-- Corpus-level results (stories, claim groups, contradictions …) computed
-- over the whole store and saved as one JSON value per key.
CREATE TABLE corpus_results (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL           -- RFC 3339, UTC
);

-- +goose Down
DROP TABLE corpus_results;
DROP TABLE event_actors;
DROP TABLE events;
DROP TABLE claim_entities;
DROP TABLE chain_links;
DROP TABLE claims;
DROP TABLE quantities;
DROP TABLE times;
DROP TABLE mentions;
DROP TABLE document_entities;
DROP TABLE entity_aliases;
DROP TABLE entities;
DROP TABLE document_analyses;
