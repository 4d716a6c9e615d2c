// The whole graph as one JSON object (docs/json-export.md), streamed: memory
// does not grow with the number of documents.
#pragma once

#include <ostream>

#include "graph/sqlite.h"

namespace riskgraph {

void export_json(sql::Database& db, std::ostream& out);

}  // namespace riskgraph
