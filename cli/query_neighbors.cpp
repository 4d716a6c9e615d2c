// riskgraph query|render neighbors (being written)
#include "cli/query_registry.h"

namespace riskgraph::cli {

void add_neighbors_query(QueryCommands&) {}

}  // namespace riskgraph::cli
