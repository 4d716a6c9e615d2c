#include "graph/graph_view.h"

namespace riskgraph {

GraphView GraphView::load(sql::Database& db, LinkScope scope) {
    GraphView view;
    auto vertex_for = [&](const std::string& id, const std::string& name, const std::string& kind, int questions,
                          int documents) {
        auto it = view.by_id_.find(id);
        if (it != view.by_id_.end()) return it->second;
        EntityVertex properties{id, name, entity_kind_from_string(kind).value_or(EntityKind::topic), questions,
                                documents};
        Vertex v = boost::add_vertex(std::move(properties), view.graph_);
        view.by_id_.emplace(id, v);
        return v;
    };
    auto stmt = db.prepare(
        "SELECT c.a, ea.name, ea.kind, coalesce(na.questions, 0), coalesce(na.documents, 0),"
        "       c.b, eb.name, eb.kind, coalesce(nb.questions, 0), coalesce(nb.documents, 0),"
        "       c.questions, c.documents"
        " FROM co_mentions c JOIN entities ea ON ea.id = c.a JOIN entities eb ON eb.id = c.b"
        " LEFT JOIN entity_counts na ON na.entity_id = c.a LEFT JOIN entity_counts nb ON nb.entity_id = c.b"
        " WHERE CASE WHEN ?1 THEN c.questions ELSE c.documents END > 0"
        " ORDER BY c.a, c.b");
    stmt.bind(1, scope == LinkScope::question ? 1 : 0);
    while (stmt.step()) {
        Vertex a = vertex_for(stmt.column_text(0), stmt.column_text(1), stmt.column_text(2),
                              static_cast<int>(stmt.column_int(3)), static_cast<int>(stmt.column_int(4)));
        Vertex b = vertex_for(stmt.column_text(5), stmt.column_text(6), stmt.column_text(7),
                              static_cast<int>(stmt.column_int(8)), static_cast<int>(stmt.column_int(9)));
        boost::add_edge(a, b, CoMentionEdge{static_cast<int>(stmt.column_int(10)), static_cast<int>(stmt.column_int(11))},
                        view.graph_);
    }
    return view;
}

std::optional<Vertex> GraphView::vertex(const std::string& entity_id) const {
    auto it = by_id_.find(entity_id);
    if (it == by_id_.end()) return std::nullopt;
    return it->second;
}

}  // namespace riskgraph
