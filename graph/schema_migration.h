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
// highest ids in id_high_water instead of AUTOINCREMENT tables.
void migrate_v1_to_v3(sql::Database& db);
// Adds id_high_water from sqlite_sequence; the tables stay as they are.
void migrate_v2_to_v3(sql::Database& db);

}  // namespace riskgraph
