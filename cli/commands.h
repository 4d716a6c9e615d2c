// Each command registers its sub-command and, when chosen, sets `run` to the
// work it does; main() parses and then calls run once.
#pragma once

#include <functional>

#include "cli/context.h"

namespace CLI {
class App;
}

namespace riskgraph::cli {

using Action = std::function<int()>;

void add_import_command(CLI::App& app, const GlobalOptions& global, Action& run);
// `query NAME` and `render NAME` for every query (cli/query_registry.h).
void add_query_commands(CLI::App& app, const GlobalOptions& global, Action& run);
void add_index_command(CLI::App& app, const GlobalOptions& global, Action& run);
void add_export_command(CLI::App& app, const GlobalOptions& global, Action& run);

}  // namespace riskgraph::cli
