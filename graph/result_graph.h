// A neutral graph that any query answer can be turned into, so one renderer
// (viz/) and one set of exporters draw every result the same way.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/model.h"

namespace riskgraph {

enum class NodeKind { entity, document, question, member };

struct ResultNode {
    std::string id;     // unique within the graph
    std::string label;  // shown on the node; any text, the renderer escapes it
    NodeKind node_kind = NodeKind::entity;
    std::optional<EntityKind> entity_kind;  // set when node_kind == entity
    std::string tooltip;  // evidence or description; SVG <title>
    std::string link;     // URL or file path; SVG href; may be empty
};

struct ResultEdge {
    std::string from;  // ResultNode::id
    std::string to;
    double weight = 1;  // drawn as pen width, scaled to the graph's largest weight
    std::string label;
    std::string tooltip;  // evidence: "kv-2020.txt question 5; ..."
    std::string link = {};  // the first evidence document (file URL); SVG href; may be empty
};

// How the answer is best laid out: two columns for a pair table, a chain
// for a path, circles for a neighbourhood.
enum class ResultLayout { bipartite, chain, radial };

struct ResultGraph {
    std::string title;
    ResultLayout layout = ResultLayout::bipartite;
    bool directed = false;  // co-mentions are symmetric: no arrowheads unless set
    std::vector<ResultNode> nodes;
    std::vector<ResultEdge> edges;
};

}  // namespace riskgraph
