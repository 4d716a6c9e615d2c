// The co-mention query's options, shared by `query co-mentions` and
// `render co-mentions` so both take exactly the same arguments.
#pragma once

#include <string>

#include "queries/co_mentions.h"

namespace CLI {
class App;
}

namespace riskgraph::cli {

struct CoMentionArguments {
    std::string kind = "vendor";
    std::string with = "institution";
    std::string scope = "question";
    int min = 1;
    std::string sort = "count";
    std::size_t top = 0;       // 0: all pairs
    std::size_t evidence = 3;  // 0: all
};

void add_co_mention_options(CLI::App& cmd, CoMentionArguments& args);
// Throws UsageError for an unknown kind or scope.
CoMentionQuery to_query(const CoMentionArguments& args);

}  // namespace riskgraph::cli
