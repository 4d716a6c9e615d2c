#include "graph/schema_sql.h"

namespace riskgraph {

// Version 2. Mentions are stored with the text they stand in (a JSON array per
// question and per subject: one row per question, not per mention), and
// entity_postings is the inverted index from entity to questions and
// documents, written in chunks. An import then appends a few rows per
// document instead of four B-tree entries per mention. The views give the
// relational reading back (docs/schema.md).
// CHECKs compare with = ... OR, not IN (...): SQLite checks an IN list of
// more than two values by building a temporary B-tree for every row written
// (measured with this SQLite: 5.5 us a documents row with IN, 1.9 us with OR).
// Databases created before keep IN: the same rule, only slower to write.
const char* const kDocumentsTableSql = R"sql(
-- Ids are never reused (id_high_water): entity_postings may name a removed
-- document's ids until the end of the import that removes them.
CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    file             TEXT NOT NULL UNIQUE,
    content_hash     TEXT NOT NULL,
    lexicon_hash     TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind = 'written_questions' OR kind = 'oral_questions' OR
                                      kind = 'answers' OR kind = 'postponement'),
    official_id      TEXT,
    zaak             TEXT,
    aanhangsel       TEXT,
    subject          TEXT,
    submitted        TEXT,
    received         TEXT,
    notice           TEXT,
    imported_at      TEXT NOT NULL,
    subject_mentions TEXT NOT NULL DEFAULT '[]',  -- JSON: [[entity_id, start, end], ...] in subject
    -- Version 4. The document's questions are the consecutive ids from
    -- first_question_id (NULL when it has none), in ordinal order.
    first_question_id INTEGER,
    question_count    INTEGER NOT NULL DEFAULT 0
);
)sql";
// Version 4: questions have no index of their own on document_id. A
// document's questions are found by their id range (documents columns
// above): one B-tree entry fewer per question, 6% of a first import's
// instructions. Databases created before keep UNIQUE (document_id, ordinal).

const char* const kQuestionsTableSql = R"sql(
CREATE TABLE questions (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    number      TEXT NOT NULL,
    text        TEXT NOT NULL,
    answer      TEXT,
    mentions        TEXT NOT NULL DEFAULT '[]',  -- JSON: [[entity_id, start, end], ...] in text
    answer_mentions TEXT NOT NULL DEFAULT '[]'  -- the same in answer
);
)sql";
// Version 3. The highest id documents and questions ever held, kept by the
// importer (graph/document_writer.h) once per import. Version 2 declared the
// tables AUTOINCREMENT, which has SQLite read and rewrite sqlite_sequence for
// every INSERT statement: two of the six statements per imported document,
// 2.5% of a first import's instructions. A version 2 file keeps its
// AUTOINCREMENT tables (the rule is the same); its ids go on from the
// higher of the two.
const char* const kIdHighWaterTableSql = R"sql(
CREATE TABLE id_high_water (
    table_name TEXT PRIMARY KEY,  -- 'documents', 'questions'
    last_id    INTEGER NOT NULL
) WITHOUT ROWID;
)sql";
const char* const kEntityPostingsTableSql = R"sql(
-- The inverted index: which questions (field 'question' or 'answer') or
-- documents (field 'subject') name an entity. ids is a JSON array of `count`
-- ascending ids, none below first_id; the chunks of one entity and field do
-- not overlap. Kept by the importer (graph/entity_postings.h).
CREATE TABLE entity_postings (
    entity_id TEXT NOT NULL REFERENCES entities(id),
    field     TEXT NOT NULL CHECK (field = 'subject' OR field = 'question' OR field = 'answer'),
    first_id  INTEGER NOT NULL,
    count     INTEGER NOT NULL,
    ids       TEXT NOT NULL,
    PRIMARY KEY (entity_id, field, first_id)
) WITHOUT ROWID;
)sql";
const char* const kMentionViewsSql = R"sql(
-- Every question with its document, found either way by id: by document_id
-- through the document's question range, by question_id through the
-- question's document_id.
CREATE VIEW document_questions AS
SELECT q.* FROM documents d JOIN questions q
  ON q.id BETWEEN d.first_question_id AND d.first_question_id + d.question_count - 1 AND d.id = q.document_id;
