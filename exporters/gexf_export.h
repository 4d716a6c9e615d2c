// GEXF 1.3 (https://gexf.net/) for Gephi and NetworkX: the same nodes and
// edges as GraphML, with the question count as the edge weight.
#pragma once

#include <cstddef>
#include <ostream>

#include "exporters/graph_stream.h"

namespace riskgraph {

class GexfWriter : public GraphSink {
public:
    explicit GexfWriter(std::ostream& out);
    void node(const NodeRecord& node) override;
    void edge(const EdgeRecord& edge) override;
    void finish() override;

private:
    std::ostream& out_;
    bool in_edges_ = false;
    std::size_t edges_ = 0;
};

}  // namespace riskgraph
