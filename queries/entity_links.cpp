#include "queries/entity_links.h"

namespace riskgraph {

void link_entities(sql::Database& db, ResultGraph& graph) {
    auto stmt = db.prepare("SELECT value FROM entity_external_ids WHERE entity_id = ? AND scheme = 'wikidata'");
    for (ResultNode& node : graph.nodes) {
        if (node.node_kind != NodeKind::entity || !node.link.empty()) continue;
        stmt.bind(1, node.id);
        if (stmt.step()) node.link = "https://www.wikidata.org/wiki/" + stmt.column_text(0);
        stmt.reset();
    }
}

}  // namespace riskgraph
