// An entity's ego network: the entities named with it, out to a depth, and
// the links among them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/graph_view.h"
#include "queries/co_mentions.h"

namespace riskgraph {

struct NeighborsQuery {
    std::string center;  // entity id
    int depth = 1;
    std::optional<EntityKind> kind;  // keep only neighbours of this kind (the center always stays)
    int min = 1;                     // least questions (or documents) for a link to count
    LinkScope scope = LinkScope::question;
};

struct Neighbor {
    EntityRef entity;
    int depth = 0;            // 0 for the center
    int with_center = 0;      // questions (or documents) naming it with the center; 0 beyond depth 1
};

struct NeighborLink {
    std::string a;
    std::string b;
    int questions = 0;
    int documents = 0;
};

struct Neighborhood {
    std::vector<Neighbor> nodes;     // the center first, then by depth and strength
    std::vector<NeighborLink> links; // every link among the nodes
};

Neighborhood neighbors(sql::Database& db, const NeighborsQuery& query);
ResultGraph neighbors_graph(const Neighborhood& hood, LinkScope scope);

}  // namespace riskgraph
