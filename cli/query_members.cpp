// riskgraph query|render members (being written)
#include "cli/query_registry.h"

namespace riskgraph::cli {

void add_members_query(QueryCommands&) {}

}  // namespace riskgraph::cli
