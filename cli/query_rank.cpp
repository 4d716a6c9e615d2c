// riskgraph query|render rank (being written)
#include "cli/query_registry.h"

namespace riskgraph::cli {

void add_rank_query(QueryCommands&) {}

}  // namespace riskgraph::cli
