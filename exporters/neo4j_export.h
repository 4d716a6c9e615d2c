// A folder of CSV files for `neo4j-admin database import full` (Neo4j 5),
// headers in its conventions (docs/exports.md gives the import command).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "graph/sqlite.h"

namespace riskgraph {

// The files export_neo4j writes, and nothing else, so an earlier export in
// the same folder may be replaced.
const std::vector<std::string>& neo4j_files();

// Writes the files into `folder`, which must exist. Streamed.
void export_neo4j(sql::Database& db, const std::filesystem::path& folder);

}  // namespace riskgraph
