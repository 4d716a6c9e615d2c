#include "queries/rank.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace riskgraph {
namespace {

using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

// Boost's page_rank needs a directed graph: each link becomes two arcs. Its
// fixed point sums to the number of vertices; we scale it to sum to 1. The
// view has no isolated vertices, so no rank leaks through dangling ones.
std::vector<double> page_rank(const CoMentionGraph& g) {
    const auto n = boost::num_vertices(g);
    Directed d(n);
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        boost::add_edge(boost::source(*e, g), boost::target(*e, g), d);
        boost::add_edge(boost::target(*e, g), boost::source(*e, g), d);
    }
    std::vector<double> rank(n, 0.0);
    boost::graph::page_rank(d, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, d)),
                            boost::graph::n_iterations(100));
    double sum = std::accumulate(rank.begin(), rank.end(), 0.0);
    if (sum > 0)
        for (double& r : rank) r /= sum;
    return rank;
}

// Unweighted (hop) betweenness; on an undirected graph Boost counts each
// unordered pair of other vertices once (tests/queries check a - b - c: b = 1).
std::vector<double> betweenness(const CoMentionGraph& g) {
    std::vector<double> centrality(boost::num_vertices(g), 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(
               boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, g))));
    return centrality;
}

}  // namespace

std::vector<RankedEntity> rank_entities(sql::Database& db, const RankQuery& query) {
    GraphView view = GraphView::load(db, query.scope);
    const CoMentionGraph& g = view.graph();
    std::vector<double> scores;
    if (query.by == RankMeasure::pagerank) scores = page_rank(g);
    if (query.by == RankMeasure::betweenness) scores = betweenness(g);

    std::vector<RankedEntity> ranked;
    for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
        if (query.kind && g[v].kind != *query.kind) continue;
        RankedEntity r;
        r.entity = EntityRef{g[v].id, g[v].name, g[v].kind};
        r.degree = static_cast<int>(boost::degree(v, g));
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
            r.strength += query.scope == LinkScope::question ? g[*e].questions : g[*e].documents;
        r.score = query.by == RankMeasure::degree ? r.degree : scores[v];
        ranked.push_back(std::move(r));
    }
    std::sort(ranked.begin(), ranked.end(), [](const RankedEntity& x, const RankedEntity& y) {
        return std::make_tuple(-x.score, -x.strength, x.entity.name) <
               std::make_tuple(-y.score, -y.strength, y.entity.name);
    });
    if (query.top && ranked.size() > query.top) ranked.resize(query.top);
    return ranked;
}

}  // namespace riskgraph
