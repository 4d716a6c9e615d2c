// riskgraph query|render rank --by degree|pagerank|betweenness
#include <CLI/CLI.hpp>

#include <memory>
#include <set>

#include "cli/query_registry.h"
#include "queries/rank.h"

namespace riskgraph::cli {
namespace {

struct RankArguments {
    std::string by = "degree";
    std::string kind;
    std::size_t top = 20;
    std::string scope = "question";
};

// The ranked entities and the links among them, for drawing.
ResultGraph ranked_graph(Store& store, const std::vector<RankedEntity>& ranked, LinkScope scope, const std::string& by) {
    ResultGraph graph;
    graph.layout = ResultLayout::radial;
    graph.title = "Entities ranked by " + by;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const RankedEntity& r = ranked[i];
        ids.insert(r.entity.id);
        graph.nodes.push_back(ResultNode{r.entity.id, std::to_string(i + 1) + ". " + r.entity.name, NodeKind::entity,
                                         r.entity.kind, by + " " + fixed3(r.score), ""});
    }
    GraphView view = GraphView::load(store.db(), scope);
    const CoMentionGraph& g = view.graph();
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        const auto& a = g[boost::source(*e, g)].id;
        const auto& b = g[boost::target(*e, g)].id;
        if (!ids.count(a) || !ids.count(b)) continue;
        int strength = scope == LinkScope::question ? g[*e].questions : g[*e].documents;
        graph.edges.push_back(ResultEdge{a, b, static_cast<double>(strength), std::to_string(strength), ""});
    }
    return graph;
}

}  // namespace

void add_rank_query(QueryCommands& commands) {
    auto args = std::make_shared<RankArguments>();
    add_query(
        commands, "rank", "Central entities of the co-mention graph (Boost.Graph: degree, PageRank, betweenness)",
        [args](CLI::App& cmd) {
            cmd.add_option("--by", args->by, "degree, pagerank or betweenness (default degree)")
                ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}));
            cmd.add_option("--kind", args->kind, "list only this kind (ranks are computed on the whole graph)")->check(entity_kind_validator());
            cmd.add_option("--top", args->top, "rows (default 20; 0 for all)");
            add_link_scope_option(cmd, args->scope);
        },
        [args](Store& store) {
            RankQuery query;
            query.by = args->by == "pagerank"      ? RankMeasure::pagerank
                       : args->by == "betweenness" ? RankMeasure::betweenness
                                                   : RankMeasure::degree;
            if (!args->kind.empty()) query.kind = parse_entity_kind(args->kind, "--kind");
            query.top = args->top;
            query.scope = args->scope == "document" ? LinkScope::document : LinkScope::question;
            auto ranked = std::make_shared<std::vector<RankedEntity>>(rank_entities(store.db(), query));
            QueryResult result;
            result.empty = ranked->empty();
            const bool by_degree = query.by == RankMeasure::degree;
            result.header = {"rank", "entity", "kind", "degree", "strength"};
            if (!by_degree) result.header.insert(result.header.begin() + 3, args->by);
            for (std::size_t i = 0; i < ranked->size(); ++i) {
                const RankedEntity& r = (*ranked)[i];
                Row row{std::to_string(i + 1), r.entity.name, std::string(to_string(r.entity.kind)),
                        std::to_string(r.degree), std::to_string(r.strength)};
                if (!by_degree) row.insert(row.begin() + 3, fixed3(r.score));
                result.rows.push_back(std::move(row));
            }
            std::string by = args->by;
            result.json = [ranked, by](JsonWriter& w) {
                w.StartObject();
                w.Key("query");
                w.String("rank");
                w.Key("by");
                json_string(w, by);
                w.Key("entities");
                w.StartArray();
                for (const RankedEntity& r : *ranked) {
                    w.StartObject();
                    w.Key("entity");
                    json_entity(w, r.entity);
                    w.Key("score");
                    w.Double(r.score);
                    w.Key("degree");
                    w.Int(r.degree);
                    w.Key("strength");
                    w.Int(r.strength);
                    w.EndObject();
                }
                w.EndArray();
                w.EndObject();
            };
            LinkScope scope = query.scope;
            Store* db = &store;
            result.graph = [ranked, scope, by, db] { return ranked_graph(*db, *ranked, scope, by); };
            return result;
        });
}

}  // namespace riskgraph::cli
