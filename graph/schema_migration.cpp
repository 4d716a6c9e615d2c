#include "graph/schema_migration.h"

#include "graph/entity_postings.h"
#include "graph/errors.h"
#include "graph/pragma_guard.h"
#include "graph/schema.h"
#include "graph/schema_sql.h"
#include "graph/sqlite.h"

namespace riskgraph {
namespace {

// The old tables are renamed away first; legacy_alter_table keeps the other
// tables' references naming "documents" and "questions", which then resolve
// to the new tables.
constexpr const char* kRenameOld = R"sql(
DROP VIEW IF EXISTS question_fts_content;
DROP TABLE IF EXISTS question_fts;
DROP TABLE IF EXISTS question_fts_state;
ALTER TABLE documents RENAME TO documents_v1;
ALTER TABLE questions RENAME TO questions_v1;
)sql";

// Mentions in the order the importer writes them, by offset. The matched
// text is dropped: version 2 reads it from the text between the offsets.
constexpr const char* kCopyRows = R"sql(
INSERT INTO documents (id, file, content_hash, lexicon_hash, kind, official_id, zaak, aanhangsel, subject,
                       submitted, received, notice, imported_at, subject_mentions)
SELECT d.id, d.file, d.content_hash, d.lexicon_hash, d.kind, d.official_id, d.zaak, d.aanhangsel, d.subject,
       d.submitted, d.received, d.notice, d.imported_at,
       (SELECT json_group_array(json_array(entity_id, start, end))
        FROM (SELECT * FROM mentions m WHERE m.document_id = d.id AND m.field = 'subject' ORDER BY start, end))
FROM documents_v1 d ORDER BY d.id;
INSERT INTO questions (id, document_id, ordinal, number, text, answer, mentions, answer_mentions)
SELECT q.id, q.document_id, q.ordinal, q.number, q.text, q.answer,
       (SELECT json_group_array(json_array(entity_id, start, end))
        FROM (SELECT * FROM mentions m WHERE m.question_id = q.id AND m.field = 'question' ORDER BY start, end)),
       (SELECT json_group_array(json_array(entity_id, start, end))
        FROM (SELECT * FROM mentions m WHERE m.question_id = q.id AND m.field = 'answer' ORDER BY start, end))
FROM questions_v1 q ORDER BY q.id;
)sql";

// The entity index is written by the importer's own writer, which keeps the
// chunks' size and order.
void copy_postings(sql::Database& db) {
    EntityPostings postings(db);
    auto stmt = db.prepare("SELECT DISTINCT entity_id, field, coalesce(question_id, document_id) AS id"
                           " FROM mentions ORDER BY entity_id, field, id");
    while (stmt.step())
        if (auto field = text_field_from_string(stmt.column_text(1)))
            postings.add(stmt.column_text(0), *field, stmt.column_int(2));
    postings.finish();
}

// Version 4 finds a document's questions by their id range. Every version
// before wrote a document's questions together, in ordinal order, so their
// ids are consecutive; a database where they are not is refused unchanged.
void fill_question_ranges(sql::Database& db) {
    db.exec(R"sql(
UPDATE documents SET first_question_id = r.first_id, question_count = r.count
FROM (SELECT document_id, min(id) AS first_id, count(*) AS count FROM questions GROUP BY document_id) r
WHERE r.document_id = documents.id;
)sql");
    auto gap = db.prepare(
        "SELECT d.file FROM questions q JOIN documents d ON d.id = q.document_id"
        " WHERE q.id <> d.first_question_id + q.ordinal - 1 LIMIT 1");
    if (gap.step())
        throw DatabaseError(db.path().string() + ": cannot upgrade to schema version 4: the questions of " +
                            gap.column_text(0) +
                            " do not have consecutive ids in question order (the database is unchanged;"
                            " import the documents into a new database)");
}

// Versions 2 and 3: the two documents columns, and the views that use them.
void add_question_ranges(sql::Database& db) {
    db.exec("DROP VIEW mentions; DROP VIEW question_mentions; DROP VIEW entity_mentions;"
            "ALTER TABLE documents ADD COLUMN first_question_id INTEGER;"
            "ALTER TABLE documents ADD COLUMN question_count INTEGER NOT NULL DEFAULT 0");
    fill_question_ranges(db);
    db.exec(kMentionViewsSql);
}

}  // namespace

// Version 1 tables were not AUTOINCREMENT: their highest ids are their largest.
void migrate_v1_to_v4(sql::Database& db) {
    PragmaGuard legacy(db, "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON",
                       "PRAGMA legacy_alter_table = OFF; PRAGMA foreign_keys = ON");
    sql::Transaction tx(db);
    db.exec(kRenameOld);
    db.exec(kDocumentsTableSql);
    db.exec(kQuestionsTableSql);
    db.exec(kEntityPostingsTableSql);
    db.exec(kIdHighWaterTableSql);
    db.exec(kCopyRows);
    copy_postings(db);
    db.exec("DROP TABLE mentions; DROP TABLE questions_v1; DROP TABLE documents_v1");
    fill_question_ranges(db);
    db.exec(kMentionViewsSql);
    db.exec("PRAGMA user_version = 4");
    tx.commit();
}

void migrate_v2_or_v3_to_v4(sql::Database& db, int version) {
    sql::Transaction tx(db);
    if (version == 2) {
        db.exec(kIdHighWaterTableSql);
        db.exec("INSERT INTO id_high_water (table_name, last_id)"
                " SELECT name, seq FROM sqlite_sequence WHERE name = 'documents' OR name = 'questions'");
    }
    add_question_ranges(db);
    db.exec("PRAGMA user_version = 4");
    tx.commit();
}

}  // namespace riskgraph
