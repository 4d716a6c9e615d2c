#include "exporters/gexf_export.h"

#include "exporters/number_text.h"
#include "exporters/xml_text.h"

namespace riskgraph {
namespace {

constexpr const char* kHeader = R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>riskgraph</creator>
    <description>Entities named in parliamentary questions; edges join entities named in one question</description>
  </meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="name" title="name" type="string"/>
      <attribute id="documents" title="documents" type="long"/>
      <attribute id="questions" title="questions" type="long"/>
      <attribute id="first_date" title="first_date" type="string"/>
      <attribute id="last_date" title="last_date" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="questions" title="questions" type="long"/>
      <attribute id="documents" title="documents" type="long"/>
      <attribute id="jaccard" title="jaccard" type="double"/>
      <attribute id="npmi" title="npmi" type="double"/>
    </attributes>
    <nodes>
)";

void attvalue(std::ostream& out, const char* key, const std::string& value) {
    out << "<attvalue for=\"" << key << "\" value=\"" << value << "\"/>";
}

}  // namespace

GexfWriter::GexfWriter(std::ostream& out) : out_(out) { out_ << kHeader; }

void GexfWriter::node(const NodeRecord& node) {
    std::string name = xml_escape(node.name);
    out_ << "      <node id=\"" << xml_escape(node.id) << "\" label=\"" << name << "\"><attvalues>";
    attvalue(out_, "kind", std::string(to_string(node.kind)));
    attvalue(out_, "name", name);
    attvalue(out_, "documents", std::to_string(node.documents));
    attvalue(out_, "questions", std::to_string(node.questions));
    if (!node.first_date.empty()) {
        attvalue(out_, "first_date", xml_escape(node.first_date));
        attvalue(out_, "last_date", xml_escape(node.last_date));
    }
    out_ << "</attvalues></node>\n";
}

void GexfWriter::edge(const EdgeRecord& edge) {
    if (!in_edges_) {
        out_ << "    </nodes>\n    <edges>\n";
        in_edges_ = true;
    }
    out_ << "      <edge id=\"e" << edges_++ << "\" source=\"" << xml_escape(edge.source) << "\" target=\""
         << xml_escape(edge.target) << "\" weight=\"" << edge.questions << "\"><attvalues>";
    attvalue(out_, "questions", std::to_string(edge.questions));
    attvalue(out_, "documents", std::to_string(edge.documents));
    attvalue(out_, "jaccard", number_text(edge.jaccard));
    attvalue(out_, "npmi", number_text(edge.npmi));
    out_ << "</attvalues></edge>\n";
}

void GexfWriter::finish() {
    if (!in_edges_) out_ << "    </nodes>\n    <edges>\n";
    out_ << "    </edges>\n  </graph>\n</gexf>\n";
    out_.flush();
}

}  // namespace riskgraph
