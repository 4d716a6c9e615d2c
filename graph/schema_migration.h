// Upgrades a database written by an earlier riskgraph in place, in one
// transaction: every document, question, mention and count is kept.
#pragma once

namespace riskgraph::sql {
class Database;
}

namespace riskgraph {

// Version 1 kept one row per mention in a `mentions` table with three
// indexes; version 2 keeps them as JSON per question and subject, with
// entity_postings as the index (graph/schema_sql.cpp).
void migrate_v1_to_v2(sql::Database& db);

}  // namespace riskgraph
