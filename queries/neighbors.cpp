#include "queries/neighbors.h"

#include <algorithm>
#include <deque>
#include <tuple>

namespace riskgraph {
namespace {

int link_strength(const CoMentionEdge& e, LinkScope scope) {
    return scope == LinkScope::question ? e.questions : e.documents;
}

}  // namespace

Neighborhood neighbors(sql::Database& db, const NeighborsQuery& query) {
    GraphView view = GraphView::load(db, query.scope);
    const CoMentionGraph& g = view.graph();
    Neighborhood hood;
    auto center = view.vertex(query.center);
    if (!center) return hood;

    // Breadth-first over links at least `min` strong; neighbours of another
    // kind are not kept but still lead further out.
    std::vector<int> depth(boost::num_vertices(g), -1);
    std::deque<Vertex> queue{*center};
    depth[*center] = 0;
    while (!queue.empty()) {
        Vertex u = queue.front();
        queue.pop_front();
        if (depth[u] >= query.depth) continue;
        for (auto [e, end] = boost::out_edges(u, g); e != end; ++e) {
            Vertex v = boost::target(*e, g);
            if (depth[v] >= 0 || link_strength(g[*e], query.scope) < query.min) continue;
            depth[v] = depth[u] + 1;
            queue.push_back(v);
        }
    }
    std::vector<Vertex> kept;
    for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
        if (depth[v] < 0) continue;
        if (v != *center && query.kind && g[v].kind != *query.kind) continue;
        kept.push_back(v);
    }
    auto strength_with_center = [&](Vertex v) {
        auto [e, found] = boost::edge(*center, v, g);
        return found ? link_strength(g[e], query.scope) : 0;
    };
    std::sort(kept.begin(), kept.end(), [&](Vertex x, Vertex y) {
        return std::make_tuple(depth[x], -strength_with_center(x), g[x].name) <
               std::make_tuple(depth[y], -strength_with_center(y), g[y].name);
    });
    std::vector<bool> in_hood(boost::num_vertices(g), false);
    for (Vertex v : kept) {
        in_hood[v] = true;
        hood.nodes.push_back(Neighbor{EntityRef{g[v].id, g[v].name, g[v].kind}, depth[v],
                                      v == *center ? 0 : strength_with_center(v)});
    }
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        Vertex a = boost::source(*e, g), b = boost::target(*e, g);
        if (!in_hood[a] || !in_hood[b] || link_strength(g[*e], query.scope) < query.min) continue;
        hood.links.push_back(NeighborLink{g[a].id, g[b].id, g[*e].questions, g[*e].documents});
    }
    std::sort(hood.links.begin(), hood.links.end(),
              [](const NeighborLink& x, const NeighborLink& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
    return hood;
}

ResultGraph neighbors_graph(const Neighborhood& hood, LinkScope scope) {
    ResultGraph graph;
    graph.layout = ResultLayout::radial;
    if (!hood.nodes.empty()) graph.title = "Named with " + hood.nodes.front().entity.name;
    for (const Neighbor& n : hood.nodes)
        graph.nodes.push_back(ResultNode{n.entity.id, n.entity.name, NodeKind::entity, n.entity.kind,
                                         n.entity.name + " (" + std::string(to_string(n.entity.kind)) +
                                             ", depth " + std::to_string(n.depth) + ")",
                                         ""});
    for (const NeighborLink& l : hood.links) {
        int strength = scope == LinkScope::question ? l.questions : l.documents;
        graph.edges.push_back(ResultEdge{l.a, l.b, static_cast<double>(strength), std::to_string(strength),
                                         std::to_string(l.questions) + " questions, " + std::to_string(l.documents) +
                                             " documents"});
    }
    return graph;
}

}  // namespace riskgraph
