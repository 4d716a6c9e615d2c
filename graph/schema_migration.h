// Upgrades a database written by an earlier riskgraph in place, in one
// transaction: every document, question, mention and count is kept.
#pragma once

namespace riskgraph::sql {
class Database;
}

namespace riskgraph {

// Version 1 kept one row per mention in a `mentions` table with three
// indexes; version 2 keeps them as JSON per question and subject, with
// entity_postings as the index (graph/schema_sql.cpp); version 3 keeps the
// highest ids in id_high_water instead of AUTOINCREMENT tables; version 4
// finds a document's questions by their id range (documents.first_question_id
// and question_count) instead of an index on questions.
void migrate_v1_to_v4(sql::Database& db);
// Adds id_high_water (from sqlite_sequence, version 2 only) and the question
// ranges; the tables keep their old constraints, which mean the same.
// Throws DatabaseError, the database unchanged, where a document's questions
// do not have consecutive ids (no riskgraph wrote such a database).
void migrate_v2_or_v3_to_v4(sql::Database& db, int version);

}  // namespace riskgraph
