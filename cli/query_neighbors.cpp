// riskgraph query|render neighbors NAME
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/query_registry.h"
#include "queries/name_resolution.h"
#include "queries/neighbors.h"

namespace riskgraph::cli {
namespace {

struct NeighborsArguments {
    std::string name;
    int depth = 1;
    std::string kind;
    int min = 1;
    std::string scope = "question";
};

void write_json(JsonWriter& w, const Neighborhood& hood) {
    w.StartObject();
    w.Key("query");
    w.String("neighbors");
    w.Key("nodes");
    w.StartArray();
    for (const Neighbor& n : hood.nodes) {
        w.StartObject();
        w.Key("entity");
        json_entity(w, n.entity);
        w.Key("depth");
        w.Int(n.depth);
        w.Key("with_center");
        w.Int(n.with_center);
        w.EndObject();
    }
    w.EndArray();
    w.Key("links");
    w.StartArray();
    for (const NeighborLink& l : hood.links) {
        w.StartObject();
        w.Key("a");
        json_string(w, l.a);
        w.Key("b");
        json_string(w, l.b);
        w.Key("questions");
        w.Int(l.questions);
        w.Key("documents");
        w.Int(l.documents);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

}  // namespace

void add_neighbors_query(QueryCommands& commands) {
    auto args = std::make_shared<NeighborsArguments>();
    add_query(
        commands, "neighbors", "The entities named with one entity (its ego network), out to a depth",
        [args](CLI::App& cmd) {
            cmd.add_option("name", args->name, "id, name or alias")->required();
            cmd.add_option("--depth", args->depth, "how many links out (default 1)")->check(CLI::Range(1, 6));
            cmd.add_option("--kind", args->kind, "keep only neighbours of this kind")->check(entity_kind_validator());
            cmd.add_option("--min", args->min, "least questions (or documents) for a link (default 1)")
                ->check(CLI::PositiveNumber);
            add_link_scope_option(cmd, args->scope);
        },
        [args](Store& store) {
            NeighborsQuery query;
            query.center = resolve_entity(store.db(), args->name).id;
            query.depth = args->depth;
            if (!args->kind.empty()) query.kind = parse_entity_kind(args->kind, "--kind");
            query.min = args->min;
            query.scope = args->scope == "document" ? LinkScope::document : LinkScope::question;
            auto hood = std::make_shared<Neighborhood>(neighbors(store.db(), query));
            QueryResult result;
            result.empty = hood->nodes.size() <= 1;
            result.header = {"entity", "kind", "depth", "with center"};
            for (const Neighbor& n : hood->nodes)
                result.rows.push_back({n.entity.name, std::string(to_string(n.entity.kind)), std::to_string(n.depth),
                                       n.depth == 1 ? std::to_string(n.with_center) : ""});
            LinkScope scope = query.scope;
            result.json = [hood](JsonWriter& w) { write_json(w, *hood); };
            result.graph = [hood, scope] { return neighbors_graph(*hood, scope); };
            return result;
        });
}

}  // namespace riskgraph::cli
