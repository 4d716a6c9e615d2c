// riskgraph index (being written)
#include "cli/commands.h"

namespace riskgraph::cli {

void add_index_command(CLI::App&, const GlobalOptions&, Action&) {}

}  // namespace riskgraph::cli
