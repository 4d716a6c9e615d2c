// The entity graph as Graphviz DOT text (an undirected `graph`), with the
// node and edge attributes of GraphML as DOT attributes. Layout is left to
// the reader (`render` draws query answers in-process).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "exporters/graph_stream.h"

namespace riskgraph {

// A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n.
std::string dot_quote(std::string_view text);

class DotWriter : public GraphSink {
public:
    explicit DotWriter(std::ostream& out);
    void node(const NodeRecord& node) override;
    void edge(const EdgeRecord& edge) override;
    void finish() override;

private:
    std::ostream& out_;
};

}  // namespace riskgraph
