// FollowTheMoney entities as JSON lines (https://followthemoney.tech), one
// {"id", "schema", "properties"} object a line, for Aleph, yente and the ftm
// tools. The mapping of kinds to schemata is in docs/exports.md. Ids are
// SHA-1 hashes of readable keys (exporters/stable_id.h), so two exports of the
// same store agree. Streamed: one document at a time.
#pragma once

#include <ostream>

#include "graph/sqlite.h"

namespace riskgraph {

void export_ftm(sql::Database& db, std::ostream& out);

}  // namespace riskgraph
