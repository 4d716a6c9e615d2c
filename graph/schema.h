// The versioned SQLite schema (docs/schema.md describes every table).
#pragma once

namespace riskgraph::sql {
class Database;
}

namespace riskgraph {

// PRAGMA user_version of a database this build writes.
inline constexpr int kSchemaVersion = 4;

// Creates the schema in an empty database, or checks that an existing one is
// a riskgraph database of a version this build reads. Throws DatabaseError
// naming the file otherwise.
void ensure_schema(sql::Database& db, bool may_create);

}  // namespace riskgraph
