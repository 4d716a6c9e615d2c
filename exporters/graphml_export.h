// GraphML (http://graphml.graphdrawing.org/) for NetworkX, Gephi, yEd and
// Cytoscape: entities as nodes, co-mentions as undirected edges, written as
// they stream in.
#pragma once

#include <ostream>

#include "exporters/graph_stream.h"

namespace riskgraph {

class GraphmlWriter : public GraphSink {
public:
    explicit GraphmlWriter(std::ostream& out);
    void node(const NodeRecord& node) override;
    void edge(const EdgeRecord& edge) override;
    void finish() override;

private:
    std::ostream& out_;
};

}  // namespace riskgraph
