// riskgraph query|render timeline (being written)
#include "cli/query_registry.h"

namespace riskgraph::cli {

void add_timeline_query(QueryCommands&) {}

}  // namespace riskgraph::cli
