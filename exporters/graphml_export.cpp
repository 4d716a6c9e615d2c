#include "exporters/graphml_export.h"

#include "exporters/number_text.h"
#include "exporters/xml_text.h"

namespace riskgraph {
namespace {

// Key ids equal the attribute names so the file reads well by hand.
constexpr const char* kHeader = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="documents" for="node" attr.name="documents" attr.type="long"/>
  <key id="questions" for="node" attr.name="questions" attr.type="long"/>
  <key id="first_date" for="node" attr.name="first_date" attr.type="string"/>
  <key id="last_date" for="node" attr.name="last_date" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="e_questions" for="edge" attr.name="questions" attr.type="long"/>
  <key id="e_documents" for="edge" attr.name="documents" attr.type="long"/>
  <key id="jaccard" for="edge" attr.name="jaccard" attr.type="double"/>
  <key id="npmi" for="edge" attr.name="npmi" attr.type="double"/>
  <graph id="riskgraph" edgedefault="undirected">
)";

}  // namespace

GraphmlWriter::GraphmlWriter(std::ostream& out) : out_(out) { out_ << kHeader; }

void GraphmlWriter::node(const NodeRecord& node) {
    std::string name = xml_escape(node.name);
    out_ << "    <node id=\"" << xml_escape(node.id) << "\">"
         << "<data key=\"label\">" << name << "</data>"
         << "<data key=\"name\">" << name << "</data>"
         << "<data key=\"kind\">" << to_string(node.kind) << "</data>"
         << "<data key=\"documents\">" << node.documents << "</data>"
         << "<data key=\"questions\">" << node.questions << "</data>";
    if (!node.first_date.empty())
        out_ << "<data key=\"first_date\">" << xml_escape(node.first_date) << "</data>"
             << "<data key=\"last_date\">" << xml_escape(node.last_date) << "</data>";
    out_ << "</node>\n";
}

void GraphmlWriter::edge(const EdgeRecord& edge) {
    out_ << "    <edge source=\"" << xml_escape(edge.source) << "\" target=\"" << xml_escape(edge.target) << "\">"
         << "<data key=\"weight\">" << edge.questions << "</data>"
         << "<data key=\"e_questions\">" << edge.questions << "</data>"
         << "<data key=\"e_documents\">" << edge.documents << "</data>"
         << "<data key=\"jaccard\">" << number_text(edge.jaccard) << "</data>"
         << "<data key=\"npmi\">" << number_text(edge.npmi) << "</data>"
         << "</edge>\n";
}

void GraphmlWriter::finish() {
    out_ << "  </graph>\n</graphml>\n";
    out_.flush();
}

}  // namespace riskgraph
