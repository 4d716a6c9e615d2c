#include "viz/style.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace riskgraph {
namespace {

// Shape and fill per entity kind; the switch is exhaustive so a new
// EntityKind fails to compile (-Wswitch -Werror) until it gets a style.
NodeStyle entity_style(EntityKind kind) {
    NodeStyle style{std::string(to_string(kind)), "ellipse", "#eeeeee", "filled"};
    switch (kind) {
        case EntityKind::vendor:
            style.shape = "box";
            style.fill = "#fdb462";
            break;
        case EntityKind::institution:
            style.shape = "house";
            style.fill = "#80b1d3";
            break;
        case EntityKind::treaty:
            style.shape = "note";
            style.fill = "#ccebc5";
            break;
        case EntityKind::place:
            style.shape = "hexagon";
            style.fill = "#b3de69";
            break;
        case EntityKind::group:
            style.shape = "doubleoctagon";
            style.fill = "#bc80bd";
            break;
        case EntityKind::topic:
            style.shape = "octagon";
            style.fill = "#ffffb3";
            break;
        case EntityKind::person:
            style.shape = "ellipse";
            style.fill = "#fccde5";
            break;
        case EntityKind::party:
            style.shape = "component";
            style.fill = "#fb8072";
            break;
    }
    return style;
}

struct StyleTable {
    std::vector<NodeStyle> styles;
    std::size_t generic_entity = 0;
    std::size_t document = 0;
    std::size_t question = 0;
    std::size_t member = 0;
};

const StyleTable& table() {
    static const StyleTable instance = [] {
        StyleTable t;
        // Entity kinds first, in all_entity_kinds() order (node_style_index
        // relies on that).
        for (EntityKind kind : all_entity_kinds()) t.styles.push_back(entity_style(kind));
        t.generic_entity = t.styles.size();
        t.styles.push_back({"entity", "ellipse", "#eeeeee", "filled"});
        t.document = t.styles.size();
        t.styles.push_back({"document", "tab", "#d9d9d9", "filled"});
        t.question = t.styles.size();
        t.styles.push_back({"question", "box", "#e5f5f9", "rounded,filled"});
        t.member = t.styles.size();
        t.styles.push_back({"member", "egg", "#8dd3c7", "filled"});
        return t;
    }();
    return instance;
}

}  // namespace

std::span<const NodeStyle> all_node_styles() { return table().styles; }

std::size_t node_style_index(NodeKind node_kind, std::optional<EntityKind> entity_kind) {
    const StyleTable& t = table();
    switch (node_kind) {
        case NodeKind::entity:
            if (entity_kind) {
                const auto& kinds = all_entity_kinds();
                for (std::size_t i = 0; i < kinds.size(); ++i) {
                    if (kinds[i] == *entity_kind) return i;
                }
            }
            return t.generic_entity;
        case NodeKind::document:
            return t.document;
        case NodeKind::question:
            return t.question;
        case NodeKind::member:
            return t.member;
    }
    return t.generic_entity;
}

double edge_pen_width(double weight, double max_weight) {
    if (!std::isfinite(weight) || !std::isfinite(max_weight) || weight <= 0 || max_weight <= 0) {
        return 1.0;
    }
    const double ratio = std::min(weight / max_weight, 1.0);
    return 1.0 + 7.0 * ratio;
}

}  // namespace riskgraph
