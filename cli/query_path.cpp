// riskgraph query|render path A B
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/query_registry.h"
#include "queries/name_resolution.h"
#include "queries/path.h"

namespace riskgraph::cli {
namespace {

struct PathArguments {
    std::string from;
    std::string to;
    std::string scope = "question";
    bool avoid_hubs = false;
    std::size_t max_paths = 3;
    std::size_t evidence = 5;
};

void write_json(JsonWriter& w, const std::vector<Path>& paths, const EntityRef& from, const EntityRef& to) {
    w.StartObject();
    w.Key("query");
    w.String("path");
    w.Key("from");
    json_entity(w, from);
    w.Key("to");
    json_entity(w, to);
    w.Key("paths");
    w.StartArray();
    for (const Path& path : paths) {
        w.StartObject();
        w.Key("cost");
        w.Double(path.cost);
        w.Key("hops");
        w.StartArray();
        for (const PathHop& hop : path.hops) {
            w.StartObject();
            w.Key("from");
            json_entity(w, hop.from);
            w.Key("to");
            json_entity(w, hop.to);
            w.Key("questions");
            w.Int(hop.questions);
            w.Key("documents");
            w.Int(hop.documents);
            w.Key("evidence");
            json_evidence(w, hop.evidence);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

}  // namespace

void add_path_query(QueryCommands& commands) {
    auto args = std::make_shared<PathArguments>();
    add_query(
        commands, "path", "Shortest chains of entities named together, from A to B, with evidence per hop",
        [args](CLI::App& cmd) {
            cmd.add_option("from", args->from, "entity A (id, name or alias)")->required();
            cmd.add_option("to", args->to, "entity B (id, name or alias)")->required();
            add_link_scope_option(cmd, args->scope);
            cmd.add_flag("--avoid-hubs", args->avoid_hubs,
                         "passing an entity costs its number of links, so paths avoid hubs such as China or the EU");
            cmd.add_option("--max-paths", args->max_paths, "equally short paths to list (default 3)");
            cmd.add_option("--evidence", args->evidence, "evidence items per hop (default 5; 0 for all)");
        },
        [args](Store& store) {
            PathQuery query;
            EntityRef from = resolve_entity(store.db(), args->from);
            EntityRef to = resolve_entity(store.db(), args->to);
            query.from = from.id;
            query.to = to.id;
            query.scope = args->scope == "document" ? LinkScope::document : LinkScope::question;
            query.avoid_hubs = args->avoid_hubs;
            query.max_paths = args->max_paths;
            query.evidence = args->evidence;
            auto paths = std::make_shared<std::vector<Path>>(shortest_paths(store.db(), query));
            QueryResult result;
            result.empty = paths->empty();
            result.header = {"path", "hop", "from", "to", "questions", "documents", "evidence"};
            for (std::size_t p = 0; p < paths->size(); ++p)
                for (std::size_t h = 0; h < (*paths)[p].hops.size(); ++h) {
                    const PathHop& hop = (*paths)[p].hops[h];
                    result.rows.push_back({std::to_string(p + 1), std::to_string(h + 1), hop.from.name, hop.to.name,
                                           std::to_string(hop.questions), std::to_string(hop.documents),
                                           evidence_summary(hop.evidence)});
                }
            result.json = [paths, from, to](JsonWriter& w) { write_json(w, *paths, from, to); };
            result.graph = [paths] { return paths_graph(*paths); };
            return result;
        });
}

}  // namespace riskgraph::cli
