// How the renderer draws each kind of node and each edge weight. Plain data,
// no Graphviz types, so tests and other front ends can use it.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "graph/result_graph.h"

namespace riskgraph {

// One kind of node as drawn and as listed in the legend.
struct NodeStyle {
    std::string name;        // legend text: "vendor", "person", ..., "document"
    std::string_view shape;  // Graphviz shape
    std::string_view fill;   // Graphviz fillcolor, "#rrggbb"
    std::string_view style;  // Graphviz style, e.g. "filled" or "rounded,filled"
};

// Every style, in legend order: the entity kinds in all_entity_kinds()
// order, then an entity without a kind, document, question, member.
std::span<const NodeStyle> all_node_styles();

// Index into all_node_styles() for a node. An entity node without an
// entity_kind gets the generic "entity" style.
std::size_t node_style_index(NodeKind node_kind, std::optional<EntityKind> entity_kind);
inline std::size_t node_style_index(const ResultNode& node) {
    return node_style_index(node.node_kind, node.entity_kind);
}
inline const NodeStyle& node_style(const ResultNode& node) {
    return all_node_styles()[node_style_index(node)];
}

// Pen width for an edge: 1 + 7 * weight / max_weight, so the heaviest edge
// is 8 and a weightless one 1. Non-positive or non-finite weights (and a
// non-positive maximum) give 1.
double edge_pen_width(double weight, double max_weight);

}  // namespace riskgraph
