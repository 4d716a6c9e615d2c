#include "cli/co_mention_options.h"

#include <CLI/CLI.hpp>

#include "cli/query_registry.h"
#include "graph/errors.h"

namespace riskgraph::cli {
void add_co_mention_options(CLI::App& cmd, CoMentionArguments& args) {
    cmd.add_option("--kind", args.kind, "entity kind of the first column (default vendor)")->check(entity_kind_validator());
    cmd.add_option("--with", args.with, "entity kind of the second column (default institution)")->check(entity_kind_validator());
    cmd.add_option("--scope", args.scope, "question (named in one question) or document (default question)")
        ->check(CLI::IsMember({"question", "document"}));
    cmd.add_option("--min", args.min, "least number of questions (or documents) for a pair (default 1)")
        ->check(CLI::PositiveNumber);
    cmd.add_option("--sort", args.sort, "count, npmi or jaccard (default count)")
        ->check(CLI::IsMember({"count", "npmi", "jaccard"}));
    cmd.add_option("--top", args.top, "only the N strongest pairs (by --sort)");
    cmd.add_option("--evidence", args.evidence, "evidence items per pair (default 3; 0 for all)");
}

CoMentionQuery to_query(const CoMentionArguments& args) {
    CoMentionQuery query;
    query.kind = parse_entity_kind(args.kind, "--kind");
    query.with = parse_entity_kind(args.with, "--with");
    query.scope = args.scope == "document" ? CoMentionScope::document : CoMentionScope::question;
    query.min = args.min;
    query.sort = args.sort == "npmi"      ? CoMentionSort::npmi
                 : args.sort == "jaccard" ? CoMentionSort::jaccard
                                          : CoMentionSort::count;
    query.top = args.top;
    query.evidence = args.evidence;
    return query;
}

}  // namespace riskgraph::cli
