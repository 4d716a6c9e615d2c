// The in-memory view graph algorithms run on: a Boost.Graph adjacency_list
// of entities (vertices) linked where they are named together (edges),
// built from the store's precomputed co-mention counts. Kept apart from the
// SQLite store: the store persists, this view computes.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <optional>
#include <string>
#include <unordered_map>

#include "graph/model.h"
#include "graph/sqlite.h"

namespace riskgraph {

struct EntityVertex {
    std::string id;
    std::string name;
    EntityKind kind = EntityKind::topic;
    int questions = 0;  // questions naming it
    int documents = 0;
};

struct CoMentionEdge {
    int questions = 0;  // questions naming both
    int documents = 0;  // documents naming both (subject or questions)
};

using CoMentionGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, EntityVertex, CoMentionEdge>;
using Vertex = boost::graph_traits<CoMentionGraph>::vertex_descriptor;

enum class LinkScope { question, document };

class GraphView {
public:
    // Entities linked by at least one question naming both (scope question),
    // or one document (scope document). Entities without links are left out.
    static GraphView load(sql::Database& db, LinkScope scope);

    const CoMentionGraph& graph() const { return graph_; }
    std::optional<Vertex> vertex(const std::string& entity_id) const;

private:
    CoMentionGraph graph_;
    std::unordered_map<std::string, Vertex> by_id_;
};

}  // namespace riskgraph
