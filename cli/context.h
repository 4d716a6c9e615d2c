// Options every command shares (given before the command name, as git does)
// and the helpers that turn them into a store and a lexicon.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "graph/store.h"
#include "importers/lexicon.h"

namespace riskgraph::cli {

struct GlobalOptions {
    std::filesystem::path db;  // empty: $RISKGRAPH_DB or ./riskgraph.db
    std::vector<std::filesystem::path> lexicons;
    bool no_default_lexicon = false;
    bool quiet = false;
};

std::filesystem::path database_path(const GlobalOptions& options);
Lexicon load_lexicon(const GlobalOptions& options);

// True when standard error is a terminal and progress may be drawn there.
bool progress_wanted(const GlobalOptions& options);

}  // namespace riskgraph::cli
