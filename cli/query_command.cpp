#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/query_registry.h"

namespace riskgraph::cli {

void add_query_commands(CLI::App& app, const GlobalOptions& global, Action& run) {
    QueryCommands commands;
    commands.query = app.add_subcommand("query", "Ask the graph a question (table, JSON or CSV)");
    commands.query->require_subcommand(1);
    commands.render = app.add_subcommand("render", "Draw a query's answer (SVG, PNG, PDF or DOT)");
    commands.render->require_subcommand(1);
    commands.global = &global;
    commands.run = &run;
    add_co_mentions_query(commands);
    add_entity_query(commands);
    add_path_query(commands);
    add_neighbors_query(commands);
    add_rank_query(commands);
    add_timeline_query(commands);
    add_search_query(commands);
    add_members_query(commands);
}

}  // namespace riskgraph::cli
