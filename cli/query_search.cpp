// riskgraph query|render search (being written)
#include "cli/query_registry.h"

namespace riskgraph::cli {

void add_search_query(QueryCommands&) {}

}  // namespace riskgraph::cli
