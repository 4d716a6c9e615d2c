#include "queries/path.h"

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <cmath>
#include <limits>
#include <set>

namespace riskgraph {
namespace {

using Edge = boost::graph_traits<CoMentionGraph>::edge_descriptor;

// Hub avoidance: an edge costs half the degree of each end, so a path pays
// the full degree of every entity it passes through (plus the same constant
// for its two ends, whatever the path).
double edge_cost(const CoMentionGraph& g, Edge e, bool avoid_hubs) {
    if (!avoid_hubs) return 1.0;
    return 0.5 * static_cast<double>(boost::degree(boost::source(e, g), g) + boost::degree(boost::target(e, g), g));
}

std::vector<double> distances_from(const CoMentionGraph& g, Vertex start, bool avoid_hubs) {
    std::vector<double> distance(boost::num_vertices(g));
    auto weight = boost::make_function_property_map<Edge, double>(
        [&g, avoid_hubs](Edge e) { return edge_cost(g, e, avoid_hubs); });
    boost::dijkstra_shortest_paths(
        g, start,
        boost::weight_map(weight).distance_map(
            boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, g))));
    return distance;
}

bool equal(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a)); }

EntityRef ref_of(const CoMentionGraph& g, Vertex v) { return EntityRef{g[v].id, g[v].name, g[v].kind}; }

// Depth-first along edges that lie on a shortest path (d_from[u] + w + d_to[v] == best).
void collect(const CoMentionGraph& g, Vertex u, Vertex target, const std::vector<double>& to_target, double best,
             double so_far, bool avoid_hubs, std::vector<Vertex>& trail, std::vector<std::vector<Vertex>>& out,
             std::size_t max_paths) {
    if (out.size() >= max_paths) return;
    if (u == target) {
        out.push_back(trail);
        return;
    }
    std::vector<std::pair<std::string, Vertex>> next;
    for (auto [e, end] = boost::out_edges(u, g); e != end; ++e) {
        Vertex v = boost::target(*e, g);
        double cost = so_far + edge_cost(g, *e, avoid_hubs);
        if (equal(cost + to_target[v], best)) next.emplace_back(g[v].id, v);
    }
    std::sort(next.begin(), next.end());  // stable, readable order
    for (const auto& [id, v] : next) {
        trail.push_back(v);
        auto [e, found] = boost::edge(u, v, g);
        collect(g, v, target, to_target, best, so_far + edge_cost(g, e, avoid_hubs), avoid_hubs, trail, out,
                max_paths);
        trail.pop_back();
    }
}

}  // namespace

std::vector<Path> shortest_paths(sql::Database& db, const PathQuery& query) {
    GraphView view = GraphView::load(db, query.scope);
    const CoMentionGraph& g = view.graph();
    auto from = view.vertex(query.from);
    auto to = view.vertex(query.to);
    if (!from || !to || *from == *to) return {};
    auto from_source = distances_from(g, *from, query.avoid_hubs);
    // Boost's Dijkstra marks unreachable vertices with the largest double.
    if (from_source[*to] >= std::numeric_limits<double>::max()) return {};
    auto to_target = distances_from(g, *to, query.avoid_hubs);
    const double best = from_source[*to];

    std::vector<std::vector<Vertex>> chains;
    std::vector<Vertex> trail{*from};
    collect(g, *from, *to, to_target, best, 0.0, query.avoid_hubs, trail, chains, std::max<std::size_t>(1, query.max_paths));

    const CoMentionScope evidence_scope =
        query.scope == LinkScope::question ? CoMentionScope::question : CoMentionScope::document;
    std::vector<Path> paths;
    for (const auto& chain : chains) {
        Path path;
        path.cost = best;
        for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
            auto [e, found] = boost::edge(chain[i], chain[i + 1], g);
            PathHop hop{ref_of(g, chain[i]), ref_of(g, chain[i + 1]), g[e].questions, g[e].documents, {}};
            // Stored pairs are ordered by id; evidence reads either order.
            hop.evidence = pair_evidence(db, hop.from.id, hop.to.id, evidence_scope, query.evidence);
            path.hops.push_back(std::move(hop));
        }
        paths.push_back(std::move(path));
    }
    return paths;
}

ResultGraph paths_graph(const std::vector<Path>& paths) {
    ResultGraph graph;
    graph.layout = ResultLayout::chain;
    if (!paths.empty() && !paths.front().hops.empty())
        graph.title = "Paths from " + paths.front().hops.front().from.name + " to " + paths.front().hops.back().to.name;
    std::set<std::string> nodes, edges;
    auto add_node = [&](const EntityRef& ref) {
        if (!nodes.insert(ref.id).second) return;
        graph.nodes.push_back(ResultNode{ref.id, ref.name, NodeKind::entity, ref.kind,
                                         ref.name + " (" + std::string(to_string(ref.kind)) + ")", ""});
    };
    for (const Path& path : paths)
        for (const PathHop& hop : path.hops) {
            add_node(hop.from);
            add_node(hop.to);
        }
    for (const Path& path : paths)
        for (const PathHop& hop : path.hops) {
            if (!edges.insert(hop.from.id + '\x1f' + hop.to.id).second) continue;
            graph.edges.push_back(ResultEdge{hop.from.id, hop.to.id, static_cast<double>(hop.questions),
                                             hop.questions > 0 ? std::to_string(hop.questions) + " q"
                                                               : std::to_string(hop.documents) + " doc",
                                             evidence_summary(hop.evidence), evidence_link(hop.evidence)});
        }
    return graph;
}

}  // namespace riskgraph
