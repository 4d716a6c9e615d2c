// riskgraph query|render path (being written)
#include "cli/query_registry.h"

namespace riskgraph::cli {

void add_path_query(QueryCommands&) {}

}  // namespace riskgraph::cli
