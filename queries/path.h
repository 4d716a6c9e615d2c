// How two entities connect: the shortest chains of entities named together,
// with the questions (or documents) that are the evidence for every hop.
#pragma once

#include <string>
#include <vector>

#include "graph/graph_view.h"
#include "queries/co_mentions.h"

namespace riskgraph {

struct PathQuery {
    std::string from;  // entity ids (resolved by the caller)
    std::string to;
    LinkScope scope = LinkScope::question;
    bool avoid_hubs = false;     // passing an entity costs its degree, not 1
    std::size_t max_paths = 3;   // equally short paths to list
    std::size_t evidence = 5;    // evidence items per hop; 0: all
};

struct PathHop {
    EntityRef from;
    EntityRef to;
    int questions = 0;
    int documents = 0;
    std::vector<Evidence> evidence;
};

struct Path {
    double cost = 0;  // hops, or the sum of degrees passed with avoid_hubs
    std::vector<PathHop> hops;
};

// Empty when the two are not connected.
std::vector<Path> shortest_paths(sql::Database& db, const PathQuery& query);

// The paths drawn as a chain (their union when several).
ResultGraph paths_graph(const std::vector<Path>& paths);

}  // namespace riskgraph
