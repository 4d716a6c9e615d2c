// Links entity nodes of any drawn answer to their Wikidata page, where the
// lexicon gives an id, so an SVG node opens the entity's external record.
#pragma once

#include "graph/result_graph.h"
#include "graph/sqlite.h"

namespace riskgraph {

// Sets ResultNode::link on entity nodes that have none and a Wikidata id.
void link_entities(sql::Database& db, ResultGraph& graph);

}  // namespace riskgraph
