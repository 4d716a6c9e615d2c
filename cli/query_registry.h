// Every query is registered twice with the same options: `riskgraph query
// NAME` prints its answer (table, JSON or CSV) and `riskgraph render NAME`
// draws exactly that answer. A query supplies its options and a function
// from the store to a QueryResult; this file does the rest.
#pragma once

#include <CLI/CLI.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/table.h"
#include "graph/result_graph.h"
#include "graph/store.h"
#include "queries/co_mentions.h"

namespace riskgraph::cli {

// Query answers are written into memory and then out in one piece: rapidjson's
// ostream wrapper writes a character at a time.
using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

struct QueryResult {
    bool empty = true;
    Row header;                               // table and CSV
    std::vector<Row> rows;
    std::function<void(JsonWriter&)> json;    // writes the whole JSON value
    std::function<ResultGraph()> graph;       // what `render` draws
};

struct QueryCommands {
    CLI::App* query = nullptr;
    CLI::App* render = nullptr;
    const GlobalOptions* global = nullptr;
    Action* run = nullptr;
};

void add_query(QueryCommands& commands, const std::string& name, const std::string& description,
               const std::function<void(CLI::App&)>& add_options,
               const std::function<QueryResult(Store&)>& compute);

// JSON helpers for query output.
void json_string(JsonWriter& w, std::string_view text);
void json_string_or_null(JsonWriter& w, std::string_view text);  // "" -> null
std::string fixed3(double value);                                  // "0.123"
void json_entity(JsonWriter& w, const EntityRef& ref);     // {"id", "name", "kind"}
// [{"document_id", "file", "official_id", "question"}]
void json_evidence(JsonWriter& w, const std::vector<Evidence>& evidence);

// "vendor" -> EntityKind::vendor; UsageError naming the option otherwise.
EntityKind parse_entity_kind(const std::string& text, const char* option);
// Checks an entity-kind option while parsing (a usage error, exit 2).
CLI::Validator entity_kind_validator();
// Adds `--scope question|document` for queries over the co-mention graph.
void add_link_scope_option(CLI::App& cmd, std::string& scope);

// The queries (one file each).
void add_co_mentions_query(QueryCommands& commands);
void add_entity_query(QueryCommands& commands);
void add_path_query(QueryCommands& commands);
void add_neighbors_query(QueryCommands& commands);
void add_rank_query(QueryCommands& commands);
void add_timeline_query(QueryCommands& commands);
void add_search_query(QueryCommands& commands);
void add_members_query(QueryCommands& commands);  // also registers `parties`

}  // namespace riskgraph::cli