-- Every mention in question and answer texts, one row each, with the text
-- it matched (offsets count code points, as substr does). Look up by
-- question_id or document_id.
CREATE VIEW question_mentions (entity_id, document_id, question_id, field, start, end, text) AS
SELECT m.value ->> 0, q.document_id, q.id, 'question', m.value ->> 1, m.value ->> 2,
       substr(q.text, (m.value ->> 1) + 1, (m.value ->> 2) - (m.value ->> 1))
FROM document_questions q, json_each(q.mentions) m
UNION ALL
SELECT m.value ->> 0, q.document_id, q.id, 'answer', m.value ->> 1, m.value ->> 2,
       substr(q.answer, (m.value ->> 1) + 1, (m.value ->> 2) - (m.value ->> 1))
FROM document_questions q, json_each(q.answer_mentions) m;
-- Every mention, subjects included (question_id NULL). Look up by document_id.
CREATE VIEW mentions (entity_id, document_id, question_id, field, start, end, text) AS
SELECT * FROM question_mentions
UNION ALL
SELECT m.value ->> 0, d.id, NULL, 'subject', m.value ->> 1, m.value ->> 2,
       substr(d.subject, (m.value ->> 1) + 1, (m.value ->> 2) - (m.value ->> 1))
FROM documents d, json_each(d.subject_mentions) m;
-- Which questions and documents name an entity, one row per (entity, field,
-- question) or, for subjects, (entity, document). Look up by entity_id.
CREATE VIEW entity_mentions (entity_id, field, document_id, question_id) AS
SELECT p.entity_id, p.field, q.document_id, q.id
FROM entity_postings p, json_each(p.ids) j JOIN questions q ON q.id = j.value
WHERE p.field <> 'subject'
UNION ALL
SELECT p.entity_id, p.field, j.value, NULL
FROM entity_postings p, json_each(p.ids) j
WHERE p.field = 'subject';
)sql";

const char* const kEntityTablesSql = R"sql(
CREATE TABLE entities (
    id      TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('vendor','institution','treaty','place','group','topic','person','party')),
    name    TEXT NOT NULL,
    source  TEXT
);
CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE TABLE entity_external_ids (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    scheme    TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (entity_id, scheme)
) WITHOUT ROWID;
CREATE TABLE parties (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE members (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    party_id INTEGER REFERENCES parties(id),
    UNIQUE (name, party_id)
);
)sql";
const char* const kDocumentDetailTablesSql = R"sql(
CREATE TABLE document_members (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    member_id   INTEGER NOT NULL REFERENCES members(id),
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
-- Kept row by row, not built after a first import: with few members its
-- entries sorted slowly (71 ms at 100,000 documents, while the other core idled).
CREATE INDEX IF NOT EXISTS document_members_by_member ON document_members(member_id);
CREATE TABLE document_addressees (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    addressee   TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE TABLE document_answerers (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    answerer    TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
)sql";
const char* const kSourceAndCountTablesSql = R"sql(
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    footnote    INTEGER NOT NULL,
    url         TEXT NOT NULL
);
-- Kept row by row: rows come in id order, so each entry goes at the end (a
-- build after a first import cost more instructions, while the other core
-- idled).
CREATE INDEX IF NOT EXISTS sources_by_question ON sources(question_id);
CREATE INDEX IF NOT EXISTS sources_by_document ON sources(document_id);
-- Maintained incrementally by every import (graph/co_mention_stats.h), so
-- co-mention queries read counts instead of joining all mentions.
CREATE TABLE co_mentions (
    a                  TEXT NOT NULL REFERENCES entities(id),
    b                  TEXT NOT NULL REFERENCES entities(id),
    questions          INTEGER NOT NULL,  -- questions whose text names both
    question_documents INTEGER NOT NULL,  -- documents with such a question
    documents          INTEGER NOT NULL,  -- documents naming both in subject or questions
    question_evidence  TEXT NOT NULL DEFAULT '',  -- the first questions naming both: ids, ascending
    document_evidence  TEXT NOT NULL DEFAULT '',  -- the first documents naming both: ids, ascending
    PRIMARY KEY (a, b),
    CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX co_mentions_by_b ON co_mentions(b);
CREATE TABLE entity_counts (
    entity_id TEXT PRIMARY KEY REFERENCES entities(id),
    questions INTEGER NOT NULL,  -- questions whose text names it
    documents INTEGER NOT NULL   -- documents naming it in subject or questions
) WITHOUT ROWID;
CREATE TABLE totals (
    name  TEXT PRIMARY KEY,  -- 'questions', 'documents'
    value INTEGER NOT NULL
) WITHOUT ROWID;
)sql";
}  // namespace riskgraph
