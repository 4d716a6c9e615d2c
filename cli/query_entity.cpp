// riskgraph query|render entity (being written)
#include "cli/query_registry.h"

namespace riskgraph::cli {

void add_entity_query(QueryCommands&) {}

}  // namespace riskgraph::cli
